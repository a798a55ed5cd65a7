package se.namndbok.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting helpers for the few TestFX tests: the window works in the background, so tests wait for results. */
public final class WindowFixture {
  private WindowFixture() {}

  /**
   * Waits for {@code condition} to hold, up to 60 s: a bound on a machine where four builds compete for two cores
   * (the wait ends as soon as it holds; it never makes a wrong result pass).
   */
  public static void waitUntil(String what, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    } catch (TimeoutException e) {
      throw new AssertionError("väntade förgäves på: " + what, e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Lays out {@code node}'s scene at once, on the JavaFX thread, as the next pulse would: CSS, then layout, twice (a
   * table places its rows in a second pass after a scroll). Counting on pulses between a few short sleeps raced on a
   * busy machine: the diarium's notice test once found the row it had scrolled to not yet shown.
   */
  public static void layOut(FxRobot robot, Node node) {
    robot.interact(() -> {
      for (int pass = 0; pass < 2; pass++) {
        javafx.scene.Parent root = node.getScene().getRoot();
        root.applyCss();
        root.layout();
      }
    });
  }

  /** The window at 1366×768, or as wide as the screen is (Monocle's headless screen is 1280 wide): the height matters. */
  public static void at1366x768(javafx.stage.Stage stage) {
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(Math.min(1366, javafx.stage.Screen.getPrimary().getBounds().getWidth()));
    stage.setHeight(768);
  }

  /**
   * Shows {@code scene} in TestFX's stage at the scene's size. The stage is shared by every window test of the
   * run and keeps the size an earlier test gave it (in a whole-module run the meeting-builder test found it at
   * 800×560, the minimum {@code WindowStartup} sets), where the builder's list showed one item at a time and
   * the protokoll rows lay outside the view: those tests failed only in whole-module runs.
   */
  public static void show(javafx.stage.Stage stage, javafx.scene.Scene scene) {
    stage.setFullScreen(false);
    stage.setMaximized(false);
    stage.setScene(scene);
    stage.setWidth(scene.getWidth());
    stage.setHeight(scene.getHeight());
    stage.show();
  }

  public static <T extends Node> T waitFor(FxRobot robot, String query) {
    waitUntil(query, () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    T node = robot.lookup(query).query();
    assertThat(node).isNotNull();
    return node;
  }
}
