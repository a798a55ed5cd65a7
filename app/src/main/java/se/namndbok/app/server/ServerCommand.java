package se.namndbok.app.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.namndbok.app.cli.StoreCommand;

/** {@code server init | server anvandare lagg-till|lista|ta-bort}: setting up the shared PostgreSQL store. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Den gemensamma PostgreSQL-databasen: förbered den (init) och hantera nämndens användare.",
    commandListHeading = "%nKommandon:%n")
public final class ServerCommand implements StoreCommand.GroupCommand, Runnable {
  @ParentCommand
  private Object parent;

  @Spec
  private CommandSpec spec;

  /** The {@code server} command with its subcommands, for the program's one list of commands. */
  public static CommandLine commandLine() {
    CommandLine server = new CommandLine(new ServerCommand());
    CommandLine anvandare = new CommandLine(new AnvandareCommand());
    anvandare.addSubcommand(new LaggTillAnvandareCommand());
    anvandare.addSubcommand(new ListaAnvandareCommand());
    anvandare.addSubcommand(new TaBortAnvandareCommand());
    server.addSubcommand(new ServerInitCommand());
    server.addSubcommand(anvandare);
    return server;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Ange vad som ska göras: init eller anvandare.");
  }

  @Override
  public Object parent() {
    return parent;
  }

  /** {@code server anvandare …}. */
  @Command(name = "anvandare", mixinStandardHelpOptions = true, description = "Nämndens användare på servern.",
      commandListHeading = "%nKommandon:%n")
  public static final class AnvandareCommand implements StoreCommand.GroupCommand, Runnable {
    @ParentCommand
    private Object parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "Ange vad som ska göras: lagg-till, lista eller ta-bort.");
    }

    @Override
    public Object parent() {
      return parent;
    }
  }
}
