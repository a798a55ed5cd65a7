package se.namndbok.app.shared;

/** Runs {@link BackgroundTask}s; the window uses {@link UiTaskExecutor}, tests {@link CurrentThreadTaskExecutor}. */
public interface TaskExecutor {
  <T> void execute(BackgroundTask<T> task);
}
