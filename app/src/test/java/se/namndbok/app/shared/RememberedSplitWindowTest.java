package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.namndbok.app.testing.WindowFixture;

/** A divider the user drags stays there at the next start; one moved by the program is not remembered. */
@ExtendWith(ApplicationExtension.class)
class RememberedSplitWindowTest {
  private final Preferences node = Preferences.userRoot().node("se/namndbok/test/" + UUID.randomUUID());
  private final WindowPreferences preferences = new WindowPreferences(node);
  private SplitPane split;

  @Start
  void start(Stage stage) {
    Theme.install();
    split = delning();
    WindowFixture.show(stage, Theme.style(new Scene(new StackPane(split), 800, 600)));
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    node.removeNode();
  }

  private SplitPane delning() {
    SplitPane s = new SplitPane(new StackPane(new Label("Sammanträden")), new StackPane(new Label("Protokoll")));
    s.setOrientation(Orientation.VERTICAL);
    s.setDividerPositions(0.22);
    RememberedSplit.remember(s, "prov", preferences);
    return s;
  }

  @Test
  void aDraggedDividerIsWhereItWasLeftInTheNextSplitWithTheSameKey(FxRobot robot) throws Exception {
    robot.interact(() -> split.setDividerPositions(0.3)); // the program moving it: not the user's choice
    assertThat(preferences.split("prov")).isEmpty();

    WaitForAsyncUtils.waitForFxEvents();
    Node divider = split.lookup(".split-pane-divider");
    robot.drag(divider, MouseButton.PRIMARY).moveBy(0, 150).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();

    double dragged = split.getDividerPositions()[0];
    assertThat(dragged).as("150 of 600 pixels down from 0.3").isCloseTo(0.55, within(0.02));
    assertThat(preferences.split("prov")).hasValueSatisfying(p -> assertThat(p).containsExactly(dragged));
    SplitPane next = WaitForAsyncUtils.asyncFx(this::delning).get();
    assertThat(next.getDividerPositions()[0]).isCloseTo(dragged, within(1e-9));
  }

  @Test
  void aSavedPositionForAnotherNumberOfDividersOrOutOfRangeIsIgnored(FxRobot robot) throws Exception {
    preferences.saveSplit("prov", new double[] {0.3, 0.6});
    assertThat(WaitForAsyncUtils.asyncFx(this::delning).get().getDividerPositions()[0]).isEqualTo(0.22);
    node.node("delningar").put("prov", "1.7");
    assertThat(preferences.split("prov")).isEmpty();
    node.node("delningar").put("prov", "en halv");
    assertThat(preferences.split("prov")).isEmpty();
  }
}
