package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** OWASP's CSV injection rule in the one CSV writer: what a spreadsheet would run is written as quoted text. */
class SpreadsheetCsvTest {
  private static final long SEED = Long.getLong("spreadsheet.seed", 20261202L);
  private static final int LINES = 2_000;
  /** Hostile pieces: formula starts, the separator, quotes, line breaks, DDE payloads, look-alikes. */
  private static final String[] PIECES = {"=", "+", "-", "@", "\t", "\r", "\n", ";", "\"", "'", " ", "|", "!",
      "cmd|' /C calc'!A0", "HYPERLINK(\"http://x\")", "SUM(A1:A9)", "1+2", "-1", "A1", "Särskilt", "ÄO", "/", "_",
      ".", "0", "\u00A0", "＝", "\uFEFF"};

  @Test
  void aCellAFormulaStartsWithGetsAnApostropheAndQuotes() {
    assertThat(line("=1+2", "+1", "-x", "@SUM(A1)", "\tflik", "\rcr", "ok", "a;b")).isEqualTo(
        "\"'=1+2\";\"'+1\";\"'-x\";\"'@SUM(A1)\";\"'\tflik\";\"'\rcr\";ok;\"a;b\"\r\n");
  }

  @Test
  void numbersAndDatesStayAsTheyAre() {
    assertThat(line(-5, 12L, java.time.LocalDate.of(2025, 6, 30), null, "")).isEqualTo("-5;12;2025-06-30;;\r\n");
  }

  @Test
  void generatedHostileTextsReadBackAsTheTextWithNothingASpreadsheetWouldRun() throws IOException {
    Random random = new Random(SEED);
    for (int i = 0; i < LINES; i++) {
      List<String> cells = new ArrayList<>();
      for (int c = 1 + random.nextInt(6); c > 0; c--) {
        cells.add(hostile(random));
      }
      String written = line(cells.toArray());
      String why = "seed " + SEED + ", line " + i + ": " + cells;
      CSVRecord read = parse(written);
      assertThat(read.toList()).as(why).hasSize(cells.size());
      for (int c = 0; c < cells.size(); c++) {
        String value = cells.get(c);
        assertThat(read.get(c)).as(why).isEqualTo(SpreadsheetCell.isFormula(value) ? "'" + value : value);
        assertThat(SpreadsheetCell.isFormula(read.get(c))).as(why).isFalse();
      }
    }
  }

  /** A text of one to five hostile pieces, drawn from {@code random}. */
  static String hostile(Random random) {
    StringBuilder s = new StringBuilder();
    for (int n = 1 + random.nextInt(5); n > 0; n--) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private static String line(Object... cells) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetCsv csv = SpreadsheetCsv.on(out);
    csv.record(cells);
    csv.flush();
    String all = out.toString(StandardCharsets.UTF_8);
    assertThat(all).startsWith("\uFEFF");
    return all.substring(1);
  }

  private static CSVRecord parse(String line) throws IOException {
    try (CSVParser p = CSVParser.builder().setReader(new StringReader(line))
        .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get()).get()) {
      List<CSVRecord> records = p.getRecords();
      assertThat(records).hasSize(1);
      return records.getFirst();
    }
  }
}
