package se.namndbok.app.server;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Anvandare;
import se.namndbok.core.db.Database;
import se.namndbok.core.CoreServices;

@Command(name = "lista", mixinStandardHelpOptions = true, description = "Listar nämndens användare och deras roller.")
public final class ListaAnvandareCommand extends StoreCommand {
  @Override
  protected int run(CoreServices core) {
    for (Anvandare a : core.server().anvandare()) {
      System.out.println(a.namn() + "\t" + a.roller().stream().sorted().map(AnvandarRoll::kod)
          .collect(Collectors.joining(", ")));
    }
    return 0;
  }
}
