package se.namndbok.app.shared;

import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The context menu from the keyboard: Shift+F10 or the menu key opens a table's or list's menu at its selected row
 * (not every platform turns those keys into a menu request), so what the mouse's right button offers the keyboard
 * reaches too (decision 0122).
 */
public final class ContextMenuKeys {
  private ContextMenuKeys() {}

  public static void install(Control control) {
    control.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      boolean key = e.getCode() == KeyCode.CONTEXT_MENU || Shortcuts.SNABBMENY.matches(e);
      if (key && control.getContextMenu() != null) {
        Node anchor = selectedCell(control);
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b != null) {
          control.getContextMenu().show(anchor, Side.BOTTOM, Math.min(24, b.getWidth() / 2), 0);
          e.consume();
        }
      }
    });
  }

  /**
   * Down or Up in a table or list (under {@code root}) with nothing selected selects its first row: JavaFX only
   * moves an invisible focus there, so a keyboard user would not land on a row to see and act on.
   */
  public static void firstRowOnArrow(Node root) {
    root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() != KeyCode.DOWN && e.getCode() != KeyCode.UP || e.isAltDown() || e.isShortcutDown()) {
        return;
      }
      MultipleSelectionModel<?> selection = null;
      int size = 0;
      if (e.getTarget() instanceof TableView<?> t) {
        selection = t.getSelectionModel();
        size = t.getItems().size();
      } else if (e.getTarget() instanceof ListView<?> l) {
        selection = l.getSelectionModel();
        size = l.getItems().size();
      }
      if (selection != null && selection.isEmpty() && size > 0) {
        selection.select(0);
        e.consume();
      }
    });
  }

  /** The selected row's cell, or the control itself when no row is selected or shown. */
  private static Node selectedCell(Control control) {
    return control.lookupAll(".table-row-cell, .list-cell").stream()
        .filter(n -> n instanceof IndexedCell<?> c && c.isVisible() && !c.isEmpty() && c.isSelected())
        .findFirst().orElse(control);
  }
}
