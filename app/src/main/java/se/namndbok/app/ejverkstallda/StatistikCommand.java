package se.namndbok.app.ejverkstallda;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import se.namndbok.reports.ejverkstallda.KvartalsrapportXlsx;

/** {@code statistik --lag SoL|LSS --kvartal 2025Q2 [--format ...] [-o FIL]}: the quarterly report. */
@Command(name = "statistik", mixinStandardHelpOptions = true,
    description = "Kvartalsrapporten om ej verkställda gynnande beslut till kommunfullmäktige.")
public final class StatistikCommand extends StoreCommand {
  @Mixin
  LagOchKvartal val;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (standard), csv eller xlsx.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FIL", description = "Filen som skrivs; utan -o skrivs json och csv till standard ut.")
  Path output;

  @Override
  protected int run(Database db) {
    StatistikFormat f = StatistikFormat.parse(format);
    if (f.binary() && output == null) {
      throw ValidationException.of("-o", "formatet " + format.strip() + " kan inte skrivas till terminalen; ange en fil med -o");
    }
    Kvartalsrapport r = new KvartalsrapportService(db, Clock.system()).rapport(val.lag(), val.kvartal());
    Consumer<OutputStream> writer = switch (f) {
      case JSON -> out -> text(out, KvartalsrapportJson.write(r));
      case CSV -> out -> KvartalsrapportCsv.write(r, out);
      case XLSX -> out -> KvartalsrapportXlsx.write(r, out);
    };
    if (output == null) {
      Utfil.stdout(writer);
    } else {
      Utfil.skriv(output, writer);
    }
    return 0;
  }

  private static void text(OutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
