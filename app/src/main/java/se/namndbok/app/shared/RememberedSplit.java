package se.namndbok.app.shared;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's dividers where the user last dragged them, between starts: the meetings list made
 * taller, the protokoll given more room. Only a drag saves (the mouse released on a divider), so a divider that
 * moves because the window or the pane's items changed is not remembered as the user's choice.
 */
public final class RememberedSplit {
  private static final String DIVIDER = "split-pane-divider";

  private RememberedSplit() {}

  /** Puts {@code split}'s dividers where they were last dragged to under {@code key}, and saves each drag. */
  public static void remember(SplitPane split, String key, WindowPreferences preferences) {
    preferences.split(key).filter(p -> p.length == split.getDividers().size()).ifPresent(split::setDividerPositions);
    split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
      if (e.getTarget() instanceof Node target && onDivider(target, split) && !split.getDividers().isEmpty()) {
        preferences.saveSplit(key, split.getDividerPositions());
      }
    });
  }

  private static boolean onDivider(Node node, SplitPane split) {
    for (Node n = node; n != null && n != split; n = n.getParent()) {
      if (n.getStyleClass().contains(DIVIDER) && n.getParent() == split) {
        return true;
      }
    }
    return false;
  }
}
