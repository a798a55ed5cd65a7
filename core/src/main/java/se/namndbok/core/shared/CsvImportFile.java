package se.namndbok.core.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as municipal staff produce them: {@code ;} (Excel with Swedish settings) or {@code ,}, UTF-8 with
 * or without BOM or Windows-1252 (older Excel), a header row naming the columns in any order and any case.
 * Opening it scans the bytes once (encoding, checksum, the limits of {@link Granser}) and checks the header;
 * the rows are then streamed, each with its physical line number, so memory does not grow with the file.
 */
public final class CsvImportFile {
  private final String name;
  private final Source source;
  private final CsvPrescan scan;
  private final char delimiter;
  private final List<String> header;
  private final Map<String, Integer> maxLengths;

  /** Where the bytes come from; opened once for the scan and once for the rows. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /** One data row: cells by lower-case column name, blank cells as null. */
  public record Row(int line, Map<String, String> cells) {
    public String get(String column) {
      return cells.get(column);
    }
  }

  private CsvImportFile(String name, Source source, CsvPrescan scan, List<String> header,
      Map<String, Integer> maxLengths) {
    this.name = name;
    this.source = source;
    this.scan = scan;
    this.delimiter = detectDelimiter(scan.firstLine());
    this.header = header;
    this.maxLengths = maxLengths;
  }

  /** Opens {@code file}; its name, size and header are checked now, its rows are read by {@link #forEachRow}. */
  public static CsvImportFile open(Path file, Kolumner kolumner) {
    String name = file.getFileName().toString();
    return open(name, () -> Files.newInputStream(file), kolumner);
  }

  /** The same for bytes already in memory (the demo board, tests). */
  public static CsvImportFile of(String name, byte[] bytes, Kolumner kolumner) {
    return open(name, () -> new ByteArrayInputStream(bytes), kolumner);
  }

  /** Opens and checks every row at once: for the small files whose rows are all kept anyway. */
  public static CsvImportFile read(String name, byte[] bytes, List<String> required, List<String> optional) {
    CsvImportFile file = of(name, bytes, new Kolumner(required, optional, Map.of(), Granser.RADER_MAX_REGISTRERING));
    file.rows();
    return file;
  }

  private static CsvImportFile open(String name, Source source, Kolumner kolumner) {
    if (name.length() > Granser.FILNAMN_MAX) {
      throw ImportException.of(shortened(name), 0, null, "filnamnet har " + name.length() + " tecken; högst "
          + Granser.FILNAMN_MAX + " tecken går att spara i granskningsloggen. Byt namn på filen.");
    }
    CsvPrescan scan;
    try (InputStream in = source.open()) {
      scan = CsvPrescan.of(name, in, kolumner.maxRows());
    } catch (IOException e) {
      throw ImportException.of(name, 0, null, "filen kunde inte läsas: " + e.getMessage());
    }
    CsvImportFile file = new CsvImportFile(name, source, scan, List.of(), kolumner.maxLengths());
    List<String> header = file.readHeader(kolumner);
    return new CsvImportFile(name, source, scan, header, kolumner.maxLengths());
  }

  /** The columns an import knows, the longest value each may hold, and how many rows a file may have. */
  public record Kolumner(List<String> required, List<String> optional, Map<String, Integer> maxLengths, long maxRows) {}

  public String name() {
    return name;
  }

  public Charset charset() {
    return scan.charset();
  }

  public char delimiter() {
    return delimiter;
  }

  /** The SHA-256 of the file's bytes, as the audit line records it. */
  public String sha256() {
    return scan.sha256();
  }

  /** Data rows counted in the scan (non-blank lines after the header). */
  public long rowCount() {
    return scan.rows();
  }

  /** Every row, kept in memory: only for files bounded by {@link Granser#RADER_MAX_REGISTRERING}. */
  public List<Row> rows() {
    ImportErrors errors = new ImportErrors(name);
    List<Row> rows = new ArrayList<>();
    forEachRow(errors, rows::add);
    errors.throwIfAny();
    return List.copyOf(rows);
  }

  /**
   * Streams the data rows to {@code each}; a row with the wrong number of fields or a value longer than its
   * column allows goes to {@code errors} instead. An unreadable file throws an {@link ImportException}.
   */
  public void forEachRow(ImportErrors errors, Consumer<Row> each) {
    try (Parsing p = parse()) {
      Iterator<CSVRecord> records = p.parser.iterator();
      records.next(); // the header, checked when the file was opened
      while (hasNext(records, p)) {
        CSVRecord r = records.next();
        if (r.stream().allMatch(String::isBlank)) {
          continue; // ";;;;": the empty line of a sheet saved from Excel, as empty as a blank line
        }
        int line = p.lines.lineOf(r.getCharacterPosition());
        Row row = row(errors, r, line);
        if (row != null) {
          each.accept(row);
        }
      }
    }
  }

  private Row row(ImportErrors errors, CSVRecord r, int line) {
    if (r.size() != header.size()) {
      errors.add(line, null, "raden har " + r.size() + " fält men rubrikraden har " + header.size());
      return null;
    }
    Map<String, String> cells = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String value = Texts.blankToNull(r.get(i));
      int max = maxLengths.getOrDefault(column, Granser.FALT_MAX);
      String edge = SafeText.edgeProblem(r.get(i));
      if (edge != null) {
        errors.add(line, column, edge);
        ok = false;
      } else if (value != null && value.length() > max) {
        errors.add(line, column, "värdet har " + value.length() + " tecken; högst " + max + " tecken får plats");
        ok = false;
      }
      cells.put(column, value);
    }
    return ok ? new Row(line, cells) : null;
  }

  private boolean hasNext(Iterator<CSVRecord> records, Parsing p) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      long line = p.parser.getCurrentLineNumber() + 1;
      String why = String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token finished")
          ? "ett citattecken (\") öppnas men stängs aldrig; rätta citattecknen från den här raden"
          : "filen är ingen läsbar CSV-fil här";
      throw ImportException.of(name, (int) Math.min(line, Integer.MAX_VALUE), null, why);
    }
  }

  private List<String> readHeader(Kolumner kolumner) {
    try (Parsing p = parse()) {
      Iterator<CSVRecord> records = p.parser.iterator();
      if (!hasNext(records, p)) {
        throw ImportException.of(name, 0, null, "filen är tom");
      }
      CSVRecord first = records.next();
      return header(first, p.lines.lineOf(first.getCharacterPosition()), kolumner.required(), kolumner.optional());
    }
  }

  private Parsing parse() {
    try {
      InputStream in = source.open();
      in.skipNBytes(scan.bomLength());
      LineTracker lines = new LineTracker(new InputStreamReader(in, scan.charset()));
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
          .get(); // not trimmed here: a tab or control character at a cell's edge is refused, not dropped
      return new Parsing(CSVParser.parse(lines, format), lines);
    } catch (IOException e) {
      throw ImportException.of(name, 0, null, "filen kunde inte läsas: " + e.getMessage());
    }
  }

  /** An open parser and the line tracker under it; closing it closes the file. */
  private record Parsing(CSVParser parser, LineTracker lines) implements AutoCloseable {
    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private List<String> header(CSVRecord first, int line, List<String> required, List<String> optional) {
    ImportErrors errors = new ImportErrors(name);
    List<String> columns = new ArrayList<>();
    for (String cell : first) {
      String column = cell.strip().toLowerCase(Locale.ROOT);
      if (!required.contains(column) && !optional.contains(column)) {
        errors.add(line, cell, "okänd kolumn; kända kolumner är " + String.join(", ", all(required, optional)));
      } else if (columns.contains(column)) {
        errors.add(line, cell, "kolumnen finns två gånger i rubrikraden");
      }
      columns.add(column);
    }
    for (String column : required) {
      if (!columns.contains(column)) {
        errors.add(line, column, "kolumnen saknas i rubrikraden");
      }
    }
    errors.throwIfAny();
    return List.copyOf(columns);
  }

  private static List<String> all(List<String> required, List<String> optional) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  private static String shortened(String name) {
    return name.substring(0, 40) + "…";
  }

  /** {@code ;} when the first non-blank line has more semicolons than commas, else {@code ,}. */
  static char detectDelimiter(String firstLine) {
    long semicolons = firstLine.chars().filter(c -> c == ';').count();
    long commas = firstLine.chars().filter(c -> c == ',').count();
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }

  /**
   * Counts the line breaks the parser has read past, so that a record's character position gives its
   * physical line. Keeps only the breaks not yet passed (bounded by the parser's read-ahead).
   */
  private static final class LineTracker extends java.io.FilterReader {
    private final java.util.ArrayDeque<Long> breaks = new java.util.ArrayDeque<>();
    private long position;
    private long linesBefore;

    LineTracker(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        note((char) c, position++);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = 0; i < n; i++) {
        note(buf[off + i], position + i);
      }
      position += Math.max(n, 0);
      return n;
    }

    private void note(char c, long at) {
      if (c == '\n' || c == '\r') {
        breaks.addLast(at * 2 + (c == '\n' ? 1 : 0));
      }
    }

    /** The line (from 1) of the first character at or after {@code at} that is not a line break. */
    int lineOf(long at) {
      long pos = at;
      while (!breaks.isEmpty() && (breaks.peekFirst() >> 1) < pos) {
        linesBefore += breaks.pollFirst() & 1;
      }
      while (!breaks.isEmpty() && (breaks.peekFirst() >> 1) == pos) {
        linesBefore += breaks.pollFirst() & 1;
        pos++;
      }
      return (int) Math.min(linesBefore + 1, Integer.MAX_VALUE);
    }
  }
}
