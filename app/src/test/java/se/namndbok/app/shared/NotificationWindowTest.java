package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notification after a finished action ("Kallelsen är sparad") is a box in the theme's colours: ControlsFX
 * paints it with Modena's colour names, which AtlantaFX lacks, and without the app's own definitions the box was
 * not drawn at all — only its text over the window.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationWindowTest {
  private Label owner;

  @Start
  void start(Stage stage) {
    Theme.install();
    owner = new Label("Nämndbok");
    stage.setScene(Theme.style(new Scene(new StackPane(owner), 800, 600)));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    // the notification shown until now goes with the test, not into the next one in this JVM
    WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
        .filter(javafx.stage.PopupWindow.class::isInstance).forEach(javafx.stage.Window::hide)).get();
    FxToolkit.cleanupStages();
  }

  @Test
  void aDoneNotificationIsAnOpaqueBoxWithTheThemesBorderAndText(FxRobot robot) {
    // shown until the test ends: on a busy machine the lookups could otherwise outlast the program's six seconds
    robot.interact(() -> EntryForms.notifyDone(owner, "Kallelsen är sparad", Duration.INDEFINITE));

    Region box = waitFor(robot, ".notification-bar > .pane");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> box.applyCss());
    assertThat(box.getBackground()).as("the box's background").isNotNull();
    var fills = box.getBackground().getFills();
    assertThat(fills).as("border, inner border and body").hasSize(3);
    for (BackgroundFill fill : fills) {
      assertThat(fill.getFill()).isInstanceOf(Color.class);
      assertThat(((Color) fill.getFill()).getOpacity()).as(fill.toString()).isEqualTo(1.0);
    }
    Color body = (Color) fills.getLast().getFill();
    Color border = (Color) fills.getFirst().getFill();
    assertThat(body).as("the body is not the border's colour").isNotEqualTo(border);
    Label text = robot.lookup(".notification-bar > .pane .label").match(
        (Label l) -> "Kallelsen är sparad".equals(l.getText())).queryAs(Label.class);
    assertThat(((Color) text.getTextFill()).getBrightness()).as("dark text on the light box").isLessThan(0.4);
  }
}
