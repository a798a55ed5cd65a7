package se.namndbok.app;

import se.namndbok.app.cli.StoreOptions;
import se.namndbok.app.demo.DemoLoader;

/** Starts the desktop window; kept apart from the Launcher so commands never load JavaFX classes. */
final class WindowLauncher {
  private WindowLauncher() {}

  static int start(StoreOptions store) {
    NamndbokApp.launch(store::openForWindow, store.dataFolder().toAbsolutePath().toString(), DemoLoader.standard(),
        !store.shared(), store.shared() ? null : store::openEmbedded);
    return 0;
  }
}
