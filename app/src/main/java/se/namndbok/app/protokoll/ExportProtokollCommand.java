package se.namndbok.app.protokoll;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.namndbok.app.cli.MotesdokumentOptions;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.reports.layout.Progress;

/** {@code export protokoll --sammantrade DATUM [--offentlig] -o FIL.pdf}. */
@Command(name = "protokoll", mixinStandardHelpOptions = true,
    description = "Sammanträdets protokoll: närvaro, justering, anslagsbevis och varje paragraf med beslut.")
public final class ExportProtokollCommand extends StoreCommand {
  @Mixin
  MotesdokumentOptions dokument;

  @Override
  protected int run(CoreServices core) {
    new ProtokollExport(core).protokoll(dokument.datum(), dokument.version(), dokument.output(), Progress.NONE).warnings().forEach(w -> System.err.println("Observera: " + w));
    return 0;
  }
}
