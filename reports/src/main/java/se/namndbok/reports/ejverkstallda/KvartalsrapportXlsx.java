package se.namndbok.reports.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.KvartalsrapportTabeller;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.core.shared.SpreadsheetCell;

/**
 * {@code --format xlsx}: the report's tables on one sheet, laid out like §§ 73–74, figures as numbers so
 * that Excel can sum them; headings and the computed totals in bold. Texts are string cells, and one a spreadsheet
 * would run as a formula when edited also gets a leading apostrophe (insats names; decision record 0138). Written
 * with fastexcel (decision record 0140).
 */
public final class KvartalsrapportXlsx {
  private KvartalsrapportXlsx() {}

  /** Writes the workbook to {@code out}; the caller closes it. */
  public static void write(Kvartalsrapport r, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "Nämndbok", null);
      Worksheet sheet = wb.newWorksheet(r.lag() + " " + r.kvartal());
      int row = 0;
      bold(sheet, row++, 0, KvartalsrapportTabeller.titel(r));
      for (Tabell t : KvartalsrapportTabeller.tabeller(r)) {
        row = tabell(sheet, t, row + 1);
      }
      sheet.width(0, 70);
      for (int c = 1; c <= 6; c++) { // the list of differences has six figures
        sheet.width(c, 22);
      }
      wb.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one table from {@code row}; returns the next free row. */
  private static int tabell(Worksheet sheet, Tabell t, int row) {
    bold(sheet, row++, 0, t.rubrik());
    for (int c = 0; c < t.kolumner().size(); c++) {
      bold(sheet, row, c, t.kolumner().get(c));
    }
    row++;
    for (Tabell.Rad rad : t.rader()) {
      sheet.value(row, 0, SpreadsheetCell.text(rad.etikett()));
      for (int c = 0; c < rad.varden().size(); c++) {
        sheet.value(row, c + 1, rad.varden().get(c));
      }
      if (rad.summa()) {
        sheet.range(row, 0, row, rad.varden().size()).style().bold().set();
      }
      row++;
    }
    return row;
  }

  private static void bold(Worksheet sheet, int row, int col, String text) {
    sheet.value(row, col, SpreadsheetCell.text(text));
    sheet.style(row, col).bold().set();
  }
}
