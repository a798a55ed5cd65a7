package se.namndbok.app.protokoll;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.MotesdokumentOptions;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.reports.layout.Progress;

/** {@code export protokollsutdrag --sammantrade DATUM --paragraf N [--offentlig] -o FIL.pdf}. */
@Command(name = "protokollsutdrag", mixinStandardHelpOptions = true,
    description = "Utdrag ur ett justerat protokoll: en paragraf med utdragsbestyrkande och överklagandehänvisning.")
public final class ExportProtokollsutdragCommand extends StoreCommand {
  @Mixin
  MotesdokumentOptions dokument;

  @Option(names = "--paragraf", required = true, paramLabel = "N", description = "Paragrafens nummer, t.ex. 85.")
  int paragraf;

  @Override
  protected int run(CoreServices core) {
    new ProtokollExport(core).utdrag(dokument.datum(), paragraf, dokument.version(), dokument.output(),
        Progress.NONE).warnings().forEach(w -> System.err.println("Observera: " + w));
    return 0;
  }
}
