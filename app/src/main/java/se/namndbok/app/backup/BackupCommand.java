package se.namndbok.app.backup;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;

@Command(name = "backup", mixinStandardHelpOptions = true, description = "Skriver en konsistent kopia av hela databasen och alla filer till en zip-fil.")
public final class BackupCommand extends StoreCommand {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FIL.zip", description = "Filen som skrivs.")
  Path output;

  @Override
  protected int run(CoreServices core) {
    core.backup().backup(output);
    return 0;
  }
}
