package se.namndbok.core.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV the program writes for spreadsheets: {@code ;}-separated, CRLF, UTF-8 with a BOM (so that Excel with
 * Swedish settings opens it with å, ä, ö and in columns). Every text cell passes {@link SpreadsheetCell}: one a
 * spreadsheet would run as a formula gets its apostrophe and is quoted, as OWASP's rule asks; a cell holding
 * {@code ;}, a quote, a line break or space at an edge is quoted, quotes doubled. Numbers and dates as they are.
 */
public final class SpreadsheetCsv {
  private final Writer out;

  private SpreadsheetCsv(Writer out) {
    this.out = out;
  }

  /** Starts a CSV on {@code out} (the BOM is written here); {@link #flush()} at the end, the caller closes. */
  public static SpreadsheetCsv on(OutputStream out) {
    SpreadsheetCsv csv = new SpreadsheetCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    csv.write("\uFEFF");
    return csv;
  }

  /** One line of cells; null is an empty cell. */
  public SpreadsheetCsv record(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(';');
      }
      line.append(cell(cells.get(i)));
    }
    return write(line.append("\r\n").toString());
  }

  public SpreadsheetCsv record(Object... cells) {
    return record(java.util.Arrays.asList(cells));
  }

  /** An empty line (between tables). */
  public SpreadsheetCsv emptyLine() {
    return write("\r\n");
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One cell as it stands in the file. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof java.time.temporal.TemporalAccessor) {
      return value.toString();
    }
    String text = value.toString();
    boolean formula = SpreadsheetCell.isFormula(text);
    boolean quote = formula || needsQuotes(text);
    String safe = formula ? "'" + text : text;
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static boolean needsQuotes(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ';
  }

  private SpreadsheetCsv write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
