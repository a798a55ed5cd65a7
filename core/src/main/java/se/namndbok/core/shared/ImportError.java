package se.namndbok.core.shared;

/**
 * One refused line of an imported file. {@code line} is the physical line in the file (the header is line 1;
 * 0 when the problem concerns the whole file, {@code Integer.MAX_VALUE} for the count of
 * problems not listed); {@code column} is the column's name as in the header, or null.
 */
public record ImportError(String file, int line, String column, String message) {
  /** What a message says when it would have repeated a personnummer that no quoting site caught. */
  static final String PERSONNUMMER = "innehåller något som liknar ett personnummer eller samordningsnummer, som "
      + "inte upprepas här; ta bort det";

  /** A message never repeats a personnummer from the file (decision 0132): the quoting sites use
   * {@link Personnummer#citat}, and this catches any that does not. */
  public ImportError {
    if (Personnummer.finnsI(message)) {
      message = PERSONNUMMER;
    }
  }

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
