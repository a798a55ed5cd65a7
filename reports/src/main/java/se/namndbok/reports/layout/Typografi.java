package se.namndbok.reports.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish typography applied to every text before it is wrapped (decision record 0111): Swedish quotation marks
 * (”…”, ’), en dash in ranges ("10–11", "09:45–15:00") and as a spaced dash (" – "), no line break inside
 * "§ 177", "3 kap.", "1 §", "kl. 08:15", "2025-10-23 kl." or "12 kr", thin no-break spaces between the thousands
 * of a number ("12 345"), and inline bold ({@code **text**}) turned into style marks. The no-break spaces are
 * drawn as ordinary spaces ({@link #drawn}), so copied text reads as typed.
 */
public final class Typografi {
  /** A space that must not break a line; drawn as an ordinary space. */
  static final char NBSP = '\u00A0';
  /** The thin no-break space between thousands (U+202F), drawn as itself. */
  static final char TUSENTAL = '\u202F';
  /** Starts bold text inside a line; never drawn. */
  static final char FET = '\u0001';
  /** Ends bold text inside a line; never drawn. */
  static final char NORMAL = '\u0002';

  private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*?\\S)?)\\*(?![\\w*])");
  private static final Pattern QUOTE_OPEN = Pattern.compile("[\"“„]");
  private static final Pattern APOSTROPHE = Pattern.compile("['‘]");
  private static final Pattern NUMBER_RANGE = Pattern.compile("(\\d)[ \\u00A0]+[-–][ \\u00A0]+(\\d)");
  private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2}[:.]\\d{2})-(\\d{1,2}[:.]\\d{2})");
  private static final Pattern SPACED_HYPHEN = Pattern.compile(" - ");
  private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,/:-])\\d{1,3}(?: \\d{3})+(?![\\d/-])");
  /**
   * The spaces that must not break, each with a literal every match contains: a text without the literal is not
   * scanned (the replacements only turn spaces into no-break spaces, so the literals stay).
   */
  private record Keep(Pattern pattern, String... literals) {
    boolean mayMatch(String t) {
      for (String literal : literals) {
        if (t.contains(literal)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Keep[] KEEP = {
      new Keep(Pattern.compile("(§§?) (?=\\d)"), "§"),
      new Keep(Pattern.compile("(\\d[a-z]?) (?=§)"), "§"),
      new Keep(Pattern.compile("(\\d) (?=kap\\.)"), "kap."),
      new Keep(Pattern.compile("(kap\\.) (?=\\d)"), "kap."),
      new Keep(Pattern.compile("(kl\\.) (?=\\d)"), "kl."),
      new Keep(Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (?=kl\\.)"), "kl."),
      new Keep(Pattern.compile("(\\d) (?=(?:kr|tkr|mkr|%)(?![\\p{L}]))"), "kr", "%"),
      new Keep(Pattern.compile("(nr) (?=\\d)"), "nr"),
  };
  private static final Pattern FIGURE_CELL = Pattern.compile("([−–-]?)(\\d+)(.*)");
  private static final Pattern FIGURE = Pattern.compile("[−–-]?[\\d \\u202F]*\\d([,.]\\d+)?(\\s?(%|kr|tkr|mkr))?");
  private static final Pattern DASH = Pattern.compile("[-–]");

  private Typografi() {}

  /** The text as a document prints it (and a reader copies it): typography applied, marks dropped. */
  public static String printed(String text) {
    return drawn(apply(text));
  }

  /** The text as it is laid out: typography applied, inline bold marked. */
  static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String t = text.indexOf(FET) < 0 && text.indexOf(NORMAL) < 0 ? text
        : text.replace(String.valueOf(FET), "").replace(String.valueOf(NORMAL), "");
    if (t.indexOf('*') >= 0) {
      t = BOLD.matcher(t).replaceAll(FET + "$1" + NORMAL);
      t = ITALIC.matcher(t).replaceAll("$1");
    }
    if (t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('„') >= 0) {
      t = QUOTE_OPEN.matcher(t).replaceAll("”");
    }
    if (t.indexOf('\'') >= 0 || t.indexOf('‘') >= 0) {
      t = APOSTROPHE.matcher(t).replaceAll("’");
    }
    if (t.indexOf('-') >= 0) {
      if (spacedDash(t)) {
        t = NUMBER_RANGE.matcher(t).replaceAll("$1–$2");
      }
      if ((t.indexOf(':') >= 0 || t.indexOf('.') >= 0) && digitsAround(t, '-')) {
        t = TIME_RANGE.matcher(t).replaceAll("$1–$2");
      }
      if (t.contains(" - ")) {
        t = SPACED_HYPHEN.matcher(t).replaceAll(" – ");
      }
    }
    if (groupedDigits(t)) {
      t = thousands(t);
    }
    if (t.indexOf(' ') >= 0) {
      for (Keep keep : KEEP) {
        if (keep.mayMatch(t)) {
          t = keep.pattern().matcher(t).replaceAll("$1" + NBSP);
        }
      }
    }
    return t;
  }

  /*
   * Cheap tests for what a pattern's every match contains, so most texts are not scanned by the pattern at all
   * (layout applies typography to every cell of every table). Digits are ASCII, as the patterns' \d is.
   */

  private static boolean digit(String t, int i) {
    return i >= 0 && i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
  }

  /** A dash with a space or no-break space before it: every {@link #NUMBER_RANGE} match has one. */
  private static boolean spacedDash(String t) {
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      char before = t.charAt(i - 1);
      if ((c == '-' || c == '–') && (before == ' ' || before == NBSP)) {
        return true;
      }
    }
    return false;
  }

  /** {@code c} between two digits: every {@link #TIME_RANGE} match has a hyphen so. */
  private static boolean digitsAround(String t, char c) {
    for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
      if (digit(t, i - 1) && digit(t, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A digit, a space and three digits: every {@link #THOUSANDS} match has them. */
  private static boolean groupedDigits(String t) {
    for (int i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
      if (digit(t, i - 1) && digit(t, i + 1) && digit(t, i + 2) && digit(t, i + 3)) {
        return true;
      }
    }
    return false;
  }

  /** Groups the thousands of a number written with spaces ("12 345") with thin no-break spaces. */
  private static String thousands(String t) {
    Matcher m = THOUSANDS.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(' ', TUSENTAL)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A whole number as a table figure: thousands separated by thin no-break spaces from five digits on ("12 345",
   * but "2025"), or from four when {@code group4} (so a column of figures lines up).
   */
  static String figure(String cell, boolean group4) {
    String digits = cell.strip();
    Matcher m = FIGURE_CELL.matcher(digits);
    if (!m.matches() || m.group(2).length() < (group4 ? 4 : 5)) {
      return cell;
    }
    String number = m.group(2);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      if (i > 0 && (number.length() - i) % 3 == 0) {
        grouped.append(TUSENTAL);
      }
      grouped.append(number.charAt(i));
    }
    return m.group(1) + grouped + m.group(3);
  }

  /** The text as drawn: style marks removed, no-break spaces as ordinary spaces. */
  static String drawn(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == NBSP) {
        out.append(' ');
      } else if (c != FET && c != NORMAL) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True for a text that has no letters, only a figure ("12 345", "-", "3,5 %") or a figure withheld ("*", a count
   * too small to show): right-aligned in tables. Without the last, one withheld count set its whole column flush
   * left (the statistics' Kvinnor and Män, found by a walk).
   */
  static boolean isFigure(String cell) {
    String c = drawn(cell).strip();
    return FIGURE.matcher(c).matches() || DASH.matcher(c).matches() || c.equals("*");
  }
}
