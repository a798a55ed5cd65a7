package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.namndbok.core.shared.Clock;

/** The notice at start lists what was typed and not saved before the program ended, and can throw it away. */
@ExtendWith(ApplicationExtension.class)
class DraftsNoticeWindowTest {
  private static final Clock CLOCK = new Clock(java.time.Clock.fixed(Instant.parse("2026-12-06T13:32:00Z"),
      ZoneId.of("Europe/Stockholm")), "test");
  private Stage stage;

  @TempDir
  Path folder;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    SwedishLocale.install();
    Theme.install();
    stage.setScene(Theme.style(new Scene(new StackPane(new Label("Nämndbok")), 800, 600)));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void theNoticeListsWhatWasLeftAndSlangThrowsItAway(FxRobot robot) throws Exception {
    QuietPause quiet = new QuietPause();
    Drafts drafts = Drafts.of(folder, CLOCK, quiet);
    WaitForAsyncUtils.asyncFx(() -> {
      var text = new SimpleStringProperty("");
      EntryFormState state = EntryFormState.of(List.of(text));
      drafts.keep(state, () -> "punkt-7", () -> "punkt 2 ”Information från socialdirektören”");
      text.set("Socialnämnden noterar informationen.");
      quiet.pass();
    }).get();
    assertThat(drafts.saved()).hasSize(1);

    Platform.runLater(() -> DraftsNotice.showIfAny(stage, drafts));
    DialogPane pane = waitFor(robot, "#utkastDialog");

    assertThat(pane.getHeaderText()).isEqualTo("Det du skrev förra gången finns kvar");
    assertThat(pane.getContentText()).endsWith("• 6 december kl. 14.32: punkt 2 ”Information från socialdirektören”");
    robot.clickOn("#utkastSlang");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#utkastDialog").tryQuery()).isEmpty();
    assertThat(drafts.saved()).as("thrown away").isEmpty();
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void noNoticeWhenNothingIsLeft(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> DraftsNotice.showIfAny(stage, Drafts.of(folder, CLOCK, new QuietPause()))).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#utkastDialog").tryQuery()).isEmpty();
  }
}
