package se.namndbok.core.ejverkstallda;

import java.io.OutputStream;
import java.util.List;
import se.namndbok.core.shared.SpreadsheetCsv;

/** The IVO list as CSV ({@code ;}, UTF-8 with BOM), one line per decision; no personnummer exists to write.
 * Texts a spreadsheet would run as formulas are neutralised ({@link SpreadsheetCsv}). */
public final class IvoListaCsv {
  public static final List<String> KOLUMNER = List.of("referens", "kön", "födelseår", "beslutsdatum", "avbrottsdatum",
      "insats", "benämning", "dagar", "status", "avslutsorsak", "skäl", "erbjudanden",
      "verkställighets- eller avslutsdatum");

  private IvoListaCsv() {}

  /** Writes to {@code out} and flushes; the caller closes it. */
  public static void write(List<IvoRad> rader, OutputStream out) {
    SpreadsheetCsv csv = SpreadsheetCsv.on(out);
    csv.record(KOLUMNER);
    for (IvoRad r : rader) {
      csv.record(cells(r));
    }
    csv.flush();
  }

  /** One decision's cells, in the order of {@link #KOLUMNER}: texts, numbers and dates (null: empty). */
  public static List<Object> cells(IvoRad r) {
    return java.util.Arrays.asList(r.referens(), r.kon().name(), r.fodelsear(), r.beslutsdatum(), r.avbrottsdatum(),
        r.insats().kod(), r.insats().benamning(), r.dagar(), r.status().text(),
        r.status() instanceof Status.Avslutat a ? a.orsak().text() : "", r.skal() == null ? "" : r.skal().text(),
        r.erbjudandenText(), r.datum());
  }
}
