package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.SpreadsheetCell;
import se.namndbok.core.testing.HostileSpreadsheet;
import se.namndbok.core.testing.TestStore;

/**
 * The IVO list and the statistics CSV with seeded hostile ids and insats names: read back as a spreadsheet
 * would, no cell starts a formula, and each hostile text is there with its apostrophe (decision record 0138).
 */
class SpreadsheetExportsTest {
  private static final Kvartal Q2 = Kvartal.parse("2025Q2");
  private static TestStore store;
  private static HostileSpreadsheet.Data data;

  @BeforeAll
  static void load() {
    store = TestStore.create();
    data = HostileSpreadsheet.load(store, 200);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theIvoCsvPrefixesEveryHostileIdAndInsatsNameAndRunsNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IvoListaCsv.write(store.core().ivoLista().rader(Lag.SOL, Q2), out);
    List<CSVRecord> records = parse(out.toString(StandardCharsets.UTF_8));

    assertNothingRuns(records);
    assertThat(records.stream().skip(1).map(r -> r.get(0)).toList())
        .containsExactlyInAnyOrderElementsOf(data.ids().stream().map(id -> "'" + id).toList());
    assertThat(records.stream().skip(1).map(r -> r.get(6)).distinct().toList())
        .isSubsetOf(data.names().values().stream().map(n -> "'" + n).toList()).isNotEmpty();
  }

  @Test
  void theStatisticsCsvPrefixesEveryHostileInsatsNameAndRunsNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KvartalsrapportCsv.write(store.core().kvartalsrapporter().rapport(Lag.SOL, Q2), out);
    List<CSVRecord> records = parse(out.toString(StandardCharsets.UTF_8));

    assertNothingRuns(records);
    List<String> firstCells = records.stream().map(r -> r.get(0)).toList();
    for (String name : data.names().values()) {
      assertThat(firstCells).as("seed " + HostileSpreadsheet.SEED + ": " + name)
          .anyMatch(cell -> cell.startsWith("'" + name));
    }
  }

  private static void assertNothingRuns(List<CSVRecord> records) {
    for (CSVRecord r : records) {
      for (String cell : r) {
        assertThat(SpreadsheetCell.isFormula(cell)).as("seed " + HostileSpreadsheet.SEED + ", line "
            + r.getRecordNumber() + ": " + cell).isFalse();
      }
    }
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    assertThat(csv).startsWith("\uFEFF");
    try (CSVParser p = CSVParser.builder().setReader(new StringReader(csv.substring(1)))
        .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get()).get()) {
      return p.getRecords();
    }
  }
}
