package se.namndbok.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;
import se.namndbok.core.CoreServices;
import se.namndbok.core.anmalan.AnmalanImport;

/**
 * {@code import delegationsbeslut|meddelanden FIL.csv}: all or nothing, the same for both kinds of anmälan; a
 * refused file exits 2 listing every bad line. A kind names itself and its import.
 */
public abstract class ImportAnmalanCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "FIL.csv", description = "CSV-filen, semikolonseparerad, UTF-8.")
  Path file;

  /** The core's import of the kind. */
  protected abstract AnmalanImport<?, ?> importer(CoreServices core);

  /** "delegationsbeslut", "meddelanden": as the summary line names them. */
  protected abstract String vad();

  @Override
  protected int run(CoreServices core) {
    int n = importer(core).importera(file).size();
    System.out.println(n + " " + vad() + " inlästa från " + file.getFileName() + ".");
    return 0;
  }
}
