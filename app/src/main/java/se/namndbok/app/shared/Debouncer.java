package se.namndbok.app.shared;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs only the last of a burst of calls (typing), after a quiet pause; immediate in tests. */
@FunctionalInterface
public interface Debouncer {
  void call(Runnable action);

  static Debouncer immediate() {
    return Runnable::run;
  }

  /** For the JavaFX thread: each call restarts the pause, the action runs when it ends. */
  static Debouncer fx(Duration quiet) {
    PauseTransition pause = new PauseTransition(quiet);
    return action -> {
      pause.setOnFinished(e -> action.run());
      pause.playFromStart();
    };
  }
}
