package se.namndbok.app;

import se.namndbok.app.CoreWiring;
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
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.testing.TestStore;

/** The real window on a store with a board: registering an ärende from the dialog. */
@ExtendWith(ApplicationExtension.class)
class DiariumWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private ArendeService arenden;

  @Start
  void start(Stage stage) {
    store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    arenden = store.core().arenden();
    Theme.install();
    executor = new UiTaskExecutor();
    startup = new WindowStartup(stage, store::db, TestStore.CLOCK, new FakeDemo(), executor, "test", () -> {});
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
  void aRegisteredArendeAppearsSelectedInTheTable(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the four ärenden", () -> table.getItems().size() == 4);

    robot.clickOn("#diariumRegister");
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#registerKlassificering")).write("3.9.0.1");
    robot.clickOn("#registerRubrik").write("Överklagat beslut om bistånd");
    robot.clickOn("#registerHandlaggare").write("Örjan Åberg");
    robot.clickOn("#registerSave");

    waitUntil("the new ärende selected", () -> table.getSelectionModel().getSelectedItem() != null
        && table.getSelectionModel().getSelectedItem().rubrik().equals("Överklagat beslut om bistånd"));
    Arende nytt = table.getSelectionModel().getSelectedItem();
    assertThat(nytt.arendenummer()).hasToString("2025/1185-3.9.0.1");
    assertThat(nytt.handlaggare()).isEqualTo("Örjan Åberg");
    assertThat(table.getItems()).hasSize(5);
    assertThat(robot.lookup("#registerArendeDialog").tryQuery()).isEmpty();
  }

  /** A handläggare already in the diarium is chosen from the list with Enter, and the next Enter registers. */
  @Test
  void theHandlaggareInUseIsChosenWithEnterAndTheNextEnterRegisters(FxRobot robot) {
    arenden.register(new se.namndbok.core.arende.NyttArende(null, "3.9.0.1", "Tidigare", "Örjan Åberg", false,
        java.time.LocalDate.of(2025, 10, 1)));
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the ärenden", () -> !table.getItems().isEmpty());

    robot.clickOn("#diariumRegister");
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#registerRubrik")).write("Överklagat beslut om bistånd");
    robot.clickOn("#registerHandlaggare").write("örj");
    waitUntil("the handläggare suggested", () -> robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
        .anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c && "Örjan Åberg".equals(c.getItem())));
    robot.type(KeyCode.ENTER);
    waitUntil("the handläggare chosen", () -> robot.lookup("#registerHandlaggare").<javafx.scene.control.TextField>query()
        .getText().equals("Örjan Åberg"));
    robot.type(KeyCode.ENTER);

    waitUntil("the new ärende selected", () -> table.getSelectionModel().getSelectedItem() != null
        && table.getSelectionModel().getSelectedItem().rubrik().equals("Överklagat beslut om bistånd"));
    assertThat(table.getSelectionModel().getSelectedItem().handlaggare()).isEqualTo("Örjan Åberg");
  }

  @Test
  void aBadKlassificeringShowsASwedishMessageAtTheFieldAndSavesNothing(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the four ärenden", () -> table.getItems().size() == 4);

    robot.clickOn("#diariumRegister");
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#registerKlassificering")).write("tre");
    robot.clickOn("#registerRubrik").write("Något");
    robot.clickOn("#registerSave");

    Label error = waitFor(robot, "#registerKlassificeringError");
    assertThat(error.getText())
        .isEqualTo("Klassificering: \"tre\" är ingen klassificering; skriv siffror med punkt emellan, t.ex. 3.9.0.1");
    assertThat(robot.lookup("#registerKlassificering").query().getPseudoClassStates())
        .anyMatch(p -> p.getPseudoClassName().equals("danger"));
    assertThat(robot.lookup("#registerRubrikError").queryAs(Label.class).isVisible()).isFalse();
    assertThat(arenden.count()).isEqualTo(4);
    waitUntil("the focus in the refused field", () -> robot.lookup("#registerKlassificering").query().isFocused());

    robot.clickOn("#registerRubrik").write(" om något");
    assertThat(error.isVisible()).as("another field typed in leaves the message").isTrue();
    robot.clickOn("#registerKlassificering").type(KeyCode.BACK_SPACE);
    waitUntil("the message goes when its field is corrected", () -> !error.isVisible());
    assertThat(robot.lookup("#registerKlassificering").query().getPseudoClassStates())
        .noneMatch(p -> p.getPseudoClassName().equals("danger"));

    robot.clickOn("#registerCancel");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSlang");
    waitUntil("the dialog closed", () -> robot.lookup("#registerArendeDialog").tryQuery().isEmpty());
    assertThat(table.getItems()).hasSize(4);
    assertThat(arenden.count()).isEqualTo(4);
  }

  @Test
  void escInADialogWithTypedTextAsksAndAvbrytKeepsItWhileSparaRegistersIt(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the four ärenden", () -> table.getItems().size() == 4);

    robot.clickOn("#diariumRegister");
    waitFor(robot, "#registerKlassificering");
    robot.type(KeyCode.ESCAPE);
    waitUntil("nothing typed: Esc just closes", () -> robot.lookup("#registerArendeDialog").tryQuery().isEmpty());
    assertThat(robot.lookup("#osparatDialog").tryQuery()).isEmpty();

    robot.clickOn("#diariumRegister");
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#registerKlassificering")).write("3.9.0.1");
    robot.clickOn("#registerRubrik").write("Begäran om yttrande");
    robot.type(KeyCode.ESCAPE);
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    assertThat(robot.lookup("#registerRubrik").<javafx.scene.control.TextField>query().getText())
        .isEqualTo("Begäran om yttrande");

    robot.type(KeyCode.ESCAPE);
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("registered from the question", () -> arenden.count() == 5);
    waitUntil("the dialog closed", () -> robot.lookup("#registerArendeDialog").tryQuery().isEmpty());
  }

  /**
   * A window system may show a dialog at another height than JavaFX asked for (GTK showed "Ändra ärende" 158 px
   * tall in a walk); the dialog then fits itself to its form, and while the window's new height is on its way to
   * the scene, a second fit took the difference for the window's frame and grew the dialog to 546 px.
   */
  @Test
  void andraArendeOpensAsTallAsItsFormNeedsAlsoWhenTheWindowSystemShowsItAtAnotherHeight(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the four ärenden", () -> table.getItems().size() == 4);
    robot.interact(() -> table.getSelectionModel().select(0));
    javafx.collections.ListChangeListener<javafx.stage.Window> shownShort = c -> {
      while (c.next()) {
        c.getAddedSubList().forEach(w -> w.setHeight(158));
      }
    };
    robot.interact(() -> javafx.stage.Window.getWindows().addListener(shownShort));
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#diariumAndra"));
    javafx.scene.control.DialogPane pane = waitFor(robot, "#registerArendeDialog");
    robot.interact(() -> javafx.stage.Window.getWindows().removeListener(shownShort));
    waitUntil("the dialog fitted", () -> pane.getScene().getHeight() > 200);
    for (int i = 0; i < 5; i++) { // what else the opening queued, and the window's height on its way to the scene
      robot.interact(() -> { });
      robot.sleep(50);
    }

    assertThat(pane.getHeight()).as("the dialog's height against what its form needs (no empty space under it)")
        .isCloseTo(pane.prefHeight(pane.getWidth()), org.assertj.core.data.Offset.offset(4.0));
    robot.clickOn("#registerCancel");
    waitUntil("the dialog closed", () -> robot.lookup("#registerArendeDialog").tryQuery().isEmpty());
  }
}
