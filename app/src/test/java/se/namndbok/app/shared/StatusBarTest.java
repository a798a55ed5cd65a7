package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.concurrent.CountDownLatch;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The bottom line at 1366 px on a shared store while a save waits for a lost server: what the user must read or
 * reach (the connection's state, Avbryt) is whole; the board's long description gives way.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
  private final UiTaskExecutor executor = new UiTaskExecutor();
  private final CountDownLatch release = new CountDownLatch(1);
  private StatusBar bar;

  @Start
  void start(Stage stage) {
    Theme.install();
    bar = new StatusBar(executor);
    BorderPane root = new BorderPane();
    root.setBottom(bar);
    stage.setScene(new Scene(root, 1366, 200));
    stage.show();
  }

  @AfterEach
  void close() {
    release.countDown();
    executor.close();
  }

  @Test
  void theConnectionsStateAndAvbrytStayWholeBesideALongDescription(FxRobot robot) {
    robot.interact(() -> {
      bar.setInfo("Socialnämnden, Luleå kommun  ·  Server: jdbc:postgresql://dbserver.kommun.se:5432/namndbok  ·  "
          + "anna (sekreterare, registrator)");
      bar.setConnection(Messages.get("andring.forbindelse.bruten"), true);
      BackgroundTask.wrap(() -> {
        release.await();
        return null;
      }).titled("Sparar punkten …").executeWith(executor);
    });
    Button cancel = robot.lookup("#statusCancel").queryButton();
    waitUntil("the task shown", () -> cancel.isVisible());
    robot.interact(() -> { });

    Label connection = robot.lookup("#statusForbindelse").<Label>query();
    assertThat(connection.getText()).startsWith("Förbindelsen med databasservern bröts.");
    assertThat(connection.getWidth()).as("the connection's state in full")
        .isGreaterThanOrEqualTo(connection.prefWidth(-1) - 0.5);
    assertThat(connection.getStyleClass()).contains("warning-text");
    assertThat(cancel.getWidth()).as("Avbryt in full").isGreaterThanOrEqualTo(cancel.prefWidth(-1) - 0.5);
    Label info = robot.lookup("#statusInfo").<Label>query();
    assertThat(info.getWidth()).as("the description gave way").isLessThan(info.prefWidth(-1));

    robot.interact(() -> bar.setConnection("", false));
    assertThat(connection.isManaged()).as("nothing to tell takes no room").isFalse();
  }
}
