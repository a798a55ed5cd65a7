package se.namndbok.core.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates import files that must be refused, for the importers' fuzz tests: a few valid rows, random noise
 * that keeps them valid (CRLF, a BOM, blank lines, {@code ,} instead of {@code ;}, quoting, another column order,
 * Windows-1252), and then — last, so nothing undoes it — at least one definite defect: a hostile value in a
 * cell (control characters, a right-to-left override, a personnummer, an impossible date, an unknown code, an
 * over-long value) or a broken file (wrong field counts, an unclosed quote, an unknown or missing column, binary
 * bytes, UTF-16, an empty file, an over-long line or file name).
 */
public final class CsvFuzzer {
  /** What a column holds, which decides what is hostile for it. */
  public enum Kind { ID, CODE, DATE, TEXT, FLAG, YEAR }

  public record Column(String name, Kind kind, boolean required) {}

  /** One generated file: its name, its bytes and what was done to it (for the failure message). */
  public record Case(String name, byte[] bytes, String defect) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<String> HOSTILE_TEXT = List.of("Beslut för 19401231-1234", "noll\u0000tecken",
      "\u001b[31mröd", "höger\u202Evänster", "rad\nbrytning", "klocka\u0007", "PNR401231+1234",
      "separator\u2028rad");
  private static final List<String> HOSTILE_ID = List.of("19401231-1234", "401231+1234", "=cmd|' /C calc'!A0",
      "+SUM(1;2)", "@SUM(A1)", "\tflik", "a b", "id;med;semikolon", "x\u202Egpj.exe", "noll\u0000", "<script>",
      "'; DROP TABLE gynnande_beslut; --", "\uFF11\uFF19\uFF14\uFF10\uFF11\uFF12\uFF13\uFF11"
          + "\uFF0D\uFF11\uFF12\uFF13\uFF14");
  private static final List<String> BAD_DATES = List.of("2025-02-30", "1899-12-31", "2101-01-01", "0001-01-01",
      "23/10/2025", "2025-13-01", "2025-1-1", "igår", "2025-10-23T10:00");

  private final List<Column> columns;
  private final Function<Random, List<String>> validRow;
  private final boolean duplicateIdsRefused;

  /** {@code validRow} gives one valid row's values in the order of {@code columns}. */
  public CsvFuzzer(List<Column> columns, Function<Random, List<String>> validRow, boolean duplicateIdsRefused) {
    this.columns = columns;
    this.validRow = validRow;
    this.duplicateIdsRefused = duplicateIdsRefused;
  }

  public Case next(Random r) {
    List<String> header = new ArrayList<>(columns.stream().map(Column::name).toList());
    List<List<String>> rows = new ArrayList<>();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      rows.add(new ArrayList<>(validRow.apply(r)));
    }
    if (r.nextInt(4) == 0) {
      reorder(r, header, rows);
    }
    int defect = r.nextInt(14);
    return switch (defect) {
      case 0, 1, 2, 3, 4 -> cell(r, header, rows);
      case 5 -> text(r, "en rad med ett fält för mycket", header, withRow(rows, r, row -> row.add("extra")));
      case 6 -> text(r, "en rad med ett fält för lite", header, withRow(rows, r, row -> row.removeLast()));
      case 7 -> unclosedQuote(r, header, rows);
      case 8 -> text(r, "en okänd kolumn", with(header, "okand_kolumn"), allRows(rows, row -> row.add("x")));
      case 9 -> missingColumn(r, header, rows);
      case 10 -> bytes(r, header, rows);
      case 11 -> duplicateIdsRefused ? duplicate(r, header, rows) : cell(r, header, rows);
      case 12 -> new Case("f".repeat(101) + ".csv", serialize(r, header, rows), "ett filnamn på 105 tecken");
      default -> longLine(r, header, rows);
    };
  }

  private Case cell(Random r, List<String> header, List<List<String>> rows) {
    int line = r.nextInt(rows.size());
    Column c = columns.get(r.nextInt(columns.size()));
    String value = switch (c.kind()) {
      case ID -> pick(r, HOSTILE_ID);
      case CODE -> "OKÄND-" + r.nextInt(100);
      case DATE -> pick(r, BAD_DATES);
      case TEXT -> r.nextInt(8) == 0 ? "x".repeat(2_001 + r.nextInt(500)) : pick(r, HOSTILE_TEXT);
      case FLAG -> "kanske";
      case YEAR -> "19x" + r.nextInt(10);
    };
    rows.get(line).set(header.indexOf(c.name()), value);
    return text(r, "värdet " + printable(value) + " i kolumnen " + c.name() + " på datarad " + (line + 1), header, rows);
  }

  private Case unclosedQuote(Random r, List<String> header, List<List<String>> rows) {
    byte[] good = serialize(r, header, rows);
    String s = new String(good, StandardCharsets.UTF_8);
    int firstBreak = s.indexOf('\n');
    String broken = s.substring(0, firstBreak + 1) + "\"" + s.substring(firstBreak + 1).replace("\"", "");
    return new Case("citat.csv", broken.getBytes(StandardCharsets.UTF_8), "ett citattecken som aldrig stängs");
  }

  private Case missingColumn(Random r, List<String> header, List<List<String>> rows) {
    List<Column> required = columns.stream().filter(Column::required).toList();
    int i = header.indexOf(required.get(r.nextInt(required.size())).name());
    String name = header.remove(i);
    rows.forEach(row -> row.remove(i));
    return text(r, "kolumnen " + name + " saknas", header, rows);
  }

  private Case duplicate(Random r, List<String> header, List<List<String>> rows) {
    int id = header.indexOf(columns.stream().filter(c -> c.kind() == Kind.ID).findFirst().orElseThrow().name());
    List<String> copy = new ArrayList<>(validRow.apply(r));
    List<String> reordered = new ArrayList<>();
    for (String h : header) {
      reordered.add(copy.get(columns.stream().map(Column::name).toList().indexOf(h)));
    }
    reordered.set(id, rows.get(r.nextInt(rows.size())).get(id));
    rows.add(reordered);
    return text(r, "ett id två gånger", header, rows);
  }

  private Case bytes(Random r, List<String> header, List<List<String>> rows) {
    byte[] good = serialize(r, header, rows);
    return switch (r.nextInt(4)) {
      case 0 -> {
        byte[] garbage = new byte[1 + r.nextInt(2_000)];
        r.nextBytes(garbage);
        garbage[r.nextInt(garbage.length)] = 0;
        yield new Case("binar.csv", garbage, "binära data");
      }
      case 1 -> new Case("utf16.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          new String(good, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
      case 2 -> new Case("tom.csv", r.nextBoolean() ? new byte[0] : " \r\n\n ".getBytes(StandardCharsets.UTF_8), "tom fil");
      default -> {
        byte[] withNul = good.clone();
        withNul[r.nextInt(withNul.length)] = 0;
        yield new Case("nul.csv", withNul, "ett NUL-tecken");
      }
    };
  }

  private Case longLine(Random r, List<String> header, List<List<String>> rows) {
    rows.get(r.nextInt(rows.size())).set(header.size() - 1, "y".repeat(100_001));
    return text(r, "en rad på över 100 000 byte", header, rows);
  }

  private Case text(Random r, String defect, List<String> header, List<List<String>> rows) {
    return new Case("fil-" + r.nextInt(1000) + ".csv", serialize(r, header, rows), defect);
  }

  /** Writes the rows with random but harmless variation: delimiter, quoting, line ends, BOM, encoding. */
  private static byte[] serialize(Random r, List<String> header, List<List<String>> rows) {
    char delimiter = r.nextBoolean() ? ';' : ',';
    String eol = r.nextBoolean() ? "\n" : "\r\n";
    boolean quoteAll = r.nextInt(5) == 0;
    StringBuilder s = new StringBuilder(r.nextInt(4) == 0 ? "\uFEFF" : "");
    s.append(line(header, delimiter, quoteAll)).append(eol);
    for (List<String> row : rows) {
      if (r.nextInt(10) == 0) {
        s.append(eol);
      }
      s.append(line(row, delimiter, quoteAll)).append(eol);
    }
    String text = s.toString();
    boolean ansi = r.nextInt(5) == 0 && WINDOWS_1252.newEncoder().canEncode(text.replace("\uFEFF", ""));
    return ansi ? text.replace("\uFEFF", "").getBytes(WINDOWS_1252) : text.getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<String> cells, char delimiter, boolean quoteAll) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i) == null ? "" : cells.get(i);
      boolean quote = quoteAll || c.indexOf(delimiter) >= 0 || c.contains("\"") || c.contains("\n") || c.contains("\r");
      s.append(i == 0 ? "" : String.valueOf(delimiter)).append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return s.toString();
  }

  private void reorder(Random r, List<String> header, List<List<String>> rows) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, r);
    List<String> h = order.stream().map(header::get).toList();
    header.clear();
    header.addAll(h);
    for (List<String> row : rows) {
      List<String> moved = order.stream().map(row::get).toList();
      row.clear();
      row.addAll(moved);
    }
  }

  private static List<List<String>> withRow(List<List<String>> rows, Random r,
      java.util.function.Consumer<List<String>> change) {
    change.accept(rows.get(r.nextInt(rows.size())));
    return rows;
  }

  private static List<List<String>> allRows(List<List<String>> rows, java.util.function.Consumer<List<String>> change) {
    rows.forEach(change);
    return rows;
  }

  private static List<String> with(List<String> header, String column) {
    header.add(column);
    return header;
  }

  private static String pick(Random r, List<String> options) {
    return options.get(r.nextInt(options.size()));
  }

  private static String printable(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    StringBuilder b = new StringBuilder();
    for (char c : shown.toCharArray()) {
      b.append(c < 0x20 || (c >= 0x2028 && c <= 0x202E) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return "\"" + b + "\"";
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
