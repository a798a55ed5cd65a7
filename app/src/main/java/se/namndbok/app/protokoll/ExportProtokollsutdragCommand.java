package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.shared.Texts;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;

/** {@code export protokollsutdrag --sammantrade DATUM --paragraf N [--offentlig] -o FIL.pdf}. */
@Command(name = "protokollsutdrag", mixinStandardHelpOptions = true,
    description = "Utdrag ur ett justerat protokoll: en paragraf med utdragsbestyrkande och överklagandehänvisning.")
public final class ExportProtokollsutdragCommand extends StoreCommand {
  @Option(names = "--sammantrade", required = true, paramLabel = "DATUM", description = "Sammanträdets datum, t.ex. 2025-09-25.")
  String sammantrade;

  @Option(names = "--paragraf", required = true, paramLabel = "N", description = "Paragrafens nummer, t.ex. 85.")
  int paragraf;

  @Option(names = "--offentlig", description = "Versionen för publicering, utan sekretessbelagt innehåll.")
  boolean offentlig;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FIL.pdf", description = "PDF-filen som skrivs.")
  Path output;

  @Override
  protected int run(CoreServices core) {
    LocalDate datum = Texts.parseDate(sammantrade, "--sammantrade");
    new ProtokollExport(core).utdrag(datum, paragraf, offentlig ? Version.OFFENTLIG : Version.LEDAMOT, output,
        Progress.NONE).warnings().forEach(w -> System.err.println("Observera: " + w));
    return 0;
  }
}
