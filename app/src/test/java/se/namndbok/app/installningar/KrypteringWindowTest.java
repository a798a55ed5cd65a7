package se.namndbok.app.installningar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.CoreWiring;
import se.namndbok.app.WindowWorld;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.app.testing.WindowAreas;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.PasswordException;
import se.namndbok.core.testing.TestStore;

/**
 * Inställningar → Kryptering on an unencrypted embedded store: the new password twice and the confirmation, checked
 * in the dialog; "Kryptera" re-encrypts the store in one step and the window goes on working; at the next open
 * the store refuses to open without the password (decision 0136).
 */
@ExtendWith(ApplicationExtension.class)
class KrypteringWindowTest {
  private static final String LOSENORD = "nytt-losenord-7";
  private static final Diarienummer ARENDE = Diarienummer.parse("2025/1130");

  private WindowWorld world;
  private Path folder;

  @Start
  void start(Stage stage) {
    TestStore store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    folder = store.folder();
    world = new WindowWorld(stage, store.db(), 1240, 760); // within the headless screen (1280 wide)
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void encryptingFromInstallningarMakesTheStoreNeedThePasswordAtTheNextOpen(FxRobot robot) throws Exception {
    // today's automatic backup, plain as the store: it must not stay readable beside the encrypted store
    java.nio.file.Path kopia = world.services.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    openKrypteringTab(robot);
    Label status = waitFor(robot, "#krypteringStatus");
    assertThat(status.getText()).startsWith("Databasen är inte krypterad.");
    Label utkast = robot.lookup("#krypteringUtkast").queryAs(Label.class);
    assertThat(utkast.getText()).as("what encrypting costs is said before it is chosen")
        .contains("finns kvar om Nämndbok stängs oväntat", "Med kryptering gör det inte det");
    Button knapp = robot.lookup("#krypteringKnapp").queryButton();
    assertThat(knapp.getText()).isEqualTo("Kryptera databasen …");

    robot.clickOn(knapp);
    DialogPane dialog = waitFor(robot, "#nyttLosenordDialog");
    assertThat(dialog.getHeaderText()).isEqualTo("Kryptera databasen");
    assertThat(robot.lookup("#nyttLosenordUtkast").queryAs(Label.class).getText())
        .as("no drafts for an encrypted store (decision 0171): said where the user chooses")
        .startsWith("Med kryptering sparas inte det du skriver innan du har tryckt Spara.")
        .contains("finns den osparade texten inte kvar vid nästa start");
    robot.clickOn("#nyttLosenord").write("kort");
    robot.clickOn("#nyttLosenordOk");
    assertThat(((Label) waitFor(robot, "#nyttLosenordError")).getText()).isEqualTo("Lösenordet måste ha minst 8 tecken.");
    assertThat(((Label) waitFor(robot, "#nyttLosenordBekraftaFel")).getText())
        .isEqualTo("Bekräfta att du förstår att uppgifterna inte kan läsas utan lösenordet.");

    set(robot, "#nyttLosenord", LOSENORD);
    robot.clickOn("#nyttLosenordIgen").write("nytt-losenord-8");
    robot.clickOn("#nyttLosenordBekrafta");
    robot.clickOn("#nyttLosenordOk");
    assertThat(((Label) waitFor(robot, "#nyttLosenordIgenError")).getText()).isEqualTo("De två lösenorden är olika.");
    assertThat(Database.isEncrypted(folder)).isFalse();

    set(robot, "#nyttLosenordIgen", LOSENORD);
    robot.clickOn("#nyttLosenordOk");

    Label klar = waitFor(robot, "#krypteringKlar");
    assertThat(klar.getText()).isEqualTo("Databasen är krypterad. Lösenordet behövs nästa gång Nämndbok startar. "
        + "De automatiska säkerhetskopiorna i datamappen (1 st) är krypterade med samma lösenord; kopior du sparat "
        + "på andra ställen är oförändrade.");
    assertThat(se.namndbok.core.backup.BackupService.isEncrypted(kopia)).as("the backup encrypted with the store")
        .isTrue();
    assertThat(robot.lookup("#nyttLosenordDialog").tryQuery()).isEmpty();
    assertThat(knapp.getText()).isEqualTo("Byt lösenord …");
    assertThat(status.getText()).startsWith("Databasen är krypterad med ett lösenord.");
    assertThat(utkast.getText()).contains("skrivs aldrig till disken", "inte kvar vid nästa start");
    assertThat(Database.isEncrypted(folder)).isTrue();
    assertThat(world.services.arenden().find(ARENDE)).isPresent(); // the open store goes on working

    world.db.close();
    assertThatThrownBy(() -> Database.openEmbedded(folder)).isInstanceOfSatisfying(PasswordException.class,
        e -> assertThat(e.orsak()).isEqualTo(PasswordException.Orsak.SAKNAS));
    assertThatThrownBy(() -> Database.openEmbedded(folder, "nytt-losenord-8".toCharArray()))
        .isInstanceOfSatisfying(PasswordException.class,
            e -> assertThat(e.orsak()).isEqualTo(PasswordException.Orsak.FEL));
    try (Database again = Database.openEmbedded(folder, LOSENORD.toCharArray())) {
      assertThat(CoreWiring.build(again, TestStore.CLOCK).arenden().find(ARENDE)).isPresent();
    }
  }

  @Test
  void avbrytLeavesTheStoreUnencrypted(FxRobot robot) {
    openKrypteringTab(robot);
    robot.clickOn("#krypteringKnapp");
    waitFor(robot, "#nyttLosenordDialog");
    robot.clickOn("#nyttLosenord").write(LOSENORD);
    robot.clickOn("#nyttLosenordIgen").write(LOSENORD);
    robot.clickOn("#nyttLosenordBekrafta");

    robot.clickOn("#nyttLosenordAvbryt");

    waitUntil("the dialog closed", () -> robot.lookup("#nyttLosenordDialog").tryQuery().isEmpty());
    assertThat(Database.isEncrypted(folder)).isFalse();
    assertThat(robot.lookup("#krypteringStatus").queryAs(Label.class).getText())
        .startsWith("Databasen är inte krypterad.");
  }

  @Test
  void removingTheEncryptionAsksForTheCurrentPasswordAndLeavesAStoreThatOpensWithoutOne(FxRobot robot) {
    world.db.changePassword(LOSENORD.toCharArray());
    openKrypteringTab(robot);
    Label status = waitFor(robot, "#krypteringStatus");
    assertThat(status.getText()).startsWith("Databasen är krypterad med ett lösenord.");
    Button taBort = robot.lookup("#taBortKrypteringKnapp").queryButton();
    assertThat(taBort.isVisible()).isTrue();
    assertThat(taBort.getText()).isEqualTo("Ta bort krypteringen …");

    robot.clickOn(taBort);
    DialogPane dialog = waitFor(robot, "#taBortKrypteringDialog");
    assertThat(dialog.getHeaderText()).isEqualTo("Ta bort krypteringen");
    robot.clickOn("#taBortKrypteringOk");
    assertThat(((Label) waitFor(robot, "#nuvarandeLosenordError")).getText()).isEqualTo("Skriv lösenordet.");
    set(robot, "#nuvarandeLosenord", "nytt-losenord-8");
    robot.clickOn("#taBortKrypteringOk");
    waitUntil("the wrong password refused", () -> "Fel lösenord. Krypteringen är kvar.".equals(
        robot.lookup("#taBortKrypteringFel").queryAs(Label.class).getText()));
    assertThat(Database.isEncrypted(folder)).isTrue();

    set(robot, "#nuvarandeLosenord", LOSENORD);
    robot.clickOn("#taBortKrypteringOk");

    Label klar = waitFor(robot, "#krypteringKlar");
    assertThat(klar.getText()).isEqualTo("Krypteringen är borttagen. Databasen öppnas utan lösenord.");
    assertThat(robot.lookup("#taBortKrypteringDialog").tryQuery()).isEmpty();
    assertThat(taBort.isVisible()).isFalse();
    assertThat(status.getText()).startsWith("Databasen är inte krypterad.");
    assertThat(Database.isEncrypted(folder)).isFalse();
    assertThat(world.services.arenden().find(ARENDE)).isPresent();

    world.db.close();
    try (Database again = Database.openEmbedded(folder)) {
      assertThat(CoreWiring.build(again, TestStore.CLOCK).arenden().find(ARENDE)).isPresent();
    }
  }

  private static void openKrypteringTab(FxRobot robot) {
    WindowAreas.open(robot, 5);
    TabPane tabs = waitFor(robot, "#installningarFlikar");
    Tab tab = tabs.getTabs().stream().filter(t -> "flik-kryptering".equals(t.getId())).findFirst().orElseThrow();
    robot.interact(() -> tabs.getSelectionModel().select(tab));
  }

  private static void set(FxRobot robot, String id, String text) {
    var field = robot.lookup(id).queryTextInputControl();
    robot.interact(() -> field.setText(text));
  }
}
