package se.namndbok.app.shared;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Form fields with their Swedish error message right under them: the field turns red (the theme's danger
 * state) and the message is also its accessible help text, so a screen reader hears it.
 */
public final class Forms {
  private Forms() {}

  /** A labelled text field bound both ways to {@code value}; the error label gets id {@code id + "Error"}. */
  public static VBox textField(String id, String label, String prompt, StringProperty value, StringProperty error) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(value);
    return labelled(field, label, error);
  }

  public static VBox labelled(Control control, String label, StringProperty error) {
    Label caption = new Label(label);
    caption.setLabelFor(control);
    control.setAccessibleText(label);
    control.setMaxWidth(Double.MAX_VALUE);
    Label message = errorLabel(control.getId() + "Error", error);
    error.addListener((o, was, now) -> {
      boolean bad = now != null && !now.isEmpty();
      control.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
      control.setAccessibleHelp(bad ? now : null);
      if (bad && (was == null || was.isEmpty())) {
        focusFirstRefused(control);
      }
    });
    whenEdited(control, () -> error.set(""));
    VBox box = new VBox(4, caption, control, message);
    return box;
  }

  /**
   * A refused save puts the focus in the first field it names, so a keyboard user corrects it where the message is
   * (Enter saves from any field, and the refused one may be far back): the messages of one refusal appear in the
   * form's order, and only the first takes the focus — a later one sees the focus already in a refused field. A
   * field out of sight (another tab, a hidden part) is left alone.
   */
  private static void focusFirstRefused(Control control) {
    javafx.scene.Scene scene = control.getScene();
    if (scene == null || scene.getWindow() == null || !scene.getWindow().isFocused() || !shown(control)) {
      return;
    }
    javafx.scene.Node owner = scene.getFocusOwner();
    for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
      if (n.getPseudoClassStates().contains(Styles.STATE_DANGER)) {
        return;
      }
    }
    control.requestFocus();
  }

  private static boolean shown(javafx.scene.Node node) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs {@code edited} when the user changes the control's value (it has the focus): a field's message is about
   * what was there when it was saved, and stays until the user corrects it — a message kept under a corrected
   * field, with the new text in red, read as if the correction were wrong too. A value set by the form itself
   * (filled in, read again) leaves the message alone.
   */
  private static void whenEdited(Control control, Runnable edited) {
    javafx.beans.value.ChangeListener<Object> listener = (o, was, now) -> {
      if (control.isFocused() || control.isFocusWithin()) {
        edited.run();
      }
    };
    switch (control) {
      case javafx.scene.control.TextInputControl t -> t.textProperty().addListener(listener);
      case javafx.scene.control.ComboBoxBase<?> c -> c.valueProperty().addListener(listener);
      case javafx.scene.control.ChoiceBox<?> c -> c.valueProperty().addListener(listener);
      case javafx.scene.control.CheckBox c -> c.selectedProperty().addListener(listener);
      default -> { }
    }
  }

  /**
   * Tab and Shift+Tab leave a text area for the next or previous control, as everywhere else (a text area would
   * otherwise keep them as tab characters and trap a keyboard user); the texts here are prose.
   */
  public static javafx.scene.control.TextArea tabLeaves(javafx.scene.control.TextArea area) {
    area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
        area.requestFocusTraversal(e.isShiftDown() ? javafx.scene.TraversalDirection.PREVIOUS
            : javafx.scene.TraversalDirection.NEXT);
        e.consume();
      }
    });
    return area;
  }

  /** A label that wraps and never gets shorter than its lines (so it is never cut with "…"). */
  public static <L extends javafx.scene.control.Labeled> L wrapping(L label) {
    label.setWrapText(true);
    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return label;
  }

  /** A label that shows {@code error} and takes no space while it is empty. */
  public static Label errorLabel(String id, StringProperty error) {
    Label message = new Label();
    message.setId(id);
    message.getStyleClass().add("field-error");
    message.textProperty().bind(error);
    message.visibleProperty().bind(error.isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    message.setWrapText(true);
    message.setMaxWidth(Double.MAX_VALUE);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return message;
  }

  /** A notice (not an error: e.g. a draft filled in again) that shows {@code text} and takes no space while empty. */
  public static Label noticeLabel(String id, StringProperty text) {
    Label notice = errorLabel(id, text);
    notice.getStyleClass().setAll("label", "notice");
    notice.setFocusTraversable(false);
    // as wide as the form, never wider: its one long line would widen a dialog past its fields (Ändra beslut)
    notice.setMinWidth(0);
    notice.setPrefWidth(0);
    return notice;
  }
}
