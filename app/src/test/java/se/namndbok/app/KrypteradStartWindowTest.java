package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestStore;

/**
 * An encrypted embedded store at the window's start with no password from the environment: the window asks for
 * it ("Lösenord för databasen"), a wrong one is refused with core's Swedish message in the dialog and the store
 * stays closed, the right one opens the diarium; Avbryt ends the program (decision 0136).
 */
@ExtendWith(ApplicationExtension.class)
class KrypteradStartWindowTest {
  private static final String LOSENORD = "ratt-losenord-42";

  private final AtomicInteger exits = new AtomicInteger();
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private Path folder;

  @Start
  void start(Stage stage) throws IOException {
    Path base = Files.createDirectories(Path.of("target", "test-stores"));
    folder = Files.createTempDirectory(base, "krypterad");
    try (Database db = Database.openEmbedded(folder, LOSENORD.toCharArray())) {
      new FakeDemo().install(CoreWiring.build(db, TestStore.CLOCK));
    }
    Theme.install();
    executor = new UiTaskExecutor();
    // as the window is started without NAMNDBOK_LOSENORD: the first open has no password and is refused
    startup = new WindowStartup(stage, () -> Database.openEmbedded(folder, null), TestStore.CLOCK, new FakeDemo(),
        executor, folder.toString(), exits::incrementAndGet)
        .askingPassword(password -> Database.openEmbedded(folder, password));
    startup.start();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
    startup.close();
  }

  @Test
  void aWrongPasswordIsRefusedInTheDialogAndTheRightOneOpensTheDiarium(FxRobot robot) {
    DialogPane dialog = waitFor(robot, "#losenordDialog");
    assertThat(dialog.getHeaderText()).isEqualTo("Lösenord för databasen");
    assertThat(robot.lookup("#losenordText").queryAs(Label.class).getText())
        .isEqualTo("Databasen i " + folder + " är krypterad. Skriv lösenordet för att öppna den.");
    assertThat(startup.opened()).isFalse();

    robot.clickOn("#losenordFalt").write("fel-losenord-1");
    robot.clickOn("#losenordOk");

    Label fel = waitFor(robot, "#losenordFaltError");
    assertThat(fel.getText()).isEqualTo("Fel lösenord för databasen i " + folder + ".");
    assertThat(robot.lookup("#losenordFalt").queryTextInputControl().getText()).isEmpty();
    assertThat(robot.lookup("#diariumTable").tryQuery()).isEmpty();
    assertThat(startup.opened()).isFalse();
    assertThat(exits).hasValue(0);

    robot.clickOn("#losenordFalt").write(LOSENORD);
    robot.clickOn("#losenordOk");

    TableView<?> table = waitFor(robot, "#diariumTable");
    waitUntil("the four ärenden", () -> table.getItems().size() == 4);
    assertThat(robot.lookup("#losenordDialog").tryQuery()).isEmpty();
    assertThat(startup.opened()).isTrue();
    assertThat(exits).hasValue(0);
  }

  @Test
  void avbrytEndsTheProgramWithTheStoreClosed(FxRobot robot) {
    waitFor(robot, "#losenordDialog");

    robot.clickOn("#losenordAvbryt");

    waitUntil("the program exits", () -> exits.get() == 1);
    assertThat(startup.opened()).isFalse();
    assertThat(robot.lookup("#losenordDialog").tryQuery()).isEmpty();
  }

  @Test
  void anEmptyPasswordIsAskedForAgainWithoutTryingTheStore(FxRobot robot) {
    waitFor(robot, "#losenordDialog");

    robot.clickOn("#losenordOk");

    Label fel = waitFor(robot, "#losenordFaltError");
    assertThat(fel.getText()).isEqualTo("Skriv lösenordet.");
    assertThat(startup.opened()).isFalse();
    assertThat(exits).hasValue(0);
  }
}
