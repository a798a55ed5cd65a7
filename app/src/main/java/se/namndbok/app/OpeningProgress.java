package se.namndbok.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import se.namndbok.core.db.OpenProgress;

/**
 * Carries what the store's opening says during an upgrade (core's {@link OpenProgress}) to the loading view. The
 * store starts opening before the window exists (decision 0041), so the latest line is kept for the view to show
 * when it appears; after that each line is handed to it on the JavaFX thread.
 */
final class OpeningProgress implements OpenProgress {
  private volatile String latest;
  private volatile Consumer<String> view;

  @Override
  public void report(String line) {
    latest = line;
    Consumer<String> v = view;
    if (v != null) {
      Platform.runLater(() -> v.accept(line));
    }
  }

  /** Shows the latest line now (on the JavaFX thread), if any, and every later one; replaces an earlier view. */
  void showIn(Consumer<String> onFxThread) {
    view = onFxThread;
    String line = latest;
    if (line != null) {
      onFxThread.accept(line);
    }
  }
}
