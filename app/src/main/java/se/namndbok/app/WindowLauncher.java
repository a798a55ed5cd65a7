package se.namndbok.app;

import se.namndbok.app.cli.StoreOptions;
import se.namndbok.app.demo.DemoLoader;
import se.namndbok.app.shared.Logging;

/** Starts the desktop window; kept apart from the Launcher so commands never load JavaFX classes. */
final class WindowLauncher {
  private WindowLauncher() {}

  static int start(StoreOptions store) {
    Logging.routeJavaLogging();
    OpeningProgress progress = new OpeningProgress();
    NamndbokApp.PasswordOpener withPassword = store.shared() ? null : password -> store.openEmbedded(password, progress);
    NamndbokApp.launch(() -> store.openForWindow(progress), store.dataFolder().toAbsolutePath().toString(),
        DemoLoader.standard(), !store.shared(), withPassword, progress);
    return 0;
  }
}
