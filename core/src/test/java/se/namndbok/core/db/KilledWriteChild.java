package se.namndbok.core.db;

import java.nio.file.Path;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.ejverkstallda.BeslutImport;
import se.namndbok.core.testing.TestStore;

/**
 * The process {@link KilledWriteTest} kills: opens the embedded store in a folder and imports a file of gynnande
 * beslut ({@code import DIR FILE}) or restores a backup ({@code restore DIR FILE}), saying "open" once the store
 * is open and "done" when the write has returned.
 */
public final class KilledWriteChild {
  private KilledWriteChild() {}

  public static void main(String[] args) {
    try (Database db = Database.openEmbedded(Path.of(args[1]))) {
      System.out.println("open");
      System.out.flush();
      Path file = Path.of(args[2]);
      if (args[0].equals("import")) {
        new se.namndbok.core.CoreServices(db, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).beslutImport().importera(file);
      } else {
        new BackupService(db, se.namndbok.core.shared.Clock.system()).restore(file);
      }
      System.out.println("done");
      System.out.flush();
    }
  }
}
