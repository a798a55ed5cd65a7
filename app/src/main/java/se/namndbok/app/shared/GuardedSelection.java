package se.namndbok.app.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/**
 * A table whose chosen row fills a form beside it, kept in step with the view model's selected record. Choosing
 * another row while the form holds unsaved input asks first — Spara, Släng or Avbryt (decision record 0083) —
 * and Avbryt (or a refused save) puts the table's selection back on the row being edited. A selection emptied by
 * the table itself (its rows read again) is not a choice and leaves the form alone.
 */
public final class GuardedSelection {
  private GuardedSelection() {}

  public static <T> void bind(TableView<T> table, ObjectProperty<T> selected, Supplier<List<UnsavedChanges.Guard>> guards) {
    // while the question is open or its save runs, the rows may be read again: that is not another choice
    boolean[] asking = {false};
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      T current = selected.get();
      if (now == null || asking[0] || Objects.equals(now, current)) {
        return;
      }
      if (current == null || !UnsavedChanges.any(guards.get())) {
        selected.set(now);
        return;
      }
      asking[0] = true;
      UnsavedChanges.check(guards.get(), UnsavedChanges.dialog(table.getScene() == null ? null
          : table.getScene().getWindow()), () -> {
            asking[0] = false;
            selected.set(now);
          }, () -> Platform.runLater(() -> {
            table.getSelectionModel().select(selected.get());
            asking[0] = false;
          }));
    });
    selected.addListener((o, was, now) -> {
      if (now != null && now != table.getSelectionModel().getSelectedItem()) {
        table.getSelectionModel().select(now);
      }
    });
  }
}
