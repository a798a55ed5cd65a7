package se.namndbok.reports.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.namndbok.core.ejverkstallda.IvoListaCsv;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.shared.SpreadsheetCell;

/**
 * {@code ivo --format xlsx}: the IVO list on one sheet with the CSV's columns, the header in bold; years and days as
 * numbers, dates as date cells shown {@code ÅÅÅÅ-MM-DD} (the Swedish short date), and every text through
 * {@link SpreadsheetCell} (an id starting with {@code -} gets its apostrophe, decision record 0138). Written with
 * fastexcel (decision record 0140).
 */
public final class IvoListaXlsx {
  /** Excel's code for the Swedish short date; the spreadsheet stores the day number. */
  static final String DATUMFORMAT = "yyyy-mm-dd";

  private IvoListaXlsx() {}

  /** Writes the workbook to {@code out}; the caller closes it. */
  public static void write(String blad, List<IvoRad> rader, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "Nämndbok", null);
      Worksheet sheet = wb.newWorksheet(blad);
      for (int c = 0; c < IvoListaCsv.KOLUMNER.size(); c++) {
        sheet.value(0, c, IvoListaCsv.KOLUMNER.get(c));
        sheet.style(0, c).bold().set();
        sheet.width(c, 16);
      }
      int row = 1;
      for (IvoRad r : rader) {
        List<Object> cells = IvoListaCsv.cells(r);
        for (int c = 0; c < cells.size(); c++) {
          set(sheet, row, c, cells.get(c));
        }
        row++;
      }
      wb.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void set(Worksheet sheet, int row, int col, Object value) {
    switch (value) {
      case null -> { } // an empty cell is one the sheet does not list
      case Number n -> sheet.value(row, col, n);
      case LocalDate d -> {
        sheet.value(row, col, d);
        sheet.style(row, col).format(DATUMFORMAT).set();
      }
      default -> sheet.value(row, col, SpreadsheetCell.text(value.toString()));
    }
  }
}
