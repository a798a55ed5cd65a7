package se.namndbok.app.backup;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.db.Database;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Ersätter databasens innehåll med en säkerhetskopia (från backup).")
public final class RestoreCommand extends StoreCommand {
  @Parameters(paramLabel = "FIL.zip", description = "Säkerhetskopian.")
  Path input;

  @Override
  protected int run(Database db) {
    new BackupService(db).restore(input);
    return 0;
  }
}
