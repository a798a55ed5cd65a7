package se.namndbok.app.migrera;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;
import se.namndbok.core.migrera.MigreringService;

@Command(name = "migrera", mixinStandardHelpOptions = true,
    description = "Kopierar den inbyggda databasen (--data) med alla filer till en tom gemensam PostgreSQL-databas "
        + "och kontrollerar kopian (rader per tabell, varje fils SHA-256); stämmer något inte sparas ingenting.")
public final class MigreraCommand extends StoreCommand {
  @Option(names = "--till-db", required = true, paramLabel = "JDBC-URL", description = "Den gemensamma databasen, "
      + "förberedd med server init.")
  String url;

  @Option(names = "--till-db-user", required = true, paramLabel = "NAMN", description = "Databasens ägare; "
      + "lösenordet i miljövariabeln NAMNDBOK_DB_PASSWORD.")
  String user;

  @Override
  protected int run(CoreServices kalla) {
    try (Database mal = root().store().openShared("--till-db", url, user, "--till-db-user")) {
      MigreringService.Migrering m = kalla.migreringTill(services(mal)).migrera();
      System.out.println("Klart: " + m.totaltRader() + " rader i " + m.rader().size() + " tabeller och " + m.filer()
          + " filer kopierade och kontrollerade.");
      for (Map.Entry<String, Integer> e : m.rader().entrySet()) {
        System.out.println("  " + e.getKey() + "\t" + e.getValue());
      }
    }
    return 0;
  }
}
