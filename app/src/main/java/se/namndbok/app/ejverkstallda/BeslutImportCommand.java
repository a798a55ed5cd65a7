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
  protected boolean cancellable() {
    return true;
  }

  @Override
  protected int run(CoreServices core) {
    BeslutImport.Resultat r = core.beslutImport().importera(file, avbrott());
    spec.commandLine().getOut().printf("%s: %s, %s, %s, %s.%n", file.getFileName(),
        antal(r.rader(), "rad läst", "rader lästa"), antal(r.nya(), "ny", "nya"),
        antal(r.andrade(), "ändrad", "ändrade"), antal(r.oforandrade(), "oförändrad", "oförändrade"));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** "1 rad läst", "2 rader lästa": the number without grouping, for a script that reads the line. */
  static String antal(long n, String en, String flera) {
    return n + " " + (n == 1 ? en : flera);
  }
}
