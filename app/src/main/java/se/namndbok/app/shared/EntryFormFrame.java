package se.namndbok.app.shared;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The parts the keyboard-first entry forms share: Enter saves, Esc empties; the Sekretess box and Spara button. */
public final class EntryFormFrame {
  private EntryFormFrame() {}

  /** Enter ({@link Shortcuts#SPARA}) runs {@code save}, Esc ({@link Shortcuts#RENSA}) runs {@code clear}. */
  public static void keys(VBox form, Runnable save, Runnable clear) {
    form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.SPARA.matches(e)) {
        save.run();
        e.consume();
      } else if (Shortcuts.RENSA.matches(e)) {
        clear.run();
        e.consume();
      }
    });
  }

  /**
   * Enter in {@code form} runs {@code action} (Inställningar's forms: Enter saves or adds, as the form's button
   * says). A handler, not a filter: an open completion or choice list gets Enter first.
   */
  public static void enter(javafx.scene.Node form, Runnable action) {
    form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.SPARA.matches(e)) {
        action.run();
        e.consume();
      }
    });
  }

  /** The Sekretess box above the Spara button (disabled while saving); ids {@code prefix + "Sekretess"/"Spara"}. */
  public static VBox actions(String prefix, BooleanProperty sekretess, BooleanProperty saving, Runnable save) {
    CheckBox box = new CheckBox(Messages.get("falt.sekretess"));
    box.setId(prefix + "Sekretess");
    box.selectedProperty().bindBidirectional(sekretess);
    Button button = new Button(Messages.get("spara.enter"), new FontIcon(Material2MZ.SAVE));
    button.setId(prefix + "Spara");
    button.getStyleClass().add(Styles.ACCENT);
    button.disableProperty().bind(saving);
    button.setOnAction(e -> save.run());
    return new VBox(8, box, button);
  }

  /** The form's grid, its columns growing with the given percentages of the width. */
  public static GridPane grid(double... percentages) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    for (double pct : percentages) {
      ColumnConstraints c = new ColumnConstraints();
      c.setPercentWidth(pct);
      c.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(c);
    }
    return grid;
  }
}
