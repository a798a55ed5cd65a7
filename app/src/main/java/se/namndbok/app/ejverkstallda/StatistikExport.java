package se.namndbok.app.ejverkstallda;

import se.namndbok.core.CoreServices;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.KvartalsrapportCsv;
import se.namndbok.core.ejverkstallda.KvartalsrapportJson;
import se.namndbok.reports.ejverkstallda.KvartalsrapportPdf;
import se.namndbok.reports.ejverkstallda.KvartalsrapportXlsx;
import se.namndbok.reports.ejverkstallda.Tjansteskrivelse;
import se.namndbok.reports.layout.Progress;

/**
 * Writes a quarter's report in one of the formats, the same way for {@code statistik} and the window: files go
 * to a temporary name and are renamed when complete. The tjänsteskrivelse takes the board's names and law
 * reference; a store without a board is refused in Swedish.
 */
final class StatistikExport {
  private StatistikExport() {}

  static void toFile(CoreServices core, Kvartalsrapport r, StatistikFormat f, String arendenr, Path out) {
    if (f == StatistikFormat.PDF) {
      Tjansteskrivelse t = Tjansteskrivelse.of(core.namnd().require(),
          core.tjansteskrivelse().uppgifter(r.lag(), r.kvartal()), arendenr, r, OffsetDateTime.now(core.clock().clock()));
      KvartalsrapportPdf.write(t, out, Progress.NONE);
    } else {
      Utfil.skriv(out, writer(r, f));
    }
  }

  /** The writer of a format that is not the PDF (that one lays out pages and writes its own file). */
  static Consumer<OutputStream> writer(Kvartalsrapport r, StatistikFormat f) {
    return switch (f) {
      case JSON -> out -> text(out, KvartalsrapportJson.write(r));
      case CSV -> out -> KvartalsrapportCsv.write(r, out);
      case XLSX -> out -> KvartalsrapportXlsx.write(r, out);
      case PDF -> throw new IllegalArgumentException("the pdf is written by toFile");
    };
  }

  private static void text(OutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
