package se.namndbok.app.shared;

import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps within the column, so a long rubrik is shown in full, never cut. */
public final class WrappingCell<S> extends TableCell<S, String> {
  private final Text text = new Text();

  public WrappingCell() {
    text.getStyleClass().add("wrapped-text");
    setPrefHeight(Control.USE_COMPUTED_SIZE);
    tableColumnProperty().addListener((o, was, now) -> {
      text.wrappingWidthProperty().unbind();
      if (now != null) {
        text.wrappingWidthProperty().bind(now.widthProperty().subtract(16));
      }
    });
  }

  @Override
  protected void updateItem(String item, boolean empty) {
    super.updateItem(item, empty);
    setText(null);
    text.setText(item == null ? "" : item);
    setGraphic(empty || item == null ? null : text);
  }
}
