package se.namndbok.app.shared;

import java.time.LocalDate;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/** The "Från"/"Till" filter of the lists, typed as a {@link TypedDate}; blank is open. */
public record Period(LocalDate fran, LocalDate till) {
  public static final String FRAN = "Från";
  public static final String TILL = "Till";

  /**
   * Parses both ends (a day and month without a year in {@code today}'s year); a {@link ValidationException} names
   * the bad end in Swedish.
   */
  public static Period parse(String fran, String till, LocalDate today) {
    Validator v = new Validator();
    LocalDate f = parseOne(v, fran, FRAN, today);
    LocalDate t = parseOne(v, till, TILL, today);
    if (f != null && t != null) {
      v.require(!t.isBefore(f), TILL, "perioden slutar före den börjar");
    }
    v.throwIfInvalid();
    return new Period(f, t);
  }

  private static LocalDate parseOne(Validator v, String text, String field, LocalDate today) {
    try {
      return TypedDate.parse(text, field, today);
    } catch (ValidationException e) {
      v.add(e);
      return null;
    }
  }
}
