package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
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
import se.namndbok.core.db.StoreInUseException;
import se.namndbok.core.testing.TestStore;

/** Another Nämndbok has the store: the window says so in Swedish and exits, no stack trace. */
@ExtendWith(ApplicationExtension.class)
class StoreInUseWindowTest {
  private UiTaskExecutor executor;
  private final AtomicInteger exits = new AtomicInteger();

  @Start
  void start(Stage stage) {
    Theme.install();
    executor = new UiTaskExecutor();
    NamndbokApp.StoreOpener inUse = () -> {
      throw new StoreInUseException(Path.of("/data/namndbok"), new SQLException("Database may be already in use", "", 90020));
    };
    new WindowStartup(stage, inUse, TestStore.CLOCK, new FakeDemo(), executor, "test", exits::incrementAndGet).start();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
  }

  @Test
  void aStoreInUseIsExplainedInSwedishAndTheProgramExits(FxRobot robot) {
    DialogPane dialog = waitFor(robot, "#storeInUseDialog");

    assertThat(dialog.getHeaderText()).isEqualTo("Nämndbok är redan öppet");
    assertThat(dialog.getContentText()).startsWith("Nämndbok är redan öppet och använder datamappen /data/namndbok.")
        .doesNotContain("Exception");
    assertThat(exits).hasValue(0);

    robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());

    waitUntil("the program exits", () -> exits.get() == 1);
    assertThat(dialog.getButtonTypes()).containsExactly(ButtonType.OK);
  }
}
