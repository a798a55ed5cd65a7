package se.namndbok.app.server;

import picocli.CommandLine.Command;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.app.cli.StoreOptions;
import se.namndbok.core.db.Database;
import se.namndbok.core.CoreServices;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Skapar (eller uppgraderar) Nämndboks tabeller, roller och rättigheter i en tom PostgreSQL-databas. "
        + "Körs av databasens ägare med --db och --db-user.")
public final class ServerInitCommand extends StoreCommand {
  @Override
  protected Database open(StoreOptions store) {
    return store.connect();
  }

  @Override
  protected int run(CoreServices core) {
    String version = core.server().init();
    System.out.println("Databasen är förberedd för Nämndbok (version " + version + "). Lägg till användare med: "
        + "server anvandare lagg-till NAMN --roll ROLL");
    return 0;
  }
}
