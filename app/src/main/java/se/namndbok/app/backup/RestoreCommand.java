package se.namndbok.app.backup;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.Passwords;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.backup.BackupService;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Ersätter databasens innehåll med en säkerhetskopia (från backup). Den inbyggda databasens innehåll sparas först i datamappens sakerhetskopior/.")
public final class RestoreCommand extends StoreCommand {
  @Parameters(paramLabel = "FIL.zip", description = "Säkerhetskopian.")
  Path input;

  @Override
  protected boolean cancellable() {
    return true;
  }

  @Override
  protected int run(CoreServices core) {
    char[] password = BackupService.isEncrypted(input) && core.store().password() == null
        ? Passwords.current("säkerhetskopian " + input.getFileName()) : null;
    var aterstallning = core.backup().restore(input, password, avbrott());
    var summary = aterstallning.innehall();
    System.out.printf("%s återställd: %d rader, %d filer (kopian gjordes %s).%n", input.getFileName(),
        summary.totalRows(), summary.files(), summary.skapad());
    if (aterstallning.fore() != null) { // as in the window: the way back, said where it is
      System.out.printf("Det som fanns före återställningen sparades som %s.%n", aterstallning.fore());
    }
    return 0;
  }
}
