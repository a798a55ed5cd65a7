package se.namndbok.app.ejverkstallda;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.db.Database;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.KvartalsrapportCsv;
import se.namndbok.core.ejverkstallda.KvartalsrapportJson;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.reports.ejverkstallda.KvartalsrapportPdf;
import se.namndbok.reports.ejverkstallda.KvartalsrapportXlsx;
import se.namndbok.reports.ejverkstallda.Tjansteskrivelse;
import se.namndbok.reports.layout.Progress;

/** {@code statistik --lag SoL|LSS --kvartal 2025Q2 [--format ...] [-o FIL]}: the quarterly report. */
@Command(name = "statistik", mixinStandardHelpOptions = true,
    description = "Kvartalsrapporten om ej verkställda gynnande beslut till kommunfullmäktige.")
public final class StatistikCommand extends StoreCommand {
  @Mixin
  LagOchKvartal val;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (standard), csv, xlsx eller pdf (tjänsteskrivelsen).")
  String format;

  @Option(names = "--arendenr", paramLabel = "ÄRENDENR", description = "Ärendenumret som tjänsteskrivelsen (pdf) visar, "
      + "t.ex. 2025/1064-3.9.5.2.")
  String arendenr;

  @Option(names = {"-o", "--output"}, paramLabel = "FIL", description = "Filen som skrivs; utan -o skrivs json och csv till standard ut.")
  Path output;

  @Override
  protected int run(Database db) {
    StatistikFormat f = StatistikFormat.parse(format);
    if (f.binary() && output == null) {
      throw ValidationException.of("-o", "formatet " + format.strip() + " kan inte skrivas till terminalen; ange en fil med -o");
    }
    Clock clock = Clock.system();
    Kvartalsrapport r = new KvartalsrapportService(db, clock).rapport(val.lag(), val.kvartal());
    if (f == StatistikFormat.PDF) {
      Tjansteskrivelse t = Tjansteskrivelse.of(namnd(db, clock), arendenr, r, OffsetDateTime.now(clock.clock()));
      KvartalsrapportPdf.write(t, output, Progress.NONE);
      return 0;
    }
    Consumer<OutputStream> writer = switch (f) {
      case JSON -> out -> text(out, KvartalsrapportJson.write(r));
      case CSV -> out -> KvartalsrapportCsv.write(r, out);
      case XLSX -> out -> KvartalsrapportXlsx.write(r, out);
      case PDF -> throw new IllegalStateException("pdf is written above");
    };
    if (output == null) {
      Utfil.stdout(writer);
    } else {
      Utfil.skriv(output, writer);
    }
    return 0;
  }

  /** The store's board: its names and law references go into the tjänsteskrivelse; none yet exits 2. */
  private static Namnd namnd(Database db, Clock clock) {
    return db.read(tx -> new NamndService(db, clock).require(tx));
  }

  private static void text(OutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
