package se.namndbok.core.shared;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;

/** Swedish text conventions shared by every module: sorting (å, ä, ö after z) and ISO dates. */
public final class Texts {
  public static final Locale SWEDISH = Locale.of("sv", "SE");
  public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private Texts() {}

  /** A collator that sorts the Swedish way; a new instance each call because Collator is not thread-safe. */
  public static Collator collator() {
    Collator collator = Collator.getInstance(SWEDISH);
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }

  public static Comparator<String> swedishOrder() {
    Collator collator = collator();
    return (a, b) -> {
      synchronized (collator) {
        return collator.compare(a == null ? "" : a, b == null ? "" : b);
      }
    };
  }

  /** Parses {@code yyyy-mm-dd}; the message names the field when it is not a date. */
  public static LocalDate parseDate(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip(), DATE);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(field, Personnummer.citat(text.strip()) + " är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23");
    }
    requireInRange(date, field);
    return date;
  }

  /** Refuses a date outside {@link Granser#FORSTA_DATUM}–{@link Granser#SISTA_DATUM}: a typing error, never a real one. */
  public static void requireInRange(LocalDate date, String field) {
    if (date != null && (date.isBefore(Granser.FORSTA_DATUM) || date.isAfter(Granser.SISTA_DATUM))) {
      throw ValidationException.of(field, date + " ligger utanför åren " + Granser.FORSTA_DATUM.getYear() + "–"
          + Granser.SISTA_DATUM.getYear());
    }
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
