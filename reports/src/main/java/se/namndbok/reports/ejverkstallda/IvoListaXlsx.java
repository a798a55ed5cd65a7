package se.namndbok.reports.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.namndbok.core.ejverkstallda.IvoListaCsv;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.shared.SpreadsheetCell;

/**
 * {@code ivo --format xlsx}: the IVO list on one sheet with the CSV's columns; years and days as numbers, dates as
 * ISO text, and every text through {@link SpreadsheetCell} (an id starting with {@code -} gets its apostrophe,
 * decision record 0138).
 */
public final class IvoListaXlsx {
  private IvoListaXlsx() {}

  /** Writes the workbook to {@code out}; the caller closes it. */
  public static void write(String blad, List<IvoRad> rader, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(blad);
      Row header = sheet.createRow(0);
      CellStyle bold = bold(wb);
      for (int c = 0; c < IvoListaCsv.KOLUMNER.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(IvoListaCsv.KOLUMNER.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, 16 * 256);
      }
      int row = 1;
      for (IvoRad r : rader) {
        Row x = sheet.createRow(row++);
        List<Object> cells = IvoListaCsv.cells(r);
        for (int c = 0; c < cells.size(); c++) {
          set(x.createCell(c), cells.get(c));
        }
      }
      wb.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void set(Cell cell, Object value) {
    switch (value) {
      case null -> cell.setBlank();
      case Number n -> cell.setCellValue(n.doubleValue());
      default -> cell.setCellValue(SpreadsheetCell.text(value.toString()));
    }
  }

  private static CellStyle bold(XSSFWorkbook wb) {
    Font font = wb.createFont();
    font.setBold(true);
    CellStyle style = wb.createCellStyle();
    style.setFont(font);
    return style;
  }
}
