package se.namndbok.core.shared;

/**
 * A text cell a spreadsheet would run as a formula is neutralised before it is written to any CSV or XLSX
 * (OWASP's CSV injection rule, decision record 0138): a text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text.
 * Numbers and dates are written as they are: they cannot hold a formula.
 */
public final class SpreadsheetCell {
  private SpreadsheetCell() {}

  /** Whether a spreadsheet would take {@code text} as the start of a formula. */
  public static boolean isFormula(CharSequence text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code text}, with a leading apostrophe when a spreadsheet would run it as a formula; null stays null. */
  public static String text(String text) {
    return isFormula(text) ? "'" + text : text;
  }
}
