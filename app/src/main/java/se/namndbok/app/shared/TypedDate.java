package se.namndbok.app.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;

/**
 * A date as users type it in the window: {@code 2025-10-15}, {@code 20251015}, day and month {@code 15/10}, or
 * the month in words {@code 15 okt}, {@code 15 oktober}, with a year after them if wanted ({@code 15/10 2025},
 * {@code 15 okt. 2025}). Without a year, the field's {@link YearOmitted} rule gives it. The command line and the
 * import files keep the one form {@code 2025-10-15} (decision 0120).
 */
public final class TypedDate {
  /**
   * Which year a day and month without one mean. A date that looks back (a decision, a letter received) typed in
   * January for December means last December; one that looks forward (a meeting to plan) typed in October for
   * January means next January. A month's grace either way, so a slip of a few days stays in this year, where the
   * field's own rules (e.g. no decision in the future) can say so. A date that follows another one ({@link
   * #ON_OR_AFTER}: an offer or a verkställighet after the decision) is the first such day on or after that other
   * date, which is then the day given in place of today.
   */
  public enum YearOmitted {
    THIS_YEAR,
    RECENT,
    COMING,
    ON_OR_AFTER;

    private static final int GRACE_DAYS = 31;

    LocalDate date(int month, int day, LocalDate today) {
      LocalDate d = LocalDate.of(today.getYear(), month, day);
      if (this == RECENT && d.isAfter(today.plusDays(GRACE_DAYS))) {
        return LocalDate.of(today.getYear() - 1, month, day);
      }
      if (this == COMING && d.isBefore(today.minusDays(GRACE_DAYS))) {
        return LocalDate.of(today.getYear() + 1, month, day);
      }
      if (this == ON_OR_AFTER && d.isBefore(today)) {
        return LocalDate.of(today.getYear() + 1, month, day);
      }
      return d;
    }
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:(?:\\s+|\\s*-\\s*)(\\d{4}))?");
  private static final Pattern DAY_MONTH_NAME =
      Pattern.compile("(\\d{1,2})\\s*\\.?\\s+(\\p{L}{3,})\\.?(?:,?\\s+(\\d{4}))?");
  private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
      "augusti", "september", "oktober", "november", "december");
  static final String EXAMPLES = "skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt";

  private TypedDate() {}

  /** The date, or null for a blank text; a text that is no date is refused with a message naming {@code field}. */
  public static LocalDate parse(String text, String field, LocalDate today) {
    return parse(text, field, today, YearOmitted.THIS_YEAR);
  }

  /** As {@link #parse(String, String, LocalDate)}, a day and month without a year placed by {@code yearOmitted}. */
  public static LocalDate parse(String text, String field, LocalDate today, YearOmitted yearOmitted) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    LocalDate d = tryParse(s, today, yearOmitted);
    if (d == null) {
      throw ValidationException.of(field,
          "\"" + s + "\" är inget datum; " + EXAMPLES);
    }
    return d;
  }

  /** The text in the form {@code 2025-10-15} when it is a date, else unchanged (the field shows what was typed). */
  public static String normalize(String text, LocalDate today) {
    return normalize(text, today, YearOmitted.THIS_YEAR);
  }

  /** As {@link #normalize(String, LocalDate)}, a day and month without a year placed by {@code yearOmitted}. */
  public static String normalize(String text, LocalDate today, YearOmitted yearOmitted) {
    LocalDate d = text == null ? null : tryParse(text.strip(), today, yearOmitted);
    return d == null ? text : Texts.DATE.format(d);
  }

  private static LocalDate tryParse(String s, LocalDate today, YearOmitted yearOmitted) {
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      m = COMPACT.matcher(s);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      m = DAY_MONTH.matcher(s);
      if (m.matches()) {
        return date(m, num(m, 2), today, yearOmitted);
      }
      m = DAY_MONTH_NAME.matcher(s);
      if (m.matches()) {
        int month = month(m.group(2));
        return month == 0 ? null : date(m, month, today, yearOmitted);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** 1–12 for a Swedish month name or its start of three letters or more ("okt", "sept", "mars"), else 0. */
  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(w)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Day in group 1, the year in group 3 if typed, else placed by {@code yearOmitted}. */
  private static LocalDate date(Matcher m, int month, LocalDate today, YearOmitted yearOmitted) {
    return m.group(3) == null ? yearOmitted.date(month, num(m, 1), today)
        : LocalDate.of(num(m, 3), month, num(m, 1));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
