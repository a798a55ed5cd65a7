package se.namndbok.app.shared;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The parts the keyboard-first entry forms share: Enter saves from every field (the Sekretess box included; Space
 * toggles it), Esc first closes an open list of suggestions and only otherwise empties the form (undoable with
 * Ctrl+Z); the Sekretess box and the Spara button.
 */
public final class EntryFormFrame {
  private EntryFormFrame() {}

  /**
   * Enter ({@link Shortcuts#SPARA}) runs {@code save} — caught before any field, so a check box cannot take it —
   * unless a list of suggestions is open (Enter then picks from it); Ctrl+S ({@link Shortcuts#SPARA_EDITOR}) always. Esc ({@link Shortcuts#RENSA}) closes an open
   * list, or else runs {@code clear}. Ctrl+Z and Ctrl+Y are the area's undo and redo while nothing has been typed
   * since the form was emptied, loaded or saved ({@code dirty} false: the step to undo is the area's, a clear
   * say); once something is typed they are the field's own typing undo.
   */
  public static void keys(VBox form, Runnable save, Runnable clear, ObservableBooleanValue dirty,
      UndoHistory history) {
    form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (!dirty.get() && Shortcuts.ANGRA.matches(e)) {
        history.undo();
        e.consume();
      } else if (!dirty.get() && Shortcuts.GOR_OM.matches(e)) {
        history.redo();
        e.consume();
      } else if ((Shortcuts.SPARA.matches(e) && !EntryForms.suggestionsShowing(form))
          || Shortcuts.SPARA_EDITOR.matches(e)) {
        save.run(); // Ctrl+S too, as in the punkt and the protokoll: a walk pressed it here and nothing happened
        e.consume();
      } else if (Shortcuts.RENSA.matches(e)) {
        if (EntryForms.suggestionsShowing(form)) {
          EntryForms.hideSuggestions(form);
        } else {
          clear.run();
        }
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

  /** "Ändrar ett sparat …; Enter sparar ändringen, Esc tömmer formuläret": shown while a saved entry is edited. */
  public static javafx.scene.control.Label editingNotice(String id, javafx.beans.value.ObservableValue<Long> editing) {
    javafx.scene.control.Label l = new javafx.scene.control.Label(Messages.get("anmalan.andrar"));
    l.setId(id);
    l.getStyleClass().add("muted");
    l.managedProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> editing.getValue() != null,
        editing));
    l.visibleProperty().bind(l.managedProperty());
    return l;
  }

  /**
   * Shown after a change refused because someone else changed the entry: who and when, what the user typed (to
   * copy), "Läs in den nya versionen", then "Använd min text", and "Stäng"; ids {@code prefix + "Inaktuell"},
   * {@code "DinText"}, {@code "LasIn"}, {@code "MinText"}, {@code "StangInaktuell"}.
   */
  public static VBox staleNotice(String prefix, StaleEntry<?> stale) {
    javafx.scene.control.Label message = Forms.wrapping(new javafx.scene.control.Label());
    message.setId(prefix + "Inaktuell");
    message.getStyleClass().add("field-error");
    message.setMinWidth(0); // as wide as the form, never wider: the sentence wraps
    message.setPrefWidth(0);
    message.setMaxWidth(Double.MAX_VALUE);
    message.textProperty().bind(stale.messageProperty());
    javafx.scene.control.Label caption = Forms.wrapping(new javafx.scene.control.Label());
    caption.setMinWidth(0);
    caption.textProperty().bind(stale.captionProperty());
    javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
    text.setId(prefix + "DinText");
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(4);
    text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    text.textProperty().bind(stale.textProperty());
    text.accessibleTextProperty().bind(stale.captionProperty());
    for (javafx.scene.Node n : new javafx.scene.Node[] {caption, text}) {
      n.visibleProperty().bind(stale.textProperty().isNotEmpty());
      n.managedProperty().bind(n.visibleProperty());
    }
    Button readAgain = stageButton(prefix + "LasIn", "editor.lasin", stale, StaleEntry.Stage.REFUSED,
        stale::readAgain);
    Button useTyped = stageButton(prefix + "MinText", "inaktuell.anvand", stale, StaleEntry.Stage.READ_AGAIN,
        stale::useTyped);
    Button close = new Button(Messages.get("editor.stang"));
    close.setId(prefix + "StangInaktuell");
    close.setOnAction(e -> stale.close());
    VBox notice = new VBox(4, message, caption, text, new javafx.scene.layout.HBox(8, readAgain, useTyped, close));
    notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    notice.managedProperty().bind(stale.messageProperty().isNotEmpty());
    notice.visibleProperty().bind(notice.managedProperty());
    return notice;
  }

  private static Button stageButton(String id, String key, StaleEntry<?> stale, StaleEntry.Stage stage,
      Runnable action) {
    Button b = new Button(Messages.get(key));
    b.setId(id);
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    b.visibleProperty().bind(stale.stageProperty().isEqualTo(stage));
    b.managedProperty().bind(b.visibleProperty());
    b.setOnAction(e -> action.run());
    return b;
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
