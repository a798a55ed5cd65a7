package se.namndbok.app.shared;

import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Tab and Ctrl+Shift+Tab (and Ctrl+Page Down, Ctrl+Page Up) choose a tab pane's next and previous tab from
 * anywhere on its pages, as in other desktop programs' tabbed windows. JavaFX changes tabs with the keyboard only
 * while the tab pane itself has the focus, and in a text field Ctrl+Tab just moved to the next field: a keyboard
 * user on Inställningar → Nämnden had to Shift+Tab back through every field to reach the tabs. The focus goes to
 * the tab pane (its ring on the chosen tab), not to a field left behind on a page now hidden.
 */
public final class TabKeys {
  private TabKeys() {}

  public static void install(TabPane tabs) {
    tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      int step = Shortcuts.FLIK.matches(e) || Shortcuts.FLIK_SIDA.matches(e) ? 1
          : Shortcuts.FLIK_BAKAT.matches(e) || Shortcuts.FLIK_SIDA_BAKAT.matches(e) ? -1 : 0;
      if (step == 0 || tabs.getTabs().isEmpty()) {
        return;
      }
      e.consume();
      int n = tabs.getTabs().size();
      int at = tabs.getSelectionModel().getSelectedIndex();
      for (int k = 1; k < n; k++) {
        int i = Math.floorMod(at + step * k, n);
        if (!tabs.getTabs().get(i).isDisable()) {
          tabs.getSelectionModel().select(i);
          break;
        }
      }
      tabs.requestFocus();
    });
  }
}
