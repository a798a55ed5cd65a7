package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.core.backup.BackupZip;
import se.namndbok.core.db.generated.Tables;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;

/**
 * The real window: Arkiv → "Återställ från säkerhetskopia …" lists the automatic backups, previews the chosen
 * one from its manifest (date, nämnd, counts) before anything is touched, restores only once confirmed, and shows
 * core's Swedish refusal for a tampered backup with the store left as it was.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {
  private WindowWorld world;
  private Path today;
  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> {
      core.beslut().register(beslut("FORE-1"));
      today = core.sakerhetskopior().makeTodaysIfMissing().orElseThrow();
      core.beslut().register(beslut("EFTER-1"));
      core.arenden().register(new se.namndbok.core.arende.NyttArende(
          se.namndbok.core.arende.Diarienummer.parse("2025/1185"), "3.9.0.1", "Efter kopian", "Åsa Öberg", false,
          LocalDate.of(2025, 10, 1)));
    }, 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void previewsTheNewestAutomaticBackupAndRestoresItOnlyOnceConfirmed(FxRobot robot) {
    javafx.scene.control.TableView<?> diariet = waitFor(robot, "#diariumTable");
    waitUntil("the ärende registered after the backup", () -> diariet.getItems().size() == 1);
    open(robot);
    Label preview = waitFor(robot, "#aterstallForhandsvisning");
    waitUntil("the preview", () -> preview.getText().contains("Gynnande beslut (statistiken): 1"));
    Button ok = robot.lookup("#aterstallOk").queryButton();

    assertThat(preview.getText()).containsPattern("Gjord: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
        .contains("Nämnd: ", "Filer (handlingar och bilagor): 0").doesNotContain("rader");
    assertThat(robot.lookup("#aterstallLista .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
        .isEqualTo("Automatisk säkerhetskopia 3 november 2025 kl. 10.00 – 0 ärenden, 0 sammanträden");
    assertThat(robot.lookup("#aterstallVarning").queryLabeled().getText())
        .contains("först sparas det som finns nu", "så att du kan gå tillbaka");
    assertThat(ok.isDisabled()).as("not before the confirmation").isTrue();
    assertThat(rows()).as("the preview touches nothing").isEqualTo(2);

    robot.clickOn("#aterstallBekrafta");
    waitUntil("Återställ enabled", () -> !ok.isDisabled());
    robot.clickOn(ok);

    waitUntil("the dialog closed after the restore", () -> robot.lookup("#aterstallDialog").tryQuery().isEmpty());
    assertThat(rows()).as("the store as the backup has it").isEqualTo(1);
    waitUntil("the diarium reloaded without the ärende the backup does not have", () -> diariet.getItems().isEmpty());
    // said, not only done: the dialog closed and nothing else told the user it had worked (found by a walk)
    javafx.scene.control.DialogPane klart = waitFor(robot, "#aterstallKlar");
    assertThat(klart.getHeaderText()).isEqualTo("Databasen är återställd");
    assertThat(klart.getContentText())
        .startsWith("Databasen är nu som den var 3 november 2025 kl. 10.00 (säkerhetskopian " + today.getFileName()
            + "): 0 ärenden, 0 sammanträden. Det som fanns före återställningen sparades som säkerhetskopian "
            + "”Före återställningen 3 november 2025 kl. 10.00”");
    Path fore = world.services.core().sakerhetskopior().list().getFirst();
    assertThat(world.services.core().backup().preview(fore, null).rows())
        .as("the way back holds the day's work the restore replaced").containsEntry("gynnande_beslut", 2)
        .containsEntry("arende", 1);
  }

  @Test
  void arkivSakerhetskopieraNuWritesABackupOfTheWholeStoreWhereTheUserChooses(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    world.desktop.answer(dir);
    javafx.scene.control.MenuBar bar = waitFor(robot, "#menyrad");
    javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> "menySakerhetskopiera".equals(i.getId())).findFirst().orElseThrow();
    assertThat(item.getText()).isEqualTo("_Säkerhetskopiera nu …");
    javafx.application.Platform.runLater(item::fire);

    Path zip = dir.resolve("namndbok-sakerhetskopia-" + se.namndbok.core.testing.TestStore.CLOCK.today() + ".zip");
    waitUntil("the notice naming the backup", () -> robot.lookup(".output-notice .label").queryAllAs(Label.class)
        .stream().anyMatch(l -> l.isVisible() && l.getText().contains("Säkerhetskopian är sparad")));
    var summary = world.services.core().backup().preview(zip, null);
    assertThat(summary.rows()).as("what the store holds now, the ärende registered after the daily copy too")
        .containsEntry("gynnande_beslut", 2).containsEntry("arende", 1);
  }

  @Test
  void aTamperedBackupIsRefusedInSwedishAndTheStoreStaysAsItWas(FxRobot robot) {
    Path tampered = BackupZip.read(today).copy()
        .change("tabeller/gynnande_beslut.json", json -> json.replace("FORE-1", "FORE-2"))
        .write(dir.resolve("andrad.zip"));
    world.desktop.answer(tampered);
    open(robot);
    Label preview = waitFor(robot, "#aterstallForhandsvisning");
    waitUntil("the newest automatic backup's preview", () -> !preview.getText().isEmpty());

    robot.clickOn("#aterstallValjFil");
    waitUntil("the chosen file's preview", () -> robot.lookup("#aterstallVald").queryLabeled().getText()
        .contains("andrad.zip") && !preview.getText().isEmpty());
    robot.clickOn("#aterstallBekrafta");
    Button ok = robot.lookup("#aterstallOk").queryButton();
    waitUntil("Återställ enabled", () -> !ok.isDisabled());
    robot.clickOn(ok);

    Label fel = waitFor(robot, "#aterstallFel");
    waitUntil("the refusal", () -> !fel.getText().isEmpty());
    assertThat(fel.getText()).contains("Säkerhetskopian andrad.zip", "gynnande_beslut", "kontrollsumma");
    assertThat(robot.lookup("#aterstallDialog").tryQuery()).as("the dialog stays open").isPresent();
    assertThat(rows()).as("the store as it was").isEqualTo(2);
  }

  /** Arkiv → "Återställ från säkerhetskopia …" (the menu item fired as a click on it would; it opens a dialog). */
  @Test
  void escClosesTheDialogFromItsListOfBackups(FxRobot robot) {
    open(robot);
    javafx.scene.control.ListView<?> lista = waitFor(robot, "#aterstallLista");
    robot.interact(lista::requestFocus);
    waitUntil("the list has the focus", () -> lista.getScene().getFocusOwner() == lista);

    robot.type(javafx.scene.input.KeyCode.ESCAPE);

    waitUntil("the dialog closed", () -> robot.lookup("#aterstallDialog").tryQuery().isEmpty());
    assertThat(rows()).as("nothing restored").isEqualTo(2);
  }

  private static void open(FxRobot robot) {
    javafx.scene.control.MenuBar bar = waitFor(robot, "#menyrad");
    javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> "menyAterstall".equals(i.getId())).findFirst().orElseThrow();
    assertThat(item.getText()).isEqualTo("Åte_rställ från säkerhetskopia …");
    javafx.application.Platform.runLater(item::fire);
    waitFor(robot, "#aterstallDialog");
  }

  private int rows() {
    return world.db.read(tx -> tx.dsl().fetchCount(Tables.GYNNANDE_BESLUT));
  }

  private static GynnandeBeslut beslut(String id) {
    return new GynnandeBeslut(id, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null,
        null);
  }
}
