package se.namndbok.app;

import se.namndbok.app.cli.StoreOptions;

/** Starts the desktop window; kept apart from the Launcher so commands never load JavaFX classes. */
final class WindowLauncher {
  private WindowLauncher() {}

  static int start(StoreOptions store) {
    System.err.println("Fönstret är inte med i den här versionen ännu.");
    return 1;
  }
}
