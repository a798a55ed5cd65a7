package se.namndbok.app.shared;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The one way to run work off the JavaFX thread:
 * {@code BackgroundTask.wrap(callable).onRunning(..).onSuccess(..).onFailure(..).executeWith(executor)}.
 * The executor decides on which thread the callbacks run (the JavaFX thread in the window, the calling
 * thread in tests). Progress and title are for the status bar; {@link #cancel()} asks the work to stop.
 */
public final class BackgroundTask<T> {
  /** Work that can report progress and look whether it was cancelled. */
  @FunctionalInterface
  public interface Work<T> {
    T call(Progress progress) throws Exception;
  }

  /** Handed to the work: report how far it is, and stop early when cancelled. */
  public interface Progress {
    void update(long done, long total);

    boolean isCancelled();
  }

  private final Work<T> work;
  private final StringProperty title = new SimpleStringProperty("");
  private final DoubleProperty progress = new SimpleDoubleProperty(-1);
  private volatile boolean cancelled;
  private Runnable onRunning = () -> {};
  private Consumer<T> onSuccess = v -> {};
  private Consumer<Throwable> onFailure = ErrorDialog::showUnexpected;
  private Runnable onFinished = () -> {};
  private TaskExecutor executor;

  /**
   * Asked (on the callback thread) when the connection to the shared store was lost during the work: true runs
   * the same work again. The window asks the user (decision 0090); tests give their own answer.
   */
  static volatile java.util.function.Predicate<Throwable> retryWhenConnectionLost = ErrorDialog::askRetry;

  private BackgroundTask(Work<T> work) {
    this.work = Objects.requireNonNull(work);
  }

  public static <T> BackgroundTask<T> wrap(Callable<T> callable) {
    return new BackgroundTask<>(p -> callable.call());
  }

  public static BackgroundTask<Void> wrap(Runnable runnable) {
    return new BackgroundTask<>(p -> {
      runnable.run();
      return null;
    });
  }

  public static <T> BackgroundTask<T> withProgress(Work<T> work) {
    return new BackgroundTask<>(work);
  }

  public BackgroundTask<T> titled(String text) {
    title.set(text);
    return this;
  }

  public BackgroundTask<T> onRunning(Runnable r) {
    this.onRunning = r;
    return this;
  }

  public BackgroundTask<T> onSuccess(Consumer<T> c) {
    this.onSuccess = c;
    return this;
  }

  /** Replaces the default (log and show the unexpected-error dialog). */
  public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
    this.onFailure = c;
    return this;
  }

  /** Runs after success, failure or cancellation, on the callback thread. */
  public BackgroundTask<T> onFinished(Runnable r) {
    this.onFinished = r;
    return this;
  }

  public BackgroundTask<T> executeWith(TaskExecutor executor) {
    this.executor = executor;
    executor.execute(this);
    return this;
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  /** -1 while unknown (indeterminate), else 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress;
  }

  /** Called by executors on the worker thread; {@code publish} carries progress to the callback thread. */
  T run(Consumer<Runnable> publish) throws Exception {
    return work.call(new Progress() {
      @Override
      public void update(long done, long total) {
        double p = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        publish.accept(() -> progress.set(p));
      }

      @Override
      public boolean isCancelled() {
        return cancelled;
      }
    });
  }

  void running() {
    onRunning.run();
  }

  void succeeded(T value) {
    if (!cancelled) {
      onSuccess.accept(value);
    }
    onFinished.run();
  }

  void failed(Throwable t) {
    if (!cancelled && executor != null && ErrorDialog.connectionLost(t) && retryWhenConnectionLost.test(t)) {
      executor.execute(this);
      return;
    }
    if (!cancelled) {
      onFailure.accept(t);
    }
    onFinished.run();
  }
}
