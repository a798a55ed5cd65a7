package se.namndbok.core.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as municipal staff produce them: {@code ;} (Excel with Swedish settings) or {@code ,}, UTF-8 with
 * or without BOM or Windows-1252 (older Excel), a header row naming the columns in any order and any case.
 * Reading checks the header against the columns the import knows; each row keeps its physical line number.
 */
public final class CsvImportFile {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String name;
  private final Charset charset;
  private final char delimiter;
  private final List<Row> rows;

  private CsvImportFile(String name, Charset charset, char delimiter, List<Row> rows) {
    this.name = name;
    this.charset = charset;
    this.delimiter = delimiter;
    this.rows = rows;
  }

  /** One data row: cells by lower-case column name, blank cells as null. */
  public record Row(int line, Map<String, String> cells) {
    public String get(String column) {
      return cells.get(column);
    }
  }

  public static CsvImportFile read(Path file, List<String> required, List<String> optional) {
    try {
      return read(file.getFileName().toString(), Files.readAllBytes(file), required, optional);
    } catch (IOException e) {
      throw ImportException.of(file.getFileName().toString(), 0, null, "filen kunde inte läsas: " + e.getMessage());
    }
  }

  /** Reads {@code bytes} named {@code name}; throws an {@link ImportException} when the header is not usable. */
  public static CsvImportFile read(String name, byte[] bytes, List<String> required, List<String> optional) {
    Charset charset = detectCharset(bytes);
    String text = decode(bytes, charset);
    if (text.isBlank()) {
      throw ImportException.of(name, 0, null, "filen är tom");
    }
    char delimiter = detectDelimiter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> records = parser.getRecords();
      LineIndex lines = new LineIndex(text);
      List<String> header = header(name, records.getFirst(), lines.of(records.getFirst()), required, optional);
      return new CsvImportFile(name, charset, delimiter, rows(name, header, records, lines));
    } catch (IOException | UncheckedIOException e) {
      throw ImportException.of(name, 0, null, "filen är ingen läsbar CSV-fil: " + e.getMessage());
    }
  }

  public String name() {
    return name;
  }

  public Charset charset() {
    return charset;
  }

  public char delimiter() {
    return delimiter;
  }

  public List<Row> rows() {
    return rows;
  }

  private static List<String> header(String name, CSVRecord first, int line, List<String> required,
      List<String> optional) {
    ImportErrors errors = new ImportErrors(name);
    List<String> header = new ArrayList<>();
    for (String cell : first) {
      String column = cell.strip().toLowerCase(Locale.ROOT);
      if (!required.contains(column) && !optional.contains(column)) {
        errors.add(line, cell, "okänd kolumn; kända kolumner är " + String.join(", ", all(required, optional)));
      } else if (header.contains(column)) {
        errors.add(line, cell, "kolumnen finns två gånger i rubrikraden");
      }
      header.add(column);
    }
    for (String column : required) {
      if (!header.contains(column)) {
        errors.add(line, column, "kolumnen saknas i rubrikraden");
      }
    }
    errors.throwIfAny();
    return header;
  }

  private static List<Row> rows(String name, List<String> header, List<CSVRecord> records, LineIndex lines) {
    ImportErrors errors = new ImportErrors(name);
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : records.subList(1, records.size())) {
      int line = lines.of(r);
      if (r.size() != header.size()) {
        errors.add(line, null, "raden har " + r.size() + " fält men rubrikraden har " + header.size());
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i), Texts.blankToNull(r.get(i)));
      }
      rows.add(new Row(line, cells));
    }
    errors.throwIfAny();
    return List.copyOf(rows);
  }

  /** The physical line (from 1) a record starts on, from the character position where the parser found it. */
  private static final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
      this.text = text;
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Empty lines before a record are skipped by the parser but counted in its position: skip them here too. */
    int of(CSVRecord r) {
      int pos = (int) r.getCharacterPosition();
      while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
        pos++;
      }
      int found = java.util.Arrays.binarySearch(lineStarts, pos);
      return found >= 0 ? found + 1 : -found - 1;
    }
  }

  private static List<String> all(List<String> required, List<String> optional) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  static Charset detectCharset(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }

  private static String decode(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code ;} when the first non-blank line has more semicolons than commas, else {@code ,}. */
  static char detectDelimiter(String text) {
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    long semicolons = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }
}
