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

  public static void waitUntil(String what, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    } catch (TimeoutException e) {
      throw new AssertionError("väntade förgäves på: " + what, e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The window at 1366×768, or as wide as the screen is (Monocle's headless screen is 1280 wide): the height matters. */
  public static void at1366x768(javafx.stage.Stage stage) {
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(Math.min(1366, javafx.stage.Screen.getPrimary().getBounds().getWidth()));
    stage.setHeight(768);
  }

  public static <T extends Node> T waitFor(FxRobot robot, String query) {
    waitUntil(query, () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    T node = robot.lookup(query).query();
    assertThat(node).isNotNull();
    return node;
  }
}
