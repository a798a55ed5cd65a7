package se.namndbok.core.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a personnummer or samordningsnummer in a text, whatever its spelling: with or without century, with
 * {@code -}, {@code +}, a space, an en or em dash or no separator, in full-width digits, after a prefix such as
 * {@code PNR} or inside a sentence (decision record 0132). The one detector every importer, form and restore
 * uses, so that none is ever stored.
 *
 * <p>A number counts when its date exists (the day plus 60 for a samordningsnummer), whatever its check digit:
 * a mistyped personnummer still points at a person. Look-alikes pass — a diarienummer, a handlingsid, a date, a
 * phone number, an id whose "date" does not exist, or with more or fewer digits.
 */
public final class Personnummer {
  /** Six or eight date digits, an optional separator, four digits; no digit directly before or after. */
  private static final Pattern NUMMER = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8}) ?[-+]? ?(\\d{4})(?!\\d)");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

  private Personnummer() {}

  /** True when {@code text} holds a valid personnummer or samordningsnummer anywhere. */
  public static boolean finnsI(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    Matcher m = NUMMER.matcher(normalized(text));
    while (m.find()) {
      if (giltigt(m.group(1), m.group(2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with every personnummer or samordningsnummer in it replaced by {@code ersattning}; the text is
   * returned as it was when it holds none. Where one is replaced the text is in its normalized form (full-width
   * digits and every dash as ASCII), the form the detector reads. For what is kept of a user's typing outside the
   * records, such as an unsaved draft (decision 0171), so that no number is written down anywhere.
   */
  public static String utan(String text, String ersattning) {
    if (!finnsI(text)) {
      return text;
    }
    Matcher m = NUMMER.matcher(normalized(text));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, giltigt(m.group(1), m.group(2)) ? Matcher.quoteReplacement(ersattning)
          : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** What a message says instead of a value that looks like a personnummer. */
  public static final String INTE_UPPREPAT = "värdet (som liknar ett personnummer och därför inte upprepas)";

  /**
   * {@code value} in quotes, for a message that says what is wrong with what the user wrote; a value that holds a
   * personnummer or samordningsnummer is never repeated ({@link #INTE_UPPREPAT} stands in its place).
   */
  public static String citat(String value) {
    return finnsI(value) ? INTE_UPPREPAT : "\"" + value + "\"";
  }

  /** Full-width digits and dashes become ASCII, every kind of dash a hyphen, non-breaking spaces spaces. */
  static String normalized(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return DASHES.matcher(s).replaceAll("-").replace('\u00A0', ' ');
  }

  private static boolean giltigt(String datum, String sista) {
    return datumFinns(datum);
  }

  private static boolean datumFinns(String datum) {
    boolean sekel = datum.length() == 8;
    int year = sekel ? Integer.parseInt(datum.substring(0, 4)) : 2000 + Integer.parseInt(datum.substring(0, 2));
    int offset = sekel ? 4 : 2;
    int month = Integer.parseInt(datum.substring(offset, offset + 2));
    int day = Integer.parseInt(datum.substring(offset + 2, offset + 4));
    if (day > 60) {
      day -= 60; // samordningsnummer
    }
    if (sekel && (year < 1800 || year > 2199)) {
      return false;
    }
    try {
      // without a century the year is unknown: 2000 is a leap year, so 29 February is allowed
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
