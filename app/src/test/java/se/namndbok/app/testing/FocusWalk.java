package se.namndbok.app.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks a window with Tab from a start node until the focus comes back to it, recording every stop and whether
 * the stop looked different while it had the focus (its focus ring). Tests compare the stops with every control a
 * user can reach ({@link #reachable}) and check that each step goes on in reading order ({@link #backwardSteps}).
 */
public final class FocusWalk {
  /**
   * One Tab stop: the node, whether it looked different while focused, and whether its focus ring moved or resized
   * anything (the node, or its parts: a ring that adds a border pushes a tab pane's pages or a table's rows).
   */
  public record Stop(Node node, boolean ringVisible, boolean ringMoves) {
    @Override
    public String toString() {
      return describe(node);
    }
  }

  private FocusWalk() {}

  /** Tabs from {@code start} (focused first) until the focus returns to it, at most {@code max} steps. */
  public static List<Stop> walk(FxRobot robot, Node start, int max) {
    return walk(robot, start, n -> false, max);
  }

  /**
   * Tabs from {@code start} (focused first) until the focus returns to it or reaches a node {@code beyond} says lies
   * outside what is walked, at most {@code max} steps.
   */
  public static List<Stop> walk(FxRobot robot, Node start, java.util.function.Predicate<Node> beyond, int max) {
    robot.interact(start::requestFocus);
    List<Stop> stops = new ArrayList<>();
    AtomicReference<Node> current = new AtomicReference<>(start);
    AtomicReference<Image> focused = new AtomicReference<>();
    AtomicReference<List<Bounds>> focusedGeometry = new AtomicReference<>();
    robot.interact(() -> {
      focused.set(snapshot(start));
      focusedGeometry.set(geometry(start));
    });
    for (int i = 0; i < max; i++) {
      AtomicReference<Node> next = new AtomicReference<>();
      onFxThread(() -> {
        next.set(tab(start.getScene()));
        Image unfocused = snapshot(current.get()); // lays the scene out: the geometry below is current
        stops.add(new Stop(current.get(), differ(focused.get(), unfocused),
            !same(focusedGeometry.get(), geometry(current.get()))));
        if (next.get() != null) {
          focused.set(snapshot(next.get()));
          focusedGeometry.set(geometry(next.get()));
        }
      });
      if (next.get() == null || next.get() == start || beyond.test(next.get())) {
        return stops;
      }
      current.set(next.get());
    }
    throw new AssertionError("Tab kom inte tillbaka till " + describe(start) + " efter " + max + " steg: " + stops);
  }

  /**
   * Runs {@code r} on the JavaFX thread and waits for it (one hand-over, not the robot's several rounds of waiting
   * for events: what the step queued still runs before the next step, which is queued after it).
   */
  private static void onFxThread(Runnable r) {
    try {
      WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Presses and releases Tab on the focus owner through the scene's own event dispatch (what the toolkit does with
   * a real key: the scene's traversal handles it), in the caller's pulse; returns the new focus owner.
   */
  private static Node tab(Scene scene) {
    Node owner = scene.getFocusOwner();
    for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
      Event.fireEvent(owner, new KeyEvent(type, "", "", KeyCode.TAB, false, false, false, false));
    }
    return scene.getFocusOwner();
  }

  /** Whether {@code n} lies inside {@code container}. */
  public static boolean inside(Node n, Node container) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  /** Every node of the scene a user can reach: focus-traversable, enabled and shown. */
  public static Set<Node> reachable(FxRobot robot, Scene scene) {
    return reachable(robot, scene.getRoot());
  }

  /** Every node under {@code root} a user can reach (in scene-graph order). */
  public static Set<Node> reachable(FxRobot robot, Node root) {
    Set<Node> all = new LinkedHashSet<>();
    robot.interact(() -> collect(root, all));
    return all;
  }

  private static void collect(Node n, Set<Node> into) {
    if (!n.isVisible()) {
      return;
    }
    if (n.isFocusTraversable() && !n.isDisabled()) {
      into.add(n);
    }
    if (n instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
    }
  }

  /**
   * The steps that go back against reading order: to a place above the previous stop and not to its right (a new
   * column goes up and right, a new row down and left; straight up, as to a field above a check box, is back).
   * The last step, back to the start, is not counted.
   */
  public static List<String> backwardSteps(FxRobot robot, List<Stop> stops) {
    List<String> back = new ArrayList<>();
    robot.interact(() -> {
      for (int i = 1; i < stops.size(); i++) {
        Bounds a = unscrolled(stops.get(i - 1).node());
        Bounds b = unscrolled(stops.get(i).node());
        if (b.getMinY() < a.getMinY() - 4 && b.getMinX() < a.getMinX() + 4) {
          back.add(stops.get(i - 1) + " → " + stops.get(i));
        }
      }
    });
    return back;
  }

  /**
   * Where a node is in the scene with every scroll pane around it scrolled to the top left: reading order is the
   * layout's, and a walk that went down a long form leaves it scrolled when Tab comes round to the top again.
   */
  private static Bounds unscrolled(Node n) {
    Bounds b = n.localToScene(n.getBoundsInLocal());
    double dx = 0;
    double dy = 0;
    for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
        Bounds content = sp.getContent().localToScene(sp.getContent().getBoundsInLocal());
        Bounds pane = sp.localToScene(sp.getBoundsInLocal());
        dx += Math.max(0, pane.getMinX() + sp.snappedLeftInset() - content.getMinX());
        dy += Math.max(0, pane.getMinY() + sp.snappedTopInset() - content.getMinY());
      }
    }
    return new javafx.geometry.BoundingBox(b.getMinX() + dx, b.getMinY() + dy, b.getWidth(), b.getHeight());
  }

  /** The node's size and where each of its shown parts lies in it. */
  private static List<Bounds> geometry(Node n) {
    List<Bounds> g = new ArrayList<>();
    g.add(n.getLayoutBounds());
    if (n instanceof Parent p) {
      // where layout put each part, not its painted bounds: a ring drawn as an effect (a halo) moves nothing
      p.getChildrenUnmodifiable().stream().filter(Node::isVisible).forEach(c -> {
        Bounds l = c.getLayoutBounds();
        g.add(new javafx.geometry.BoundingBox(c.getLayoutX() + l.getMinX(), c.getLayoutY() + l.getMinY(), l.getWidth(),
            l.getHeight()));
      });
    }
    return g;
  }

  private static boolean same(List<Bounds> a, List<Bounds> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Bounds x = a.get(i);
      Bounds y = b.get(i);
      if (Math.abs(x.getMinX() - y.getMinX()) > 0.5 || Math.abs(x.getMinY() - y.getMinY()) > 0.5
          || Math.abs(x.getWidth() - y.getWidth()) > 0.5 || Math.abs(x.getHeight() - y.getHeight()) > 0.5) {
        return false;
      }
    }
    return true;
  }

  private static Image snapshot(Node n) {
    SnapshotParameters p = new SnapshotParameters();
    p.setFill(Color.TRANSPARENT);
    return n.snapshot(p, null);
  }

  private static boolean differ(Image a, Image b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return true;
    }
    PixelReader ra = a.getPixelReader();
    PixelReader rb = b.getPixelReader();
    for (int y = 0; y < (int) a.getHeight(); y++) {
      for (int x = 0; x < (int) a.getWidth(); x++) {
        if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Button#diariumRegister" or "TextField(Rubrik)". */
  public static String describe(Node n) {
    String name = n.getClass().getSimpleName();
    if (n.getId() != null) {
      return name + "#" + n.getId();
    }
    return name + (n.getAccessibleText() != null ? "(" + n.getAccessibleText() + ")" : "@" + Integer.toHexString(
        System.identityHashCode(n)));
  }
}
