package se.namndbok.app.kallelse;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.MotesdokumentOptions;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;

/** {@code export kallelse|delegationsbeslut|meddelanden --sammantrade DATUM [--offentlig] -o FIL.pdf}. */
public abstract class ExportKallelseCommand extends StoreCommand {
  @Mixin
  MotesdokumentOptions dokument;

  abstract ExportResult write(MotesExport export, LocalDate datum, Version version, Path out);

  @Override
  protected int run(CoreServices core) {
    ExportResult r = write(new MotesExport(core), dokument.datum(), dokument.version(), dokument.output());
    r.warnings().forEach(w -> System.err.println("Observera: " + w));
    return 0;
  }

  @Command(name = "kallelse", mixinStandardHelpOptions = true, description = "Kallelsen med innehållsförteckning och bilagor.")
  public static final class Kallelse extends ExportKallelseCommand {
    @Option(names = "--utskick", description = "Skickar ut kallelsen: ledamotsversionen och den offentliga versionen "
        + "sparas exakt som de skickas (nästa version) och den valda skrivs till filen.")
    boolean utskick;

    @Override
    ExportResult write(MotesExport e, LocalDate d, Version v, Path out) {
      if (utskick) {
        MotesExport.Skickad s = e.skickaUt(d, v, out);
        System.out.println("Kallelsen till sammanträdet " + d + " är utskickad som version " + s.utskick().version()
            + " (sha256 " + s.utskick().sha256(v == Version.OFFENTLIG) + ").");
        return s.fil();
      }
      return e.kallelse(d, v, out, Progress.NONE);
    }
  }

  @Command(name = "delegationsbeslut", mixinStandardHelpOptions = true,
      description = "Redovisning av delegationsbeslut till sammanträdet, grupperade per delegat.")
  public static final class Delegationsbeslut extends ExportKallelseCommand {
    @Override
    ExportResult write(MotesExport e, LocalDate d, Version v, Path out) {
      return e.delegationsbeslut(d, v, out, Progress.NONE);
    }
  }

  @Command(name = "meddelanden", mixinStandardHelpOptions = true, description = "Redovisning av meddelanden till sammanträdet.")
  public static final class Meddelanden extends ExportKallelseCommand {
    @Override
    ExportResult write(MotesExport e, LocalDate d, Version v, Path out) {
      return e.meddelanden(d, v, out, Progress.NONE);
    }
  }
}
