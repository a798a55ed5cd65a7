package se.namndbok.core.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** The IVO list as CSV ({@code ;}, UTF-8 with BOM), one line per decision; no personnummer exists to write. */
public final class IvoListaCsv {
  static final List<String> KOLUMNER = List.of("referens", "kön", "födelseår", "beslutsdatum", "avbrottsdatum",
      "insats", "benämning", "dagar", "status", "avslutsorsak", "skäl", "verkställighets- eller avslutsdatum");

  private IvoListaCsv() {}

  /** Writes to {@code out} and flushes; the caller closes it. */
  public static void write(List<IvoRad> rader, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, KvartalsrapportCsv.FORMAT);
      w.write('\uFEFF');
      csv.printRecord(KOLUMNER);
      for (IvoRad r : rader) {
        csv.printRecord(r.referens(), r.kon().name(), text(r.fodelsear()), r.beslutsdatum(), text(r.avbrottsdatum()),
            r.insats().kod(), r.insats().benamning(), r.dagar(), r.status().text(),
            r.status() instanceof Status.Avslutat a ? a.orsak().text() : "", r.skal() == null ? "" : r.skal().text(),
            text(r.datum()));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
