package se.namndbok.reports.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.SpreadsheetCell;
import se.namndbok.core.testing.HostileSpreadsheet;
import se.namndbok.core.testing.TestStore;

/**
 * The IVO list and the statistics as XLSX with seeded hostile ids and insats names, read back with POI: no
 * formula cell, no text cell starting a formula, every hostile text there with its apostrophe (decision 0138).
 */
class SpreadsheetXlsxTest {
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
  void theIvoWorkbookPrefixesEveryHostileIdAndKeepsDaysAsNumbers() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IvoListaXlsx.write("SoL 2025Q2", store.core().ivoLista().rader(Lag.SOL, Q2), out);
    List<List<Cell>> rows = read(out.toByteArray());

    assertNothingRuns(rows);
    assertThat(rows.stream().skip(1).map(r -> r.get(0).getStringCellValue()).toList())
        .containsExactlyInAnyOrderElementsOf(data.ids().stream().map(id -> "'" + id).toList());
    assertThat(rows.stream().skip(1).map(r -> r.get(6).getStringCellValue()).distinct().toList())
        .isSubsetOf(data.names().values().stream().map(n -> "'" + n).toList()).isNotEmpty();
    assertThat(rows.get(1).get(7).getCellType()).isEqualTo(CellType.NUMERIC);
  }

  @Test
  void theStatisticsWorkbookPrefixesEveryHostileInsatsName() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KvartalsrapportXlsx.write(store.core().kvartalsrapporter().rapport(Lag.SOL, Q2), out);
    List<List<Cell>> rows = read(out.toByteArray());

    assertNothingRuns(rows);
    List<String> firstCells = rows.stream().filter(r -> !r.isEmpty()).map(r -> r.getFirst())
        .filter(c -> c.getCellType() == CellType.STRING).map(Cell::getStringCellValue).toList();
    for (String name : data.names().values()) {
      assertThat(firstCells).as("seed " + HostileSpreadsheet.SEED + ": " + name)
          .anyMatch(cell -> cell.startsWith("'" + name));
    }
  }

  private static void assertNothingRuns(List<List<Cell>> rows) {
    for (List<Cell> row : rows) {
      for (Cell cell : row) {
        String why = "seed " + HostileSpreadsheet.SEED + ", " + cell.getAddress();
        assertThat(cell.getCellType()).as(why).isNotEqualTo(CellType.FORMULA);
        if (cell.getCellType() == CellType.STRING) {
          assertThat(SpreadsheetCell.isFormula(cell.getStringCellValue())).as(why + ": " + cell).isFalse();
        }
      }
    }
  }

  private static List<List<Cell>> read(byte[] xlsx) throws IOException {
    List<List<Cell>> rows = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : wb.getSheetAt(0)) {
        List<Cell> cells = new ArrayList<>();
        row.forEach(cells::add);
        rows.add(cells);
      }
    }
    return rows;
  }
}
