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

  /**
   * As {@link #fx(Duration)}, but a burst that goes on runs the last action at the latest {@code atMost} after the
   * burst's first call: someone typing without a pause still has it run every so often.
   */
  static Debouncer fx(Duration quiet, Duration atMost) {
    PauseTransition pause = new PauseTransition(quiet);
    PauseTransition longest = new PauseTransition(atMost);
    return action -> {
      javafx.event.EventHandler<javafx.event.ActionEvent> run = e -> {
        pause.stop();
        longest.stop();
        action.run();
      };
      pause.setOnFinished(run);
      longest.setOnFinished(run);
      pause.playFromStart();
      if (longest.getStatus() != javafx.animation.Animation.Status.RUNNING) {
        longest.playFromStart();
      }
    };
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
