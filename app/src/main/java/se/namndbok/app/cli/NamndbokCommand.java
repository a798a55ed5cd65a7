package se.namndbok.app.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.namndbok.core.CoreServices;
import se.namndbok.app.shared.ProgramVersion;
import se.namndbok.core.db.Database;

/** {@code namndbok [--data MAPP | --db URL --db-user NAMN] [kommando]}: no command opens the window. */
@Command(name = "namndbok", mixinStandardHelpOptions = true, versionProvider = NamndbokCommand.Version.class,
    resourceBundle = "se.namndbok.app.cli.Cli", usageHelpAutoWidth = true,
    description = "Nämndbok: kallelser, delegationsbeslut, meddelanden och ej verkställda beslut för socialnämnden.%n"
        + "Utan kommando öppnas fönstret.",
    commandListHeading = "%nKommandon:%n", optionListHeading = "%nAlternativ:%n")
public final class NamndbokCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  private final WindowStarter window;
  private final Function<Database, CoreServices> services;

  /** {@code services} builds the core's composition root on the store a command opens. */
  public NamndbokCommand(WindowStarter window, Function<Database, CoreServices> services) {
    this.window = window;
    this.services = services;
  }

  public StoreOptions store() {
    return store;
  }

  CoreServices services(Database db) {
    return services.apply(db);
  }

  @Override
  public Integer call() {
    return window.start(store);
  }

  /**
   * The command line without commands: the program's start registers each feature's commands (so no feature is
   * known here), with the groups {@link #imports()} and {@link #exports()}, then {@link #execute}s it.
   */
  public static CommandLine commandLine(WindowStarter window, Function<Database, CoreServices> services) {
    return commandLine(window, services, System::getenv);
  }

  /** With the environment the passwords are read from (tests give their own). */
  public static CommandLine commandLine(WindowStarter window, Function<Database, CoreServices> services,
      Function<String, String> environment) {
    NamndbokCommand root = new NamndbokCommand(window, services);
    CommandLine cmd = new CommandLine(root);
    root.store.environment(environment);
    return cmd;
  }

  /**
   * Whether {@code args} are only the root's own options with their values (say {@code --data MAPP}), so that the
   * line opens the window and no command's model is needed: picocli builds those by reflection over every
   * command class, 0.2-0.4 s before the window can start (JFR, issue 10 point 3). Help and version are not such
   * options (the help lists the commands), nor is anything else; then all commands are registered as before.
   */
  public static boolean opensWindow(CommandLine root, String... args) {
    return firstWord(root, args) == args.length;
  }

  /**
   * The command {@code args} name after the root's own options and their values (say {@code statistik} in
   * {@code --data MAPP statistik --lag SoL}), or null when they name none or ask the root for help or its version
   * (the help lists every command), or when an option's value before it is the name of one of {@code commands}
   * (picocli takes no command's name for a value: {@code --data ivo statistik} and {@code --data=ivo statistik}
   * lack their folder). Picocli reads what follows the name in that command alone, so the program need register
   * only it.
   */
  public static String namedCommand(CommandLine root, java.util.Set<String> commands, String... args) {
    int i = firstWord(root, args);
    if (i < 0 || i == args.length) {
      return null;
    }
    for (int j = 0; j < i; j++) {
      if (commands.contains(args[j]) || commands.contains(args[j].substring(args[j].indexOf('=') + 1))) {
        return null;
      }
    }
    return args[i];
  }

  /**
   * Where the first word of {@code args} that is neither one of the root's options nor its value is; the length of
   * {@code args} if there is none; -1 if the root is asked for help or its version first, or an option comes that
   * the root does not have or that takes a varying number of values.
   */
  private static int firstWord(CommandLine root, String... args) {
    CommandLine.Model.CommandSpec spec = root.getCommandSpec();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        return i;
      }
      int eq = arg.indexOf('=');
      CommandLine.Model.OptionSpec option = spec.findOption(eq > 0 ? arg.substring(0, eq) : arg);
      if (option == null || option.usageHelp() || option.versionHelp()) {
        return -1;
      }
      CommandLine.Range arity = option.arity();
      if (arity.min() != arity.max() || arity.max() > 1) {
        return -1;
      }
      if (eq < 0 && arity.max() == 1) {
        i++;
      }
    }
    return args.length;
  }

  /** The {@code import} group, for the features' import commands. */
  public static CommandLine imports() {
    return new CommandLine(new ImportCommand());
  }

  /** The {@code export} group, for the features' document commands. */
  public static CommandLine exports() {
    return new CommandLine(new ExportCommand());
  }

  /** Runs one command line and returns its exit status (0 done, 2 bad input or usage, 1 unexpected fault). */
  public static int execute(CommandLine cmd, String... args) {
    CliErrors errors = new CliErrors();
    cmd.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd.execute(args);
  }

  /** {@code namndbok --version}: "Nämndbok 1.0.0", the version the build wrote. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Nämndbok " + ProgramVersion.version()};
    }
  }
}
