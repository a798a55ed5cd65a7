package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;

/** For tests of what shows while work is under way: tasks start, and finish only when {@link #release()} is called. */
public final class HeldTaskExecutor implements TaskExecutor {
  private final List<BackgroundTask<?>> held = new ArrayList<>();

  @Override
  public <T> void execute(BackgroundTask<T> task) {
    task.running();
    held.add(task);
  }

  /** Runs the held tasks to their end on this thread. */
  public void release() {
    List<BackgroundTask<?>> now = List.copyOf(held);
    held.clear();
    now.forEach(this::finish);
  }

  private <T> void finish(BackgroundTask<T> task) {
    T value;
    try {
      value = task.run(Runnable::run);
    } catch (Exception e) {
      task.failed(e);
      return;
    }
    task.succeeded(value);
  }

  public int waiting() {
    return held.size();
  }
}
