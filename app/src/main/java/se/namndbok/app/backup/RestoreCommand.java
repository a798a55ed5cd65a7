package se.namndbok.app.backup;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Ersätter databasens innehåll med en säkerhetskopia (från backup).")
public final class RestoreCommand extends StoreCommand {
  @Parameters(paramLabel = "FIL.zip", description = "Säkerhetskopian.")
  Path input;

  @Override
  protected int run(CoreServices core) {
    core.backup().restore(input);
    return 0;
  }
}
