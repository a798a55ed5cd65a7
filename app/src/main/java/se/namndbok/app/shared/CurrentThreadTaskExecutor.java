package se.namndbok.app.shared;

/** Runs the task and its callbacks at once on the calling thread: view-model tests need no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
  @Override
  public <T> void execute(BackgroundTask<T> task) {
    task.running();
    T value;
    try {
      value = task.run(Runnable::run);
    } catch (Exception e) {
      task.failed(e);
      return;
    }
    task.succeeded(value);
  }
}
