package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.shared.ValidationException;

/** A calendar quarter, written {@code 2025Q2}; its last day is the rapporteringsdatum. */
public record Kvartal(int ar, int nummer) implements Comparable<Kvartal> {
  public static final String FIELD = "Kvartal";
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})[Qq]([1-4])");

  public Kvartal {
    if (nummer < 1 || nummer > 4 || ar < 1900 || ar > 2999) {
      throw new IllegalArgumentException("no such quarter: " + ar + "Q" + nummer);
    }
  }

  public static Kvartal parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw ValidationException.of(FIELD, "\"" + text + "\" är inget kvartal; skriv t.ex. 2025Q2");
    }
    int ar = Integer.parseInt(m.group(1));
    if (ar < 1900 || ar > 2999) {
      throw ValidationException.of(FIELD, "\"" + text + "\" ligger utanför åren 1900–2999");
    }
    return new Kvartal(ar, Integer.parseInt(m.group(2)));
  }

  public static Kvartal of(LocalDate date) {
    return new Kvartal(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public LocalDate forstaDag() {
    return LocalDate.of(ar, (nummer - 1) * 3 + 1, 1);
  }

  /** The rapporteringsdatum. */
  public LocalDate sistaDag() {
    return forstaDag().plusMonths(3).minusDays(1);
  }

  public Kvartal previous() {
    return nummer == 1 ? new Kvartal(ar - 1, 4) : new Kvartal(ar, nummer - 1);
  }

  public Kvartal next() {
    return nummer == 4 ? new Kvartal(ar + 1, 1) : new Kvartal(ar, nummer + 1);
  }

  @Override
  public int compareTo(Kvartal o) {
    return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(nummer, o.nummer);
  }

  @Override
  public String toString() {
    return ar + "Q" + nummer;
  }
}
