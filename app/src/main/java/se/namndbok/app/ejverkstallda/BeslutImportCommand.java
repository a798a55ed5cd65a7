package se.namndbok.app.ejverkstallda;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.ejverkstallda.BeslutImport;

/** {@code import beslut FIL.csv}: all-or-nothing; a file with any bad line exits 2 and lists every bad line. */
@Command(name = "beslut", mixinStandardHelpOptions = true,
    description = "Gynnande beslut för rapporterna om ej verkställda beslut (format: ej-verkstallda-beslut.md).")
public final class BeslutImportCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "FIL.csv", description = "CSV-filen med ett beslut per rad.")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  protected int run(CoreServices core) {
    BeslutImport.Resultat r = core.beslutImport().importera(file);
    spec.commandLine().getOut().printf("%s: %d rader lästa, %d nya, %d ändrade, %d oförändrade.%n",
        file.getFileName(), r.rader(), r.nya(), r.andrade(), r.oforandrade());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
