package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The pause after typing, with and without a longest wait: a draft is written after a pause, and also while
 * someone types on without one (a walk killed the program while typing a beslut, and none of it had been kept).
 */
@ExtendWith(ApplicationExtension.class)
class DebouncerTest {
  @Test
  void withALongestWaitTypingOnRunsEverySoOftenAndTheLastCallRunsAtTheEnd(FxRobot robot)
      throws Exception {
    Debouncer d = Debouncer.fx(Duration.millis(600), Duration.millis(800));
    List<Integer> ran = new CopyOnWriteArrayList<>();
    // a call every 50 ms for 2.5 s, on the JavaFX thread: no pause of 600 ms, however busy the machine
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    long end = System.nanoTime() + 2_500_000_000L;
    while (System.nanoTime() < end) {
      robot.interact(() -> {
        int n = calls.incrementAndGet();
        d.call(() -> ran.add(n));
      });
      Thread.sleep(50);
    }
    int typing = ran.size();
    org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
        () -> !ran.isEmpty() && ran.getLast() == calls.get());

    assertThat(typing).as("run while typing went on (without a longest wait: never)").isGreaterThanOrEqualTo(1);
    assertThat(ran).as("in the order called").isSorted();
    assertThat(ran.getLast()).as("the last call runs after the typing").isEqualTo(calls.get());
  }
}
