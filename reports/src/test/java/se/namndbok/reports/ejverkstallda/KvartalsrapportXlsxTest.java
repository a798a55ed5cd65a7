package se.namndbok.reports.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.testing.TestStore;

/** The workbook read back with POI: the reference's rows, numeric cells, computed totals in bold. */
class KvartalsrapportXlsxTest {
  private static TestStore store;
  private static KvartalsrapportService service;

  @BeforeAll
  static void load() {
    store = TestStore.create();
    store.core().demo().loadStatistik();
    service = store.core().kvartalsrapporter();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Sheet sheet(Lag lag) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KvartalsrapportXlsx.write(service.rapport(lag, Kvartal.parse("2025Q2")), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
  }

  /** Label to numbers, first occurrence of each label (the count table comes first). */
  private static Map<String, List<Integer>> rows(Sheet sheet) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (Row r : sheet) {
      Cell label = r.getCell(0);
      if (label == null || r.getLastCellNum() < 2 || r.getCell(1).getCellType() != CellType.NUMERIC) {
        continue;
      }
      List<Integer> values = new java.util.ArrayList<>();
      for (int c = 1; c < r.getLastCellNum(); c++) {
        values.add((int) r.getCell(c).getNumericCellValue());
      }
      rows.putIfAbsent(label.getStringCellValue(), values);
    }
    return rows;
  }

  @Test
  void solSheetHasTheReferenceRowsAsNumbers() throws Exception {
    Sheet sheet = sheet(Lag.SOL);
    Map<String, List<Integer>> rows = rows(sheet);

    assertThat(sheet.getSheetName()).isEqualTo("SoL 2025Q2");
    assertThat(rows.get("Särskilt boende, ÄO")).containsExactly(31, 17, 48);
    assertThat(rows.get("Total ÄO")).containsExactly(39, 23, 62);
    assertThat(rows.get("Total IFO")).containsExactly(5, 12, 17);
    assertThat(rows.get("Totalt samtliga verksamheter")).containsExactly(44, 38, 82);
  }

  @Test
  void totalsAreBoldAndTheComparisonFollows() throws Exception {
    Sheet sheet = sheet(Lag.LSS);
    Row total = null;
    Row comparison = null;
    for (Row r : sheet) {
      if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Summa total")) {
        if (total == null) {
          total = r;
        } else {
          comparison = r;
        }
      }
    }

    assertThat(total).isNotNull();
    assertThat(sheet.getWorkbook().getFontAt(total.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
    assertThat(comparison).isNotNull();
    assertThat(List.of(comparison.getCell(1).getNumericCellValue(), comparison.getCell(2).getNumericCellValue(),
        comparison.getCell(3).getNumericCellValue())).containsExactly(71.0, 55.0, 51.0);
  }
}
