package se.namndbok.app.shared;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The F1 overlay: the keyboard model, group by group from {@link Shortcuts#GROUPS}, over the window; it scrolls
 * on a small screen. Esc, F1 or "Stäng" hide it.
 */
public final class HelpOverlay extends StackPane {
  private final Button close = new Button(Messages.get("hjalp.stang"));
  /** Where the focus was when the panel opened; it goes back there when the user closes it. */
  private Node before;

  public HelpOverlay() {
    setId("helpOverlay");
    getStyleClass().add("help-overlay");
    setVisible(false);
    // two columns, the groups in turn: each column a VBox, which gives a wrapped text the lines it needs (a
    // FlowPane measured the groups before their texts wrapped, and the next row's heading overlapped them)
    VBox left = new VBox(16);
    VBox right = new VBox(16);
    for (int i = 0; i < Shortcuts.GROUPS.size(); i++) {
      (i % 2 == 0 ? left : right).getChildren().add(group(Shortcuts.GROUPS.get(i)));
    }
    javafx.scene.layout.HBox groups = new javafx.scene.layout.HBox(32, left, right);
    Label title = new Label(Messages.get("hjalp.rubrik"));
    title.getStyleClass().add("area-title");
    Label intro = new Label(Messages.get("hjalp.text"));
    Forms.wrapping(intro);
    intro.setMaxWidth(860);
    close.setId("helpClose");
    close.setOnAction(e -> close());
    ScrollPane scroll = new ScrollPane(groups);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("help-scroll");
    // the keys scroll it from "Stäng" (below); focused itself (Skift+Tab), it took Esc and the help stayed open
    scroll.setFocusTraversable(false);
    // the card fits the window and the shortcuts scroll inside it: sized to its content, it was taller than a
    // 1366×768 window, its top and bottom rows cut off, and never scrolled (found by a walk)
    scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.max(120, heightProperty().subtract(300)));
    VBox card = new VBox(14, title, intro, scroll, close);
    card.getStyleClass().add("help-card");
    card.setMaxWidth(920);
    card.setMaxHeight(USE_PREF_SIZE);
    card.setAccessibleText(Messages.get("hjalp.rubrik"));
    getChildren().setAll(card);
    setAlignment(Pos.CENTER);
    setOnMouseClicked(e -> {
      if (e.getTarget() == this) {
        close();
      }
    });
    // "Stäng" is the help's only stop: Tab and Skift+Tab (taken by the button itself, hence a filter) went on to
    // the window under the help, and Esc there did not close it (found by a walk)
    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.TAB) {
        e.consume();
      }
    });
    setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE || Shortcuts.HJALP.matches(e)) {
        close();
        e.consume();
      } else if (scrolls(scroll, e.getCode())) {
        e.consume(); // the focus stays on "Stäng"; the keys scroll the list, which a keyboard user could not
      }
    });
  }

  /**
   * A group of shortcuts, each as its keys over its text, in a column of fixed width. Keys and text side by side
   * in a grid overlapped at 1366×768 (found by a walk): a long key ("Skift+F10 eller menytangenten") left the texts
   * a few letters' width, and the grid's rows did not grow with the wrapped lines, so texts ran into the next group.
   */
  private static VBox group(Shortcuts.Group g) {
    Label heading = new Label(g.title());
    heading.getStyleClass().add("section-title");
    VBox rows = new VBox(6);
    for (Shortcut s : g.shortcuts()) {
      Label keys = new Label(s.display());
      keys.getStyleClass().add("help-keys"); // on one line: the widest, "F10 eller Alt+A, …", fits the column
      Label text = new Label(s.text());
      Forms.wrapping(text);
      rows.getChildren().add(new VBox(0, keys, text));
    }
    VBox box = new VBox(6, heading, rows);
    box.setMinWidth(GROUP_WIDTH);
    box.setPrefWidth(GROUP_WIDTH);
    box.setMaxWidth(GROUP_WIDTH);
    return box;
  }

  /** Two columns in the card; a key combination always fits on its line. */
  private static final double GROUP_WIDTH = 410;

  /** Down/Up a line's worth, Page Down/Up a page, Home/End to either end; false for any other key. */
  private static boolean scrolls(ScrollPane scroll, KeyCode key) {
    double content = scroll.getContent().getLayoutBounds().getHeight();
    double page = scroll.getViewportBounds().getHeight();
    double range = Math.max(1, content - page);
    double step = switch (key) {
      case DOWN -> 40 / range;
      case UP -> -40 / range;
      case PAGE_DOWN -> page / range;
      case PAGE_UP -> -page / range;
      case HOME -> -1;
      case END -> 1;
      default -> Double.NaN;
    };
    if (Double.isNaN(step)) {
      return false;
    }
    scroll.setVvalue(Math.clamp(scroll.getVvalue() + step, 0, 1));
    return true;
  }

  public void toggle() {
    if (isVisible()) {
      close();
    } else {
      before = getScene() == null ? null : getScene().getFocusOwner();
      setVisible(true);
      toFront();
      close.requestFocus();
    }
  }

  /** Hidden without giving the focus back: another area is shown, which places the focus itself. */
  public void hide() {
    setVisible(false);
    before = null;
  }

  /**
   * Closed by the user (Stäng, Esc, F1, a click beside the card): the focus goes back to where it was when the
   * panel opened — the field or row the user was working in — not to the side menu, where JavaFX put it.
   */
  private void close() {
    Node back = before;
    hide();
    if (back != null && back.getScene() == getScene() && back.isVisible() && !back.isDisabled()) {
      back.requestFocus();
    }
  }
}
