package se.namndbok.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.namndbok.app.backup.BackupCommand;
import se.namndbok.app.backup.RestoreCommand;

/** {@code namndbok [--data MAPP | --db URL --db-user NAMN] [kommando]}: no command opens the window. */
@Command(name = "namndbok", mixinStandardHelpOptions = true, version = "Nämndbok 1.0",
    resourceBundle = "se.namndbok.app.cli.Cli", usageHelpAutoWidth = true,
    description = "Nämndbok: kallelser, delegationsbeslut, meddelanden och ej verkställda beslut för socialnämnden.%n"
        + "Utan kommando öppnas fönstret.",
    commandListHeading = "%nKommandon:%n", optionListHeading = "%nAlternativ:%n",
    subcommands = {BackupCommand.class, RestoreCommand.class})
public final class NamndbokCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  private final WindowStarter window;

  public NamndbokCommand(WindowStarter window) {
    this.window = window;
  }

  public StoreOptions store() {
    return store;
  }

  @Override
  public Integer call() {
    return window.start(store);
  }

  /** Runs one command line and returns its exit status (0 done, 2 bad input or usage, 1 unexpected fault). */
  public static int run(WindowStarter window, String... args) {
    return run(window, System::getenv, args);
  }

  /** {@link #run(WindowStarter, String...)} with the passwords' environment given (tests). */
  public static int run(WindowStarter window, java.util.function.Function<String, String> environment, String... args) {
    CliErrors errors = new CliErrors();
    NamndbokCommand root = new NamndbokCommand(window);
    CommandLine cmd = new CommandLine(root);
    root.store.environment(environment);
    CommandLine imports = new CommandLine(new ImportCommand());
    CommandLine exports = new CommandLine(new ExportCommand());
    // Each feature registers its commands here, one line each.
    cmd.addSubcommand("demo", new se.namndbok.app.demo.DemoCommand());
    imports.addSubcommand("beslut", new se.namndbok.app.ejverkstallda.BeslutImportCommand());
    cmd.addSubcommand("statistik", new se.namndbok.app.ejverkstallda.StatistikCommand());
    cmd.addSubcommand("ivo", new se.namndbok.app.ejverkstallda.IvoCommand());
    cmd.addSubcommand("import", imports);
    cmd.addSubcommand("export", exports);
    imports.addSubcommand(new se.namndbok.app.delegationsbeslut.ImportDelegationsbeslutCommand());
    imports.addSubcommand(new se.namndbok.app.meddelande.ImportMeddelandenCommand());
    exports.addSubcommand(new se.namndbok.app.kallelse.ExportKallelseCommand.Kallelse());
    exports.addSubcommand(new se.namndbok.app.kallelse.ExportKallelseCommand.Delegationsbeslut());
    exports.addSubcommand(new se.namndbok.app.kallelse.ExportKallelseCommand.Meddelanden());
    exports.addSubcommand(new se.namndbok.app.protokoll.ExportProtokollCommand());
    cmd.addSubcommand(se.namndbok.app.server.ServerCommand.commandLine());
    cmd.addSubcommand("migrera", new se.namndbok.app.migrera.MigreraCommand());
    cmd.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd.execute(args);
  }
}
