package se.namndbok.app.meddelande;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.db.Database;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeImport;

/** {@code import meddelanden FIL.csv}: all or nothing; a refused file exits 2 listing every bad line. */
@Command(name = "meddelanden", mixinStandardHelpOptions = true,
    description = "Meddelanden: avsandare;datum;amne;diarienummer;handlingsid (valfritt paragraf;sekretess). "
        + "Varje meddelande anmäls till nästa sammanträde.")
public final class ImportMeddelandenCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "FIL.csv", description = "CSV-filen, semikolonseparerad, UTF-8.")
  Path file;

  @Override
  protected int run(Database db) {
    List<Meddelande> saved = new MeddelandeImport(db, db.files(), db.clock()).importera(file);
    System.out.println(saved.size() + " meddelanden inlästa från " + file.getFileName() + ".");
    return 0;
  }
}
