package se.namndbok.app.demo;

import se.namndbok.core.CoreServices;
import picocli.CommandLine.Command;
import se.namndbok.app.cli.StoreCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Fyller en tom databas med demonämnden: Socialnämndens sammanträde 2025-10-23 med ärenden, "
        + "meddelanden, delegationsbeslut och statistiken bakom §§ 73–74. Vägrar om databasen redan har data.")
public final class DemoCommand extends StoreCommand {

  @Override
  protected int run(CoreServices core) {
    DemoLoader.standard().install(core);
    return 0;
  }
}
