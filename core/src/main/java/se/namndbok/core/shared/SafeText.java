package se.namndbok.core.shared;

import java.util.regex.Pattern;

/**
 * What a stored text may contain (decision record 0133). Ids and codes: letters, digits and {@code - _ . /}
 * only. Free texts: no control characters — line breaks and tabs only in the texts meant to have several lines
 * — and none of the invisible characters that turn text around (right-to-left overrides and isolates). No text
 * may hold a personnummer. Each check returns the Swedish reason, or null when the value is fine.
 */
public final class SafeText {
  private static final Pattern ID = Pattern.compile("[\\p{L}0-9._/-]+");
  /** Bidirectional embeddings, overrides and isolates, and the interlinear-annotation marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\uFFF9-\\uFFFB]");

  /** The kind of text a field holds. */
  public enum Slag {
    /** An id or a code. */
    ID,
    /** A text of one line (a rubrik, a name). */
    RAD,
    /** A text that may have several lines and tabs (a sammanfattning, a beslut). */
    FLERA_RADER
  }

  private SafeText() {}

  /** The reason {@code value} may not be stored as {@code slag}, or null; null and empty values are fine. */
  public static String problem(String value, Slag slag) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (Personnummer.finnsI(value)) {
      return slag == Slag.ID ? "ser ut som ett personnummer eller samordningsnummer; ange ärendesystemets "
          + "pseudonyma id" : "innehåller ett personnummer eller samordningsnummer, som inte får sparas; ta bort det";
    }
    if (slag == Slag.ID) {
      return ID.matcher(value).matches() ? null : "får bara innehålla bokstäver, siffror och - _ . /";
    }
    return characters(value, slag == Slag.FLERA_RADER);
  }

  private static String characters(String value, boolean lines) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      if (lineBreak && !lines) {
        return "får inte innehålla radbrytningar eller tabbar";
      }
      if (!lineBreak && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
        return "innehåller ett osynligt styrtecken (" + String.format("U+%04X", (int) c) + ") på plats " + (i + 1);
      }
      if (INVISIBLE.matcher(String.valueOf(c)).matches()) {
        return "innehåller ett osynligt tecken som vänder textens riktning (" + String.format("U+%04X", (int) c)
            + ") på plats " + (i + 1);
      }
    }
    return null;
  }

  /**
   * The reason a cell read from a file may not be taken when a tab or another control character stands before
   * or after its value (trimming would hide it, and a leading tab is a spreadsheet formula trick); spaces and
   * line breaks around a value are fine and dropped. Null when the edges are fine.
   */
  public static String edgeProblem(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    int start = raw.indexOf(value);
    String edges = raw.substring(0, start) + raw.substring(start + value.length());
    for (char c : edges.toCharArray()) {
      if (c != ' ' && c != '\n' && c != '\r') {
        return "värdet börjar eller slutar med ett tabbtecken eller osynligt tecken (" + String.format("U+%04X", (int) c)
            + "); ta bort det";
      }
    }
    return null;
  }

  /** Throws a {@link ValidationException} naming {@code field} when {@code value} may not be stored. */
  public static void require(String value, Slag slag, String field) {
    String problem = problem(value, slag);
    if (problem != null) {
      throw ValidationException.of(field, problem);
    }
  }
}
