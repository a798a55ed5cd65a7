package se.namndbok.app.delegationsbeslut;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.db.Database;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutImport;

/** {@code import delegationsbeslut FIL.csv}: all or nothing; a refused file exits 2 listing every bad line. */
@Command(name = "delegationsbeslut", mixinStandardHelpOptions = true,
    description = "Delegationsbeslut: diarienummer;handlingsid;delegat;beslutsdatum;rubrik "
        + "(valfritt delegationspunkt;sekretess). Varje beslut anmäls till nästa sammanträde.")
public final class ImportDelegationsbeslutCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "FIL.csv", description = "CSV-filen, semikolonseparerad, UTF-8.")
  Path file;

  @Override
  protected int run(Database db) {
    List<Delegationsbeslut> saved = new DelegationsbeslutImport(db, db.files(), db.clock()).importera(file);
    System.out.println(saved.size() + " delegationsbeslut inlästa från " + file.getFileName() + ".");
    return 0;
  }
}
