package se.namndbok.reports.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.IvoListaCsv;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.SpreadsheetCell;
import se.namndbok.core.testing.HostileSpreadsheet;
import se.namndbok.core.testing.TestStore;

/**
 * The IVO list and the statistics as XLSX with seeded hostile ids and insats names, read back with POI (another
 * implementation than the writer, fastexcel): no formula cell, no text cell starting a formula, every hostile text
 * there with its apostrophe (decision 0138); the IVO list's header bold and its dates real dates (decision 0140).
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
  void theIvoWorkbookHasABoldHeaderAndItsDatesAsDateCellsShownTheSwedishWay() throws IOException {
    List<IvoRad> rader = store.core().ivoLista().rader(Lag.SOL, Q2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IvoListaXlsx.write("SoL 2025Q2", rader, out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(0);
      for (int c = 0; c < IvoListaCsv.KOLUMNER.size(); c++) {
        assertThat(header.getCell(c).getStringCellValue()).isEqualTo(IvoListaCsv.KOLUMNER.get(c));
        assertThat(wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getColumnWidth(c)).as("column " + c).isBetween(15 * 256, 17 * 256);
      }
      for (int i = 0; i < rader.size(); i++) {
        IvoRad rad = rader.get(i);
        Cell beslutsdatum = sheet.getRow(i + 1).getCell(3);
        assertThat(beslutsdatum.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(beslutsdatum)).isTrue();
        assertThat(beslutsdatum.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(beslutsdatum.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(rad.beslutsdatum());
        assertThat(new DataFormatter(Locale.forLanguageTag("sv-SE")).formatCellValue(beslutsdatum))
            .isEqualTo(rad.beslutsdatum().toString());
        assertThat(sheet.getRow(i + 1).getCell(2).getNumericCellValue()).isEqualTo(rad.fodelsear().doubleValue());
      }
    }
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
        for (int c = 0; c < row.getLastCellNum(); c++) {
          // an empty cell (no avbrottsdatum, say) is not listed in the file: read as blank, in its column
          cells.add(row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
