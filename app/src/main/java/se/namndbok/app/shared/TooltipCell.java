package se.namndbok.app.shared;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell that shows its whole text as a tooltip, for long rubriker cut off with an ellipsis. */
public final class TooltipCell<S> extends TableCell<S, String> {
  @Override
  protected void updateItem(String item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setText(null);
      setTooltip(null);
    } else {
      setText(item);
      Tooltip tip = new Tooltip(item);
      tip.setWrapText(true);
      tip.setMaxWidth(600);
      setTooltip(tip);
    }
  }
}
