package se.namndbok.core.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --format csv}: the report's tables one after another, {@code ;}-separated, UTF-8 with a BOM so that
 * Excel with Swedish settings opens it with å, ä, ö and in columns.
 */
public final class KvartalsrapportCsv {
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private KvartalsrapportCsv() {}

  /** Writes to {@code out} and flushes; the caller closes it (it may be stdout). */
  public static void write(Kvartalsrapport r, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, FORMAT);
      w.write('\uFEFF');
      csv.printRecord(KvartalsrapportTabeller.titel(r));
      for (Tabell t : KvartalsrapportTabeller.tabeller(r)) {
        csv.println();
        csv.printRecord(t.rubrik());
        csv.printRecord(t.kolumner());
        for (Tabell.Rad rad : t.rader()) {
          List<Object> cells = new ArrayList<>();
          cells.add(rad.etikett());
          cells.addAll(rad.varden());
          csv.printRecord(cells);
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
