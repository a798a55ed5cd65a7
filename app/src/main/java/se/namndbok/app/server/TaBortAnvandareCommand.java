package se.namndbok.app.server;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.db.Database;
import se.namndbok.core.CoreServices;

@Command(name = "ta-bort", mixinStandardHelpOptions = true,
    description = "Tar bort en persons inloggning; det personen har gjort står kvar i granskningsloggen.")
public final class TaBortAnvandareCommand extends StoreCommand {
  @Parameters(paramLabel = "NAMN", description = "Inloggningsnamnet.")
  String namn;

  @Override
  protected int run(CoreServices core) {
    core.server().taBort(namn);
    System.out.println("Användaren " + namn + " är borttagen.");
    return 0;
  }
}
