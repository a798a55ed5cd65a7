package se.namndbok.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
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
    return run(window, services, environment, false, args);
  }

  /**
   * {@code everyCommand} registers all commands whatever the line names, as the program did before it registered
   * only the named one; for the test that both read every line alike.
   */
  static int run(WindowStarter window, Function<Database, CoreServices> services,
      Function<String, String> environment, boolean everyCommand, String... args) {
    CommandLine cmd = NamndbokCommand.commandLine(window, services, environment);
    if (NamndbokCommand.opensWindow(cmd, args)) {
      return NamndbokCommand.execute(cmd, args); // the window: no command is named, none need be built
    }
    prepareStore(args);
    Map<String, Supplier<Object>> commands = commands();
    String named = everyCommand ? null : NamndbokCommand.namedCommand(cmd, commands.keySet(), args);
    if (named != null && commands.containsKey(named)) {
      cmd.addSubcommand(named, commands.get(named).get()); // picocli reads the rest of the line in it alone
    } else {
      commands.forEach((name, command) -> cmd.addSubcommand(name, command.get())); // help, or an unknown name
    }
    return NamndbokCommand.execute(cmd, args);
  }

  /**
   * The program's commands in the order the help lists them, each made only when a line needs it: picocli builds
   * a command's model by reflection over its class and its options' (0.2-0.4 s for them all in a new JVM, issue 10
   * point 3), and a line runs one command.
   */
  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("backup", BackupCommand::new);
    all.put("restore", RestoreCommand::new);
    all.put("demo", DemoCommand::new);
    all.put("statistik", StatistikCommand::new);
    all.put("ivo", IvoCommand::new);
    all.put("import", Commands::imports);
    all.put("export", Commands::exports);
    all.put("server", ServerCommand::commandLine);
    all.put("migrera", MigreraCommand::new);
    all.put("kryptera", se.namndbok.app.kryptering.KrypteraCommand::new);
    return all;
  }

  private static CommandLine imports() {
    CommandLine imports = NamndbokCommand.imports();
    imports.addSubcommand("beslut", new BeslutImportCommand());
    imports.addSubcommand(new ImportDelegationsbeslutCommand());
    imports.addSubcommand(new se.namndbok.app.delegationsbeslut.ImportDelegationsordningCommand());
    imports.addSubcommand(new ImportMeddelandenCommand());
    imports.addSubcommand(new se.namndbok.app.sammantradesfil.ImportSammantradeCommand());
    return imports;
  }

  private static CommandLine exports() {
    CommandLine exports = NamndbokCommand.exports();
    exports.addSubcommand(new ExportKallelseCommand.Kallelse());
    exports.addSubcommand(new ExportKallelseCommand.Delegationsbeslut());
    exports.addSubcommand(new ExportKallelseCommand.Meddelanden());
    exports.addSubcommand(new ExportProtokollCommand());
    exports.addSubcommand(new se.namndbok.app.sammantradesfil.ExportSammantradeCommand());
    exports.addSubcommand(new se.namndbok.app.protokoll.ExportProtokollsutdragCommand());
    return exports;
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
