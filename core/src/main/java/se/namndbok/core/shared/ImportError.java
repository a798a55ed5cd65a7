package se.namndbok.core.shared;

/**
 * One refused line of an imported file. {@code line} is the physical line in the file (the header is line 1;
 * 0 when the problem concerns the whole file, {@code Integer.MAX_VALUE} for the count of
 * problems not listed); {@code column} is the column's name as in the header, or null.
 */
public record ImportError(String file, int line, String column, String message) {

  /** The place as the user reads it: {@code beslut.csv, rad 7, kolumn beslutsdatum}. */
  public String place() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0 && line < Integer.MAX_VALUE) {
      s.append(", rad ").append(line);
    }
    if (column != null) {
      s.append(", kolumn ").append(column);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return place() + ": " + message;
  }
}
