package se.namndbok.app;

import javafx.stage.Stage;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestStore;

/** Starts the window the way the program does ({@code NamndbokApp.start}), on a given store, for tests in any package. */
public final class ProgramStart {
  private ProgramStart() {}

  /** Returns the task runner; close it after the test. */
  public static UiTaskExecutor start(Stage stage, Database db) {
    Theme.install();
    UiTaskExecutor executor = new UiTaskExecutor();
    new WindowStartup(stage, () -> db, TestStore.CLOCK, new FakeDemo(), executor, "test", () -> {}).start();
    return executor;
  }
}
