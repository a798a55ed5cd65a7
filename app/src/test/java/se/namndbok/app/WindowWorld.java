package se.namndbok.app;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.SwedishLocale;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.app.testing.TestDesktop;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestStore;

/**
 * The real main window for window tests in any package: a fresh store filled by {@code fill}, its own preferences
 * node, the operating system replaced by a {@link TestDesktop}, the program's Swedish locale and theme, on the
 * test's stage at the given size. Close it after the test.
 */
public final class WindowWorld implements AutoCloseable {
  public final Database db;
  public final TestDesktop desktop = new TestDesktop();
  public final Preferences node = Preferences.userRoot().node("se/namndbok/test/" + UUID.randomUUID());
  public final AppServices services;
  public final UiTaskExecutor executor = new UiTaskExecutor();
  private final MainWindow main;

  public WindowWorld(Stage stage, Consumer<CoreServices> fill, double width, double height) {
    this(stage, fresh(fill), width, height);
  }

  /** On an opened store (e.g. {@code DemoTemplate.copy()}, made before the window starts). */
  public WindowWorld(Stage stage, Database db, double width, double height) {
    this.db = db;
    services = new AppServices(CoreWiring.build(db, TestStore.CLOCK), new WindowPreferences(node), desktop.desktop());
    SwedishLocale.install();
    Theme.install();
    main = new MainWindow(services, executor, Areas.ALL, "Socialnämnden, Luleå kommun  ·  Datamapp: test");
    stage.setX(0);
    stage.setY(0);
    // at the size asked for: the stage is shared by the run's window tests and kept an earlier test's 400×320
    se.namndbok.app.testing.WindowFixture.show(stage, Theme.style(new Scene(main, width, height)));
  }

  private static Database fresh(Consumer<CoreServices> fill) {
    TestStore store = TestStore.create(CoreWiring.renderers());
    fill.accept(store.core());
    return store.db();
  }

  /** The window's title as the stage shows it. */
  public String title() {
    return main.titleProperty().get();
  }

  @Override
  public void close() throws BackingStoreException {
    executor.close();
    node.removeNode();
    db.close();
  }
}
