package se.namndbok.app.shared;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A choice that may be left empty (justerare 2, "tjänstgör för"): its list starts with "Ingen", which empties it,
 * and Delete or Backspace on the closed box does the same — a wrong pick can be taken back without discarding
 * the rest of the form.
 */
public final class OptionalChoice {
  private OptionalChoice() {}

  /** Fills {@code box} with "Ingen" and then {@code choices}, kept in step with them. */
  public static <T> ComboBox<T> of(ComboBox<T> box, ObservableList<T> choices) {
    ObservableList<T> items = FXCollections.observableArrayList();
    Runnable refill = () -> {
      java.util.List<T> next = new java.util.ArrayList<>(choices.size() + 1);
      next.add(null);
      next.addAll(choices);
      if (next.equals(items)) {
        return; // the same people read again after a save: nothing may move under the choice
      }
      // Changed by single removals and insertions, which the box's selection follows. Replacing the list kept the
      // chosen index and the box showed the person one place up from the one chosen (a walk: the protokoll's
      // justerare "changed" after every save that read the attendance again), whatever the value was set to.
      T kept = box.getValue();
      for (int i = items.size() - 1; i >= 1; i--) {
        if (!choices.contains(items.get(i))) {
          items.remove(i);
        }
      }
      for (int i = 0; i < choices.size(); i++) {
        if (!items.contains(choices.get(i))) {
          items.add(Math.min(i + 1, items.size()), choices.get(i));
        }
      }
      if (items.isEmpty() || items.getFirst() != null) {
        items.addFirst(null);
      }
      if (!next.equals(items)) {
        items.setAll(next); // the order changed: one replacement, the choice found again below
        box.getSelectionModel().select(kept);
      }
      if (!java.util.Objects.equals(box.getValue(), kept)) {
        box.setValue(kept); // one no longer among the choices stays chosen, as before
      }
    };
    refill.run();
    // weakly: the choices (a view model's list) outlive the boxes made for them, one per row at every refill
    ListChangeListener<T> follow = c -> refill.run();
    box.getProperties().put(OptionalChoice.class, follow);
    choices.addListener(new javafx.collections.WeakListChangeListener<>(follow));
    box.setItems(items);
    box.setCellFactory(l -> new NoneCell<>());
    box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !box.isShowing()
          && box.getValue() != null && !box.isDisabled()) {
        box.setValue(null);
        e.consume();
      }
    });
    return box;
  }

  /** A row of the list: the choice, or "Ingen" (muted) for the empty one. */
  private static final class NoneCell<T> extends ListCell<T> {
    @Override
    protected void updateItem(T item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().remove("muted");
      if (empty) {
        setText(null);
      } else if (item == null) {
        setText(Messages.get("val.ingen"));
        getStyleClass().add("muted");
      } else {
        setText(item.toString());
      }
    }
  }
}
