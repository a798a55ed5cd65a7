package se.namndbok.core.ejverkstallda;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.shared.SpreadsheetCsv;

/**
 * {@code --format csv}: the report's tables one after another, {@code ;}-separated, UTF-8 with a BOM so that
 * Excel with Swedish settings opens it with å, ä, ö and in columns;
 * insats names a spreadsheet would run as formulas are neutralised ({@link SpreadsheetCsv}).
 */
public final class KvartalsrapportCsv {
  private KvartalsrapportCsv() {}

  /** Writes to {@code out} and flushes; the caller closes it (it may be stdout). */
  public static void write(Kvartalsrapport r, OutputStream out) {
    SpreadsheetCsv csv = SpreadsheetCsv.on(out);
    csv.record(KvartalsrapportTabeller.titel(r));
    for (Tabell t : KvartalsrapportTabeller.tabeller(r)) {
      csv.emptyLine();
      csv.record(t.rubrik());
      csv.record(t.kolumner());
      for (Tabell.Rad rad : t.rader()) {
        List<Object> cells = new ArrayList<>();
        cells.add(rad.etikett());
        cells.addAll(rad.varden());
        csv.record(cells);
      }
    }
    csv.flush();
  }
}
