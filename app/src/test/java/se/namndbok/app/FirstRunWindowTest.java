package se.namndbok.app;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import javafx.scene.control.Button;
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
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.db.Database;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.testing.TestStore;

/** The real window on an empty store: the first-run choice, then the diarium. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private final FakeDemo demo = new FakeDemo();

  @Start
  void start(Stage stage) {
    store = TestStore.create(CoreWiring.renderers());
    Theme.install();
    executor = new UiTaskExecutor();
    startup = new WindowStartup(stage, store::db, TestStore.CLOCK, demo, executor, "test", () -> {});
    startup.start();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
    startup.close(); // the automatic backup stops before the store closes, as in the program
    store.close();
  }

  @Test
  void anEmptyStoreOffersTheChoiceAndAnEmptyBoardLeadsToTheDiarium(FxRobot robot) {
    Button demoButton = waitFor(robot, "#firstRunDemo");
    assertThat(demoButton.getText()).isEqualTo("Öppna demonämnden");
    assertThat(robot.lookup("#firstRunEmpty").queryButton().getText()).isEqualTo("Börja med en tom nämnd");
    assertThat(robot.window(0).getScene().getWindow()).isInstanceOfSatisfying(Stage.class,
        s -> assertThat(s.getTitle()).isEqualTo("Nämndbok"));

    robot.clickOn("#firstRunEmpty");
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#namndNamn")).write("Socialnämnden");
    robot.clickOn("#namndKommun").write("Bodens kommun");
    robot.clickOn("#namndForvaltning").write("Socialförvaltningen");
    robot.clickOn("#namndSkapa");

    TableView<Arende> table = waitFor(robot, "#diariumTable");
    assertThat(table.getItems()).isEmpty();
    assertThat(store.core().namnd().current())
        .hasValueSatisfying(n -> assertThat(n.kommun()).isEqualTo("Bodens kommun"));
    assertThat(demo.installs).hasValue(0);
  }

  @Test
  void aPasswordChosenAtTheFirstStartEncryptsTheStoreBeforeTheBoardIsChosen(FxRobot robot) {
    Button kryptera = waitFor(robot, "#firstRunKryptera");
    assertThat(kryptera.getText()).isEqualTo("Skydda databasen med ett lösenord …");
    assertThat(Database.isEncrypted(store.folder())).isFalse();

    robot.clickOn(kryptera);
    waitFor(robot, "#nyttLosenordDialog");
    robot.clickOn("#nyttLosenord").write("forsta-losenord");
    robot.clickOn("#nyttLosenordIgen").write("forsta-losenord");
    robot.clickOn("#nyttLosenordBekrafta");
    robot.type(KeyCode.ENTER); // from the ticked box: saves, and does not untick it

    Label krypterad = waitFor(robot, "#firstRunKrypterad");
    waitUntil("the confirmation in the button's place", () -> krypterad.isVisible() && !kryptera.isVisible());
    assertThat(krypterad.getText()).isEqualTo("Databasen är krypterad. Lösenordet behövs nästa gång Nämndbok startar.");
    assertThat(Database.isEncrypted(store.folder())).isTrue();

    robot.clickOn((javafx.scene.Node) waitFor(robot, "#firstRunDemo"));
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the demo's four ärenden", () -> table.getItems().size() == 4);
    assertThat(demo.installs).hasValue(1);
  }

  @Test
  void theDemoShowsTheDiariumWhereTypingADiarienummerLeavesThatArende(FxRobot robot) {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#firstRunDemo"));
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the demo's four ärenden", () -> table.getItems().size() == 4);

    robot.clickOn("#diariumSearch").write("2025/1130");

    waitUntil("only 2025/1130 left", () -> table.getItems().size() == 1
        && table.getItems().getFirst().diarienummer().toString().equals("2025/1130"));
    javafx.scene.control.TableRow<?> first = robot.lookup("#diariumTable .table-row-cell")
        .<javafx.scene.control.TableRow<?>>match(r -> r.getIndex() == 0 && r.getItem() != null).query();
    robot.clickOn(first);
    TableView<?> handlingar = waitFor(robot, "#handlingarTable");
    waitUntil("its two handlingar", () -> handlingar.getItems().size() == 2);
  }
}
