package se.namndbok.app.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's chosen row chosen, and where it is on the screen, when the table's rows are read again or
 * filtered: a colleague's registration put a row above it, and every row the registrator was looking at moved down
 * under the pointer (the table keeps its scroll position by row number, not by record); a colleague's change to the
 * chosen record itself made the table let go of it. Records are matched by {@code key} (an id), since a record read
 * again is a new object and may have changed. A chosen row out of view stays out of view.
 */
public final class RowAnchor {
  private RowAnchor() {}

  public static <T> void install(TableView<T> table, Function<T, ?> key) {
    // the last row chosen: the table lets go of a changed record before this listener hears of the change
    Object[] chosen = {null};
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        chosen[0] = key.apply(now);
      }
    });
    table.getItems().addListener((ListChangeListener<T>) c -> {
      if (chosen[0] != null) {
        keep(table, chosen[0], key);
      }
    });
  }

  /**
   * Scrolls to {@code item} unless its row is already wholly in view (where it stays). The window is laid out first
   * and again after the scroll: the table's rows may just have been replaced, or the table just added to the window
   * and not yet given its size by it. A list scrolls by a fraction of its length, so a scroll made before the list
   * knows its rows and its height stood a fraction of a row off once it did (the meetings list opened on the
   * remembered meeting with the rows at both edges cut; decision 0169). A table not yet in a window (an area's
   * first read can finish while the area is being put in it) is scrolled once it is, if the row is still chosen.
   */
  public static <T> void scrollToIfHidden(TableView<T> table, T item, Function<T, ?> key) {
    if (table.getScene() == null) {
      whenInWindow(table, () -> {
        T chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null && Objects.equals(key.apply(chosen), key.apply(item))) {
          scrollToIfHidden(table, chosen, key);
        }
      });
      return;
    }
    layOutWindow(table);
    if (!whollyShown(table, key.apply(item), key)) {
      table.scrollTo(item);
      layOutWindow(table);
    }
  }

  /**
   * Runs {@code action} once {@code table} is in a window, after the change that put it there: laying a window out
   * from inside the change of its own scene graph is not allowed.
   */
  private static void whenInWindow(TableView<?> table, Runnable action) {
    table.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
          javafx.scene.Scene was, javafx.scene.Scene now) {
        if (now != null) {
          table.sceneProperty().removeListener(this);
          javafx.application.Platform.runLater(action);
        }
      }
    });
  }

  /** CSS and layout of the whole window the table is in, which sizes the table itself; nothing outside one. */
  private static void layOutWindow(TableView<?> table) {
    if (table.getScene() != null && table.getScene().getRoot() != null) {
      table.getScene().getRoot().applyCss();
      table.getScene().getRoot().layout();
    }
  }

  /** Whether the row of the record {@code id} is shown from its top to its bottom (not cut by the list's edge). */
  @SuppressWarnings("unchecked")
  private static <T> boolean whollyShown(TableView<T> table, Object id, Function<T, ?> key) {
    Optional<VirtualFlow<?>> flow = flow(table);
    if (flow.isEmpty()) {
      return false;
    }
    javafx.geometry.Bounds view = flow.get().localToScene(flow.get().getLayoutBounds());
    for (Node n : table.lookupAll(".table-row-cell")) {
      if (n instanceof TableRow<?> row && row.isVisible() && row.getItem() != null
          && Objects.equals(key.apply((T) row.getItem()), id)) {
        javafx.geometry.Bounds b = row.localToScene(row.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
      }
    }
    return false;
  }

  private static <T> void keep(TableView<T> table, Object id, Function<T, ?> key) {
    int index = indexOf(table, id, key);
    if (index < 0) {
      return;
    }
    // the rows still show what they showed before the change: they are refilled at the next layout
    Optional<Double> before = rowY(table, id, key);
    if (table.getSelectionModel().getSelectedItem() == null) {
      table.getSelectionModel().select(index);
    }
    Optional<VirtualFlow<?>> flow = flow(table);
    if (before.isEmpty() || flow.isEmpty() || table.getScene() == null) {
      return;
    }
    table.applyCss();
    table.layout();
    Optional<Double> after = rowY(table, id, key);
    if (after.isEmpty()) {
      flow.get().scrollToTop(index);
      table.layout();
      after = rowY(table, id, key);
    }
    after.ifPresent(y -> {
      flow.get().scrollPixels(y - before.get());
      table.layout();
    });
  }

  private static <T> int indexOf(TableView<T> table, Object id, Function<T, ?> key) {
    for (int i = 0; i < table.getItems().size(); i++) {
      if (Objects.equals(key.apply(table.getItems().get(i)), id)) {
        return i;
      }
    }
    return -1;
  }

  /** The y, in the table, of the visible row showing the record {@code id}. */
  @SuppressWarnings("unchecked")
  private static <T> Optional<Double> rowY(TableView<T> table, Object id, Function<T, ?> key) {
    for (Node n : table.lookupAll(".table-row-cell")) {
      if (n instanceof TableRow<?> row && row.isVisible() && row.getItem() != null
          && Objects.equals(key.apply((T) row.getItem()), id)) {
        return Optional.of(table.sceneToLocal(row.localToScene(0, 0)).getY());
      }
    }
    return Optional.empty();
  }

  private static Optional<VirtualFlow<?>> flow(TableView<?> table) {
    return table.lookupAll(".virtual-flow").stream()
        .filter(VirtualFlow.class::isInstance).<VirtualFlow<?>>map(n -> (VirtualFlow<?>) n).findFirst();
  }
}
