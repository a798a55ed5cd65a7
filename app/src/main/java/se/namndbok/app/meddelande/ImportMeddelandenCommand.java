package se.namndbok.app.meddelande;

import picocli.CommandLine.Command;
import se.namndbok.app.cli.ImportAnmalanCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.anmalan.AnmalanImport;

/** {@code import meddelanden FIL.csv}. */
@Command(name = "meddelanden", mixinStandardHelpOptions = true,
    description = "Meddelanden: avsandare;datum;amne;diarienummer;handlingsid (valfritt paragraf;sekretess). "
        + "Varje meddelande anmäls till nästa sammanträde.")
public final class ImportMeddelandenCommand extends ImportAnmalanCommand {
  @Override
  protected AnmalanImport<?, ?> importer(CoreServices core) {
    return core.meddelandeImport();
  }

  @Override
  protected String vad() {
    return "meddelanden";
  }
}
