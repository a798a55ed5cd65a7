package se.namndbok.app.shared;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The frame every form dialog shares: Swedish title and header, the save button (default: Enter saves) and
 * "Avbryt" (Esc), the form in a scroll pane so a dialog taller than the screen scrolls instead of losing its
 * buttons, growth when field messages appear, and the focus in the first field when shown. The save runs through
 * the view model, which keeps the dialog open while it runs and while it is refused (decision 0124). Enter saves
 * also from a check box: JavaFX's check box takes Enter as "toggle", so a user who ticked the box with Space and
 * pressed Enter unticked it and nothing was saved. The dialog is as tall as its form at the form's width, and grows
 * when the form does, so that it scrolls only on a screen too small for it.
 */
public final class FormDialog {
  private static final String FRAME = FormDialog.class.getName() + ".frame";

  private FormDialog() {}

  /** What the dialog needs from its form: the content, the ids, the save and its messages. */
  public record Spec<R>(String title, String paneId, String saveText, String saveId, String cancelId, Node content,
      String firstFieldId, BooleanProperty saving, Consumer<Consumer<R>> save, List<StringProperty> messages) {}

  /** Sets {@code dialog} up; returns its save button. */
  public static <R> Button setUp(Dialog<R> dialog, Window owner, Spec<R> spec) {
    dialog.initOwner(owner);
    dialog.setTitle(spec.title());
    dialog.setHeaderText(spec.title());
    dialog.setResizable(true);
    dialog.getDialogPane().setId(spec.paneId());
    Theme.style(dialog.getDialogPane());
    ButtonType save = new ButtonType(spec.saveText(), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(Messages.get("knapp.avbryt"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
    dialog.getDialogPane().setContent(scrolling(spec.content()));
    dialog.setResultConverter(b -> null);
    Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
    saveButton.setId(spec.saveId());
    saveButton.disableProperty().bind(spec.saving());
    ((Button) dialog.getDialogPane().lookupButton(cancel)).setId(spec.cancelId());
    saveButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      spec.save().accept(dialog::setResult);
    });
    Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
    dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      // a list or table with the focus takes Esc for itself (to end an edit it is not in): the dialog did not
      // close until Tab moved the focus off it (found by a walk in Återställ från säkerhetskopia)
      if (e.getCode() == KeyCode.ESCAPE && e.getTarget() instanceof javafx.scene.control.ListView<?> l
          && l.getEditingIndex() < 0) {
        e.consume();
        cancelButton.fire();
      }
    });
    dialog.getDialogPane().addEventFilter(KeyEvent.ANY, e -> {
      if (e.getCode() == KeyCode.ENTER && dialog.getDialogPane().getScene().getFocusOwner() instanceof CheckBox) {
        e.consume();
        if (e.getEventType() == KeyEvent.KEY_PRESSED && !saveButton.isDisabled()) {
          saveButton.fire();
        }
      }
    });
    // a message that goes (its field corrected) leaves its room: shrinking moved the save button from under the
    // pointer of a user on the way to it
    spec.messages().forEach(m -> m.addListener((o, was, now) -> Platform.runLater(() -> fit(dialog, false))));
    // a text the form fills in after it opened (the meeting plan's next date, a hint) changes its height too;
    // grown only, as above
    spec.content().layoutBoundsProperty().addListener((o, was, now) -> {
      if (dialog.isShowing() && Math.abs(now.getHeight() - was.getHeight()) > 0.5) {
        Platform.runLater(() -> fit(dialog, false));
      }
    });
    dialog.setOnShown(e -> Platform.runLater(() -> {
      fit(dialog);
      Node first = dialog.getDialogPane().lookup("#" + spec.firstFieldId());
      if (first != null) {
        first.requestFocus();
      }
    }));
    return saveButton;
  }

  /**
   * Closing the dialog without saving (Avbryt, Esc, the window's close box) after something was typed or chosen in
   * it asks first — Spara, Släng or Avbryt, as the window does for its forms (decision record 0083): the values are
   * taken at the user's first key or click in the form (what the form filled in by itself is not input), and
   * compared when the dialog is about to close. For the dialogs that make or change a record; a prompt such as a
   * password does not ask.
   */
  public static void askBeforeDiscarding(Dialog<?> dialog, Button save, String title) {
    askBeforeDiscarding(dialog, save, title, () -> false, () -> { });
  }

  /**
   * {@link #askBeforeDiscarding(Dialog, Button, String)} for a form that keeps a draft (decision 0171): while it
   * holds a draft filled in again ({@code restored}) it asks even before a key is pressed in it, and closed by the
   * user without saving (Avbryt, Esc, the close box; Släng when asked) it throws its values away with {@code
   * discard}, and the draft with them. A dialog that goes with the program's window (the program ends) asks nothing
   * and keeps its draft.
   */
  public static void askBeforeDiscarding(Dialog<?> dialog, Button save, String title,
      javafx.beans.value.ObservableBooleanValue restored, Runnable discard) {
    askBeforeDiscarding(dialog, save, title, restored::get, discard);
  }

  private static void askBeforeDiscarding(Dialog<?> dialog, Button save, String title,
      java.util.function.BooleanSupplier restored, Runnable discard) {
    Node form = dialog.getDialogPane().getContent() instanceof ScrollPane s ? s.getContent()
        : dialog.getDialogPane().getContent();
    List<?>[] before = {null};
    javafx.event.EventHandler<javafx.scene.input.InputEvent> first = e -> {
      if (before[0] == null) {
        before[0] = values(form);
      }
    };
    form.addEventFilter(KeyEvent.KEY_PRESSED, first);
    form.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, first);
    // the program's window going (the program ends) takes its dialogs with it: nothing is asked (nobody is there to
    // answer, and the question would hold the end up) and nothing thrown away (a draft stays for the next start)
    Window owner = dialog.getOwner();
    boolean[] ownerGoing = {false};
    javafx.event.EventHandler<javafx.stage.WindowEvent> going = e -> ownerGoing[0] = true;
    if (owner != null) {
      owner.addEventFilter(javafx.stage.WindowEvent.WINDOW_HIDING, going);
      dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN,
          e -> owner.removeEventFilter(javafx.stage.WindowEvent.WINDOW_HIDING, going));
    }
    dialog.setOnCloseRequest(e -> {
      if (dialog.getResult() != null || ownerGoing[0] || owner != null && !owner.isShowing()) {
        return;
      }
      if (!restored.getAsBoolean() && (before[0] == null || before[0].equals(values(form)))) {
        discard.run();
        return;
      }
      UnsavedChanges.Guard guard = UnsavedChanges.guard(Messages.format("osparat.dialog", title),
          new javafx.beans.property.SimpleBooleanProperty(true), done -> { }, () -> { });
      ButtonType answer = UnsavedChanges.dialog(dialog.getDialogPane().getScene().getWindow()).ask(guard);
      if (answer == UnsavedChanges.SLANG) {
        discard.run();
        return;
      }
      e.consume();
      if (answer == UnsavedChanges.SPARA && !save.isDisabled()) {
        save.fire(); // closes with the saved record, or stays with the refusal at its fields
      }
    });
  }

  /** What the form's fields hold: texts, ticks, choices, in the order they are laid out. */
  private static List<Object> values(Node node) {
    List<Object> out = new java.util.ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(Node node, List<Object> out) {
    switch (node) {
      case javafx.scene.control.TextInputControl t -> out.add(t.getText());
      case javafx.scene.control.CheckBox c -> out.add(c.isSelected());
      case javafx.scene.control.ToggleButton t -> out.add(t.isSelected());
      case javafx.scene.control.ComboBoxBase<?> c -> out.add(c.getValue());
      case javafx.scene.control.ChoiceBox<?> c -> out.add(c.getValue());
      case javafx.scene.Parent p -> p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
      default -> { }
    }
  }

  /** The form in a scroll pane that is as tall as the form, up to what the screen leaves. */
  public static ScrollPane scrolling(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("form-scroll");
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    return scroll;
  }

  /**
   * Grows the dialog to its content, but never past the screen it is on (the scroll pane scrolls instead). The
   * content's height is taken at the width it has: a scroll pane asks for its content's height at no particular
   * width, where a wrapping help text is one long line, and the dialog came out too short and scrolled.
   */
  public static void fit(Dialog<?> dialog) {
    fit(dialog, true);
  }

  /** {@link #fit(Dialog)}; with {@code mayShrink} false the dialog only grows. */
  private static void fit(Dialog<?> dialog, boolean mayShrink) {
    if (dialog.getDialogPane().getScene() == null) {
      return;
    }
    Window w = dialog.getDialogPane().getScene().getWindow();
    if (w == null || !w.isShowing()) {
      return; // shown, it is fitted then
    }
    Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
        Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    dialog.getDialogPane().setMaxHeight(screen.getHeight() - 40);
    if (dialog.getDialogPane().getContent() instanceof ScrollPane scroll && scroll.getContent() != null) {
      double width = scroll.getViewportBounds().getWidth();
      if (width > 0) {
        scroll.setPrefViewportHeight(scroll.getContent().prefHeight(width));
      }
    }
    // the height only: the width is the dialog's own, or what the user made it (sizeToScene would undo that)
    DialogPane pane = dialog.getDialogPane();
    double frame = frame(pane, w);
    double height = Math.min(pane.getMaxHeight(), pane.prefHeight(pane.getWidth())) + frame;
    if (!mayShrink && height < w.getHeight()) {
      return;
    }
    w.setHeight(height);
    if (w.getHeight() > screen.getHeight()) {
      w.setHeight(screen.getHeight());
    }
    if (w.getY() + w.getHeight() > screen.getMaxY()) {
      w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
    }
  }

  /**
   * The window's title bar and borders: its height less the scene's, measured at the first fit (the one when the
   * dialog is shown) and kept. Measured again later it can be wrong: a new height the window was given reaches the
   * scene only when the window system has made it, and until then the window says 352 and the scene still 158 —
   * a second fit in between took the 194 for frame and grew "Ändra ärende" to 546 px, empty under its fields.
   */
  private static double frame(DialogPane pane, Window w) {
    return (double) pane.getProperties().computeIfAbsent(FRAME, k -> w.getHeight() - pane.getScene().getHeight());
  }
}
