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
 * the month in words {@code 15 okt}, {@code 15 oktober} — this year unless a year follows ({@code 15/10 2025},
 * {@code 15 okt. 2025}). The command line and the import files keep the one form {@code 2025-10-15} (decision
 * 0120).
 */
public final class TypedDate {
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
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    LocalDate d = tryParse(s, today);
    if (d == null) {
      throw ValidationException.of(field,
          "\"" + s + "\" är inget datum; " + EXAMPLES);
    }
    return d;
  }

  /** The text in the form {@code 2025-10-15} when it is a date, else unchanged (the field shows what was typed). */
  public static String normalize(String text, LocalDate today) {
    LocalDate d = text == null ? null : tryParse(text.strip(), today);
    return d == null ? text : Texts.DATE.format(d);
  }

  private static LocalDate tryParse(String s, LocalDate today) {
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
        return LocalDate.of(year(m, 3, today), num(m, 2), num(m, 1));
      }
      m = DAY_MONTH_NAME.matcher(s);
      if (m.matches()) {
        int month = month(m.group(2));
        return month == 0 ? null : LocalDate.of(year(m, 3, today), month, num(m, 1));
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

  private static int year(Matcher m, int group, LocalDate today) {
    return m.group(group) == null ? today.getYear() : num(m, group);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
