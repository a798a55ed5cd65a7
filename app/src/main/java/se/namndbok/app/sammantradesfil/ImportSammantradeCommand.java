package se.namndbok.app.sammantradesfil;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.sammantradesfil.SammantradesfilImport;

/** {@code import sammantrade FIL.json}: a meeting file into the store, all or nothing. */
@Command(name = "sammantrade", mixinStandardHelpOptions = true,
    description = "Ett sammanträde från en fil som export sammantrade skrivit. Allt eller inget: ett fel anges med "
        + "sin plats i filen (t.ex. punkter[3].sekretess.grund) och inget sparas. Ett utskickat eller justerat "
        + "sammanträde tar inte emot en fil.")
public final class ImportSammantradeCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "FIL.json", description = "Filen från export sammantrade.")
  Path file;

  @Override
  protected int run(CoreServices core) {
    SammantradesfilImport.Importerat i = core.sammantradesfilImport().importera(file);
    System.out.println("Sammanträdet " + i.sammantrade().datum() + " är inläst från " + file.getFileName() + ": "
        + antal(i.punkter(), "punkt", "punkter") + ", " + antal(i.arenden(), "ärende", "ärenden") + ", "
        + antal(i.anmalningar(), "anmälan", "anmälningar") + ".");
    return 0;
  }

  /** "1 anmälan", "3 anmälningar". */
  static String antal(int n, String en, String flera) {
    return n + " " + (n == 1 ? en : flera);
  }
}
