package se.namndbok.app.shared;

import se.namndbok.core.db.Database;

/** Fills an empty store with the demo board ("Öppna demonämnden"); the real one lives in {@code app.demo}. */
@FunctionalInterface
public interface DemoInstaller {
  void install(Database db);
}
