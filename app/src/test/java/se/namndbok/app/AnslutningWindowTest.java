package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.EnumSet;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.anslutning.Anslutningsuppgifter;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * The window's first start: "Anslut till nämndens gemensamma databas" on a real PostgreSQL server — a wrong
 * password is told in Swedish under the form, the right one opens the server's diarium; server, database and
 * user are remembered, the password is not.
 */
@ExtendWith(ApplicationExtension.class)
class AnslutningWindowTest {
  private static TestPostgres.Ny server;
  private TestStore embedded;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private Preferences prefs;

  @BeforeAll
  static void serverWithABoardAndAUser() {
    server = TestPostgres.initialisedDatabase();
    try (Database owner = server.openAsOwner()) {
      var core = se.namndbok.app.CoreWiring.build(owner, TestStore.CLOCK);
      core.demo().load(b -> ("%PDF-1.7 " + b.filnamn()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      core.server().laggTill("agnes", "rätt-lösen".toCharArray(),
          EnumSet.of(AnvandarRoll.SEKRETERARE, AnvandarRoll.REGISTRATOR));
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    embedded = TestStore.create();
    prefs = Preferences.userRoot().node("se/namndbok/test/anslutning-" + System.nanoTime());
    Theme.install();
    executor = new UiTaskExecutor();
    startup = new WindowStartup(stage, embedded::db, TestStore.CLOCK, new FakeDemo(), executor, "test", () -> {},
        new WindowStartup.SharedStore(true, new Anslutningsuppgifter.Minne(prefs), Database::openPostgres));
    startup.start();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    startup.close();
    executor.close();
    embedded.close();
    prefs.removeNode();
  }

  @Test
  void aWrongPasswordIsToldInSwedishAndTheRightOneOpensTheServersDiarium(FxRobot robot) throws Exception {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#firstRunServer"));
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#anslutServer")).write(server.url()
        .replace("jdbc:postgresql://", "").replaceFirst("/.*", ""));
    robot.doubleClickOn("#anslutDatabas").write(server.name());
    robot.clickOn("#anslutAnvandare").write("agnes");
    robot.clickOn("#anslutLosenord").write("fel-lösen");
    robot.clickOn("#anslutKnapp");

    Label fel = waitFor(robot, "#anslutFel");
    waitUntil("the Swedish refusal", () -> fel.getText().contains("Fel användarnamn eller lösenord"));
    assertThat(fel.getText()).isEqualTo("Fel användarnamn eller lösenord för databasen (användare agnes).");

    robot.doubleClickOn("#anslutLosenord").eraseText(9).write("rätt-lösen");
    robot.clickOn("#anslutKnapp");

    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the server's ärenden", () -> !table.getItems().isEmpty());
    assertThat(robot.lookup(".status-bar .label").queryAllAs(Label.class).stream().map(Label::getText))
        .anySatisfy(t -> assertThat(t).contains("agnes på", "sekreterare"));
    assertThat(robot.lookup("#endastLasbart").tryQuery()).as("a registrator changes the diarium").isEmpty();

    // an area her roles do not change says so before she types anything (the server would refuse it at the save)
    robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT3)
        .release(javafx.scene.input.KeyCode.CONTROL);
    Label lasbart = waitFor(robot, "#endastLasbart");
    assertThat(lasbart.getText()).isEqualTo("Du (agnes) kan läsa här men inte ändra: det kräver rollen statistik. "
        + "Dina roller: sekreterare, registrator.");
    robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
        .release(javafx.scene.input.KeyCode.CONTROL);
    waitUntil("Sammanträden is hers to change", () -> robot.lookup("#endastLasbart").tryQuery().isEmpty());
    assertThat(prefs.keys()).containsExactlyInAnyOrder("server", "databas", "anvandare");
    assertThat(prefs.get("anvandare", "")).isEqualTo("agnes");
  }
}
