package se.namndbok.app.backup;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.Passwords;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.db.Database;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Ersätter databasens innehåll med en säkerhetskopia (från backup).")
public final class RestoreCommand extends StoreCommand {
  @Parameters(paramLabel = "FIL.zip", description = "Säkerhetskopian.")
  Path input;

  @Override
  protected boolean cancellable() {
    return true;
  }

  @Override
  protected int run(Database db) {
    char[] password = BackupService.isEncrypted(input) && db.password() == null
        ? Passwords.current("säkerhetskopian " + input.getFileName()) : null;
    var summary = new BackupService(db).restore(input, password, avbrott());
    System.out.printf("%s återställd: %d rader, %d filer (kopian gjordes %s).%n", input.getFileName(),
        summary.totalRows(), summary.files(), summary.skapad());
    return 0;
  }
}
