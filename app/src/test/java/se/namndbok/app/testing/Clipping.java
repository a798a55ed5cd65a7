package se.namndbok.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * Compares what a window's labelled controls say with what is drawn (decision 0124): a button, label, header or tab
 * whose drawn text differs from its text was cut (JavaFX draws "…" instead); a table or list cell may be cut only
 * when it shows its whole text as a tooltip; a field's placeholder must fit the field; and every control must lie
 * inside the window unless it sits in a scroll pane. Also gathers every visible text for the glossary check.
 */
public final class Clipping {
  private Clipping() {}

  /** What is cut in {@code scene}, each problem named by {@code where} and the control. */
  public static List<String> problems(FxRobot robot, Scene scene, String where, Set<String> texts) {
    List<String> found = new ArrayList<>();
    robot.interact(() -> check(scene.getRoot(), scene, where, found, texts));
    return found;
  }

  /**
   * The tables in {@code scene} that scroll sideways: at the common laptop's 1366×768 every table must show all its
   * columns (a cell's long text is cut with a tooltip instead), since a column out of sight is a column not read.
   */
  public static List<String> sidewaysScrolling(FxRobot robot, Scene scene, String where) {
    List<String> found = new ArrayList<>();
    robot.interact(() -> scene.getRoot().lookupAll(".table-view").stream()
        .filter(t -> t.isVisible() && t.getScene() != null && shownInWindow(t))
        .forEach(t -> t.lookupAll(".scroll-bar").stream()
            .filter(b -> b instanceof javafx.scene.control.ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()
                && bar.getParent() != null && shownInWindow(bar))
            .findFirst()
            .ifPresent(b -> found.add(where + ": " + FocusWalk.describe(t) + " rullar i sidled"))));
    return found;
  }

  private static boolean shownInWindow(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static void check(Node n, Scene scene, String where, List<String> found, Set<String> texts) {
    if (!n.isVisible() || n.getOpacity() == 0) {
      return;
    }
    if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
      texts.add(shown(l));
      String drawn = drawn(l);
      if (drawn != null && !drawn.equals(shown(l)) && !cellWithTooltip(l)) {
        found.add(where + ": " + FocusWalk.describe(l) + " visar \"" + drawn + "\" av \"" + shown(l) + "\"");
      }
    }
    if (n instanceof TextInputControl t) {
      checkPrompt(t, where, found, texts);
    }
    if (n instanceof Control c && !inScrollPane(c) && outside(c, scene)) {
      found.add(where + ": " + FocusWalk.describe(c) + " hamnar utanför fönstret " + bounds(c));
    }
    if (n instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(child -> check(child, scene, where, found, texts));
    }
  }

  /** The text as the user reads it (a mnemonic's underscore removed). */
  private static String shown(Labeled l) {
    return l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
  }

  /** The text the skin draws, or null when the skin has none (not shown yet). */
  private static String drawn(Labeled l) {
    for (Node c : l.getChildrenUnmodifiable()) {
      if (c instanceof Text t && c.getClass().getSimpleName().equals("LabeledText")) {
        return t.getText();
      }
    }
    return null;
  }

  private static boolean cellWithTooltip(Labeled l) {
    for (Node n = l; n != null; n = n.getParent()) {
      if (n instanceof Cell<?> cell) {
        Tooltip tip = cell.getTooltip();
        return tip != null && tip.getText() != null && tip.getText().contains(l.getText().strip());
      }
    }
    return false;
  }

  private static void checkPrompt(TextInputControl t, String where, List<String> found, Set<String> texts) {
    String prompt = t.getPromptText();
    if (prompt == null || prompt.isBlank()) {
      return;
    }
    texts.add(prompt);
    if (!t.getText().isEmpty()) {
      return;
    }
    double room = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
    for (Node c : t.lookupAll(".text")) {
      if (c instanceof Text text && prompt.equals(text.getText()) && text.isVisible()
          && text.getLayoutBounds().getWidth() > room + 1) {
        found.add(where + ": " + FocusWalk.describe(t) + " skär av platshållaren \"" + prompt + "\" ("
            + Math.round(text.getLayoutBounds().getWidth()) + " > " + Math.round(room) + " px)");
      }
    }
  }

  private static boolean inScrollPane(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane || p instanceof javafx.scene.control.TableView<?>
          || p instanceof javafx.scene.control.ListView<?> || p.getStyleClass().contains("virtual-flow")) {
        return true;
      }
    }
    return false;
  }

  private static boolean outside(Control c, Scene scene) {
    Bounds b = c.localToScene(c.getLayoutBounds());
    return c.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
        || b.getMaxY() > scene.getHeight() + 1);
  }

  private static String bounds(Control c) {
    Bounds b = c.localToScene(c.getLayoutBounds());
    return "[" + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " – " + Math.round(b.getMaxX()) + ","
        + Math.round(b.getMaxY()) + "]";
  }

  /** A fresh set for the texts of a walk, sorted for the report. */
  public static Set<String> texts() {
    return new TreeSet<>();
  }
}
