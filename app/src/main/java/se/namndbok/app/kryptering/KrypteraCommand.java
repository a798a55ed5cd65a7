package se.namndbok.app.kryptering;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.Passwords;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.backup.Sakerhetskopior;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.ValidationException;

/** {@code kryptera [--ta-bort]}: encrypts the embedded store with a password, changes it, or removes it. */
@Command(name = "kryptera", mixinStandardHelpOptions = true,
    description = "Krypterar den inbyggda databasen och dess automatiska säkerhetskopior med ett lösenord, eller "
        + "byter lösenordet (nya lösenordet i "
        + "miljövariabeln " + Passwords.NEW_VARIABLE + " eller så frågar programmet). Lösenordet sparas inte: "
        + "utan det kan databasen inte öppnas.")
public final class KrypteraCommand extends StoreCommand {
  @Option(names = "--ta-bort", description = "Tar bort krypteringen (databasen öppnas sedan utan lösenord).")
  boolean remove;

  @Override
  protected int run(CoreServices core) {
    Database db = core.store();
    if (db.folder() == null) {
      throw ValidationException.of("--db", "en delad PostgreSQL-databas krypteras av sin server, inte här");
    }
    if (remove) {
      Sakerhetskopior.Omkrypterade kopior = core.sakerhetskopior().changePassword(null);
      System.out.println("Databasen i " + db.folder() + " är inte längre krypterad." + KrypteringViewModel.kopior(kopior, false));
    } else {
      Sakerhetskopior.Omkrypterade kopior = core.sakerhetskopior().changePassword(Passwords.newPassword());
      System.out.println("Databasen i " + db.folder() + " är krypterad. Glöm inte lösenordet: det sparas ingenstans."
          + KrypteringViewModel.kopior(kopior, true));
    }
    return 0;
  }
}
