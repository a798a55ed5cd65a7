package se.namndbok.app;

import java.util.function.Function;
import picocli.CommandLine;
import se.namndbok.app.backup.BackupCommand;
import se.namndbok.app.backup.RestoreCommand;
import se.namndbok.app.cli.NamndbokCommand;
import se.namndbok.app.cli.WindowStarter;
import se.namndbok.app.delegationsbeslut.ImportDelegationsbeslutCommand;
import se.namndbok.app.demo.DemoCommand;
import se.namndbok.app.ejverkstallda.BeslutImportCommand;
import se.namndbok.app.ejverkstallda.IvoCommand;
import se.namndbok.app.ejverkstallda.StatistikCommand;
import se.namndbok.app.kallelse.ExportKallelseCommand;
import se.namndbok.app.meddelande.ImportMeddelandenCommand;
import se.namndbok.app.migrera.MigreraCommand;
import se.namndbok.app.protokoll.ExportProtokollCommand;
import se.namndbok.app.server.ServerCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;

/**
 * Where the program starts: every feature's commands are registered here, one line each, so the command-line
 * package knows no feature and no feature imports it back in a cycle.
 */
public final class Commands {
  private Commands() {}

  /** Runs one command line on the store's services (built from the system clock); returns the exit status. */
  public static int run(WindowStarter window, String... args) {
    return runIn(System::getenv, window, args);
  }

  /** With the environment the passwords are read from (tests). */
  public static int runIn(Function<String, String> environment, WindowStarter window, String... args) {
    return run(window, db -> CoreWiring.build(db, db.clock()), environment, args);
  }

  /** With the given way to build the core's services on the opened store (tests give their own clock). */
  public static int run(WindowStarter window, Function<Database, CoreServices> services, String... args) {
    return run(window, services, System::getenv, args);
  }

  /**
   * The program's one list of commands. On the shared store changes are recorded under the logged-in database
   * user ({@code Database.clock()}).
   */
  public static int run(WindowStarter window, Function<Database, CoreServices> services,
      Function<String, String> environment, String... args) {
    CommandLine cmd = NamndbokCommand.commandLine(window, services, environment);
    if (NamndbokCommand.opensWindow(cmd, args)) {
      return NamndbokCommand.execute(cmd, args); // the window: no command is named, none need be built
    }
    prepareStore(args);
    CommandLine imports = NamndbokCommand.imports();
    CommandLine exports = NamndbokCommand.exports();
    cmd.addSubcommand("backup", new BackupCommand());
    cmd.addSubcommand("restore", new RestoreCommand());
    cmd.addSubcommand("demo", new DemoCommand());
    cmd.addSubcommand("statistik", new StatistikCommand());
    cmd.addSubcommand("ivo", new IvoCommand());
    cmd.addSubcommand("import", imports);
    cmd.addSubcommand("export", exports);
    imports.addSubcommand("beslut", new BeslutImportCommand());
    imports.addSubcommand(new ImportDelegationsbeslutCommand());
    imports.addSubcommand(new se.namndbok.app.delegationsbeslut.ImportDelegationsordningCommand());
    imports.addSubcommand(new ImportMeddelandenCommand());
    exports.addSubcommand(new ExportKallelseCommand.Kallelse());
    exports.addSubcommand(new ExportKallelseCommand.Delegationsbeslut());
    exports.addSubcommand(new ExportKallelseCommand.Meddelanden());
    exports.addSubcommand(new ExportProtokollCommand());
    exports.addSubcommand(new se.namndbok.app.sammantradesfil.ExportSammantradeCommand());
    imports.addSubcommand(new se.namndbok.app.sammantradesfil.ImportSammantradeCommand());
    exports.addSubcommand(new se.namndbok.app.protokoll.ExportProtokollsutdragCommand());
    cmd.addSubcommand(ServerCommand.commandLine());
    cmd.addSubcommand("migrera", new MigreraCommand());
    cmd.addSubcommand("kryptera", new se.namndbok.app.kryptering.KrypteraCommand());
    return NamndbokCommand.execute(cmd, args);
  }

  /**
   * A command on a store: while picocli builds the commands' models from their annotations (a few hundred ms on
   * the main thread), a thread of its own loads what opening the store and building the services will need
   * (decision 0149). It opens nothing; a line that only asks for help or the version does not start it.
   */
  private static void prepareStore(String... args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h") || a.equals("help") || a.equals("--version") || a.equals("-V")) {
        return;
      }
    }
    if (args.length > 0) {
      Thread.ofPlatform().daemon().name("namndbok-forbered").start(CoreServices::prepare);
    }
  }
}
