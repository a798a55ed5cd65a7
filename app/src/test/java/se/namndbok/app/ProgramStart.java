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

  /** The started window; close it after the test, before the store. */
  public static Started start(Stage stage, Database db) {
    Theme.install();
    UiTaskExecutor executor = new UiTaskExecutor();
    WindowStartup startup = new WindowStartup(stage, () -> db, TestStore.CLOCK, new FakeDemo(), executor, "test",
        () -> {});
    startup.start();
    return new Started(executor, startup);
  }

  /** The window's task runner and its start-up, closed in that order: the automatic backup stops as in the program. */
  public record Started(UiTaskExecutor executor, WindowStartup startup) implements AutoCloseable {
    @Override
    public void close() {
      executor.close();
      startup.close();
    }
  }
}
