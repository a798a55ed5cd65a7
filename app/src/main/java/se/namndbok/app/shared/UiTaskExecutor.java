package se.namndbok.app.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs work on a small pool of daemon threads and every callback on the JavaFX thread. Keeps the list of
 * running tasks for the status bar (progress and a cancel button).
 */
public final class UiTaskExecutor implements TaskExecutor, AutoCloseable {
  private final ExecutorService pool;
  private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();

  public UiTaskExecutor() {
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "namndbok-bakgrund-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public <T> void execute(BackgroundTask<T> task) {
    onFx(() -> {
      running.add(task);
      task.running();
    });
    pool.execute(() -> {
      try {
        T value = task.run(Platform::runLater);
        Platform.runLater(() -> {
          running.remove(task);
          task.succeeded(value);
        });
      } catch (Exception | Error e) {
        Platform.runLater(() -> {
          running.remove(task);
          task.failed(e);
        });
      }
    });
  }

  /** Tasks started and not yet finished; changed on the JavaFX thread only. */
  public ObservableList<BackgroundTask<?>> running() {
    return running;
  }

  private static void onFx(Runnable r) {
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
