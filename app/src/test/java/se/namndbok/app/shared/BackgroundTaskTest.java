package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
  private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

  @Test
  void runsTheCallbacksInOrderWithTheResult() {
    List<String> events = new ArrayList<>();
    BackgroundTask.wrap(() -> "svar")
        .onRunning(() -> events.add("running"))
        .onSuccess(v -> events.add("success " + v))
        .onFailure(t -> events.add("failure"))
        .onFinished(() -> events.add("finished"))
        .executeWith(executor);

    assertThat(events).containsExactly("running", "success svar", "finished");
  }

  @Test
  void handsAFailureToOnFailureNotOnSuccess() {
    List<String> events = new ArrayList<>();
    BackgroundTask.wrap(() -> {
          throw new IllegalStateException("trasigt");
        })
        .onSuccess(v -> events.add("success"))
        .onFailure(t -> events.add("failure " + t.getMessage()))
        .executeWith(executor);

    assertThat(events).containsExactly("failure trasigt");
  }

  @Test
  void aLostConnectionAsksToTryAgainAndRunsTheSameWorkAgain() {
    List<String> events = new ArrayList<>();
    int[] attempts = {0};
    var original = BackgroundTask.retryWhenConnectionLost;
    BackgroundTask.retryWhenConnectionLost = t -> events.add("asked: " + t.getMessage().split("\\. ")[0]);
    try {
      BackgroundTask.wrap(() -> {
            if (attempts[0]++ == 0) {
              throw new se.namndbok.core.db.StoreUnavailableException(new java.sql.SQLException("borta", "08006"));
            }
            return "sparat";
          })
          .onSuccess(v -> events.add("success " + v))
          .onFailure(t -> events.add("failure"))
          .onFinished(() -> events.add("finished"))
          .executeWith(executor);
    } finally {
      BackgroundTask.retryWhenConnectionLost = original;
    }

    assertThat(events).containsExactly("asked: Förbindelsen med databasservern bröts", "success sparat", "finished");
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    List<Integer> seen = new ArrayList<>();
    List<String> events = new ArrayList<>();
    BackgroundTask<Integer>[] self = new BackgroundTask[1];
    self[0] = BackgroundTask.<Integer>withProgress(p -> {
      int done = 0;
      for (int i = 1; i <= 10 && !p.isCancelled(); i++) {
        p.update(i, 10);
        seen.add((int) Math.round(self[0].progressProperty().get() * 100));
        done = i;
        if (i == 4) {
          self[0].cancel();
        }
      }
      return done;
    }).onSuccess(v -> events.add("success")).onFinished(() -> events.add("finished"));

    self[0].executeWith(executor);

    assertThat(seen).containsExactly(10, 20, 30, 40);
    assertThat(events).as("a cancelled task's result is not delivered").containsExactly("finished");
  }
}
