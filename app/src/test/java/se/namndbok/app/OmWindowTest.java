package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.shared.ProgramVersion;
import se.namndbok.app.testing.Skarmbilder;

/** "Om Nämndbok" is reached from the Hjälp menu with the keyboard alone and names the version and the libraries. */
@ExtendWith(ApplicationExtension.class)
class OmWindowTest {
  private WindowWorld world;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> { }, 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void altHThenOmNamndbokShowsTheVersionAndTheLibrariesAndEscClosesIt(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
    robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER);
    Label version = waitFor(robot, "#omVersion");
    assertThat(version.getText()).isEqualTo("Version " + ProgramVersion.version());
    TableView<?> bibliotek = robot.lookup("#omBibliotek").queryAs(TableView.class);
    assertThat(bibliotek.getItems()).hasSizeGreaterThan(30);
    Skarmbilder.save(robot, version.getScene(), "om-namndbok");
    robot.type(KeyCode.ESCAPE);
    waitUntil("the dialog closed", () -> robot.lookup("#omDialog").tryQuery().isEmpty());
  }
}
