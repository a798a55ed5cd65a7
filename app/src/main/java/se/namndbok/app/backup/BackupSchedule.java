package se.namndbok.app.backup;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.backup.Sakerhetskopior;

/**
 * Makes the day's automatic backup while the window is open (decision record 0139): shortly after the start
 * and then every hour (so a window left open over midnight makes the next day's), on a low-priority background
 * thread of its own — never the JavaFX thread, and the user's work goes on meanwhile. A failure is logged and
 * tried again at the next check. Closing waits for a backup under way, so no half-written one is left.
 */
public final class BackupSchedule implements AutoCloseable {
  static final Duration FIRST = Duration.ofSeconds(10);
  static final Duration EVERY = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

  private final Sakerhetskopior kopior;
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r ->
      Thread.ofPlatform().daemon().name("namndbok-sakerhetskopia").priority(Thread.MIN_PRIORITY).unstarted(r));

  private BackupSchedule(Sakerhetskopior kopior) {
    this.kopior = kopior;
  }

  /** Starts the checks; nothing happens for the shared store (it has no data folder). */
  public static BackupSchedule start(Sakerhetskopior kopior) {
    BackupSchedule schedule = new BackupSchedule(kopior);
    if (kopior.folder().isPresent()) {
      schedule.executor.scheduleWithFixedDelay(schedule::check, FIRST.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }
    return schedule;
  }

  private void check() {
    try {
      kopior.makeTodaysIfMissing();
    } catch (RuntimeException e) {
      LOG.warn("Den automatiska säkerhetskopian kunde inte göras; nytt försök om en timme", e);
    }
  }

  /** Stops the checks; a backup under way is finished first (at most a few minutes for a large store). */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.MINUTES)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
