package se.namndbok.app.demo;

import picocli.CommandLine.Command;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.db.Database;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Fyller en tom databas med demonämnden: Socialnämndens sammanträde 2025-10-23 med ärenden, "
        + "meddelanden, delegationsbeslut och statistiken bakom §§ 73–74. Vägrar om databasen redan har data.")
public final class DemoCommand extends StoreCommand {

  @Override
  protected int run(Database db) {
    DemoLoader.standard().load(db);
    return 0;
  }
}
