package se.namndbok.app.shared;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.ObservableList;

/** A change followed by a fresh read of the list it changed, off the JavaFX thread; a refusal goes to the fields. */
public final class ListChanges {
  private ListChanges() {}

  public static <T> void run(TaskExecutor executor, FieldErrors errors, Callable<?> change, Callable<List<T>> read,
      ObservableList<T> into, Runnable after) {
    errors.clear();
    BackgroundTask.wrap(() -> {
      change.call();
      return read.call();
    }).onSuccess(all -> {
      into.setAll(all);
      after.run();
    }).onFailure(errors::show).executeWith(executor);
  }
}
