package se.namndbok.reports.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.KvartalsrapportTabeller;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.core.shared.SpreadsheetCell;

/**
 * {@code --format xlsx}: the report's tables on one sheet, laid out like §§ 73–74, figures as numbers so
 * that Excel can sum them; headings and the computed totals in bold. Texts are string cells, and one a spreadsheet
 * would run as a formula when edited also gets a leading apostrophe (insats names; decision record 0138).
 */
public final class KvartalsrapportXlsx {
  private KvartalsrapportXlsx() {}

  /** Writes the workbook to {@code out}; the caller closes it. */
  public static void write(Kvartalsrapport r, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(r.lag() + " " + r.kvartal());
      CellStyle bold = bold(wb);
      int row = 0;
      Row title = sheet.createRow(row++);
      title.createCell(0).setCellValue(SpreadsheetCell.text(KvartalsrapportTabeller.titel(r)));
      title.getCell(0).setCellStyle(bold);
      for (Tabell t : KvartalsrapportTabeller.tabeller(r)) {
        row = tabell(sheet, t, row + 1, bold);
      }
      sheet.setColumnWidth(0, 70 * 256);
      for (int c = 1; c <= 3; c++) {
        sheet.setColumnWidth(c, 22 * 256);
      }
      wb.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one table from {@code row}; returns the next free row. */
  private static int tabell(Sheet sheet, Tabell t, int row, CellStyle bold) {
    Row rubrik = sheet.createRow(row++);
    rubrik.createCell(0).setCellValue(SpreadsheetCell.text(t.rubrik()));
    rubrik.getCell(0).setCellStyle(bold);
    Row header = sheet.createRow(row++);
    for (int c = 0; c < t.kolumner().size(); c++) {
      header.createCell(c).setCellValue(SpreadsheetCell.text(t.kolumner().get(c)));
      header.getCell(c).setCellStyle(bold);
    }
    for (Tabell.Rad rad : t.rader()) {
      Row x = sheet.createRow(row++);
      x.createCell(0).setCellValue(SpreadsheetCell.text(rad.etikett()));
      for (int c = 0; c < rad.varden().size(); c++) {
        x.createCell(c + 1).setCellValue(rad.varden().get(c));
      }
      if (rad.summa()) {
        x.forEach(cell -> cell.setCellStyle(bold));
      }
    }
    return row;
  }

  private static CellStyle bold(XSSFWorkbook wb) {
    Font font = wb.createFont();
    font.setBold(true);
    CellStyle style = wb.createCellStyle();
    style.setFont(font);
    return style;
  }
}
