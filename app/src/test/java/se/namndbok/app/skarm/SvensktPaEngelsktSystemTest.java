package se.namndbok.app.skarm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.ProgramStart;
import se.namndbok.core.testing.TestStore;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.app.testing.WindowAreas;

/**
 * On a system whose locale is English (this test's JVM runs with -Duser.language=en, see pom.xml), the program
 * speaks Swedish by itself: the calendar (Swedish month and day names, weeks from Monday with week numbers,
 * opening on the typed date) and a confirmation dialog ("Ja", "Nej", the program's name as title).
 */
@ExtendWith(ApplicationExtension.class)
class SvensktPaEngelsktSystemTest {
  private TestStore store;
  private ProgramStart.Started program;

  @Start
  void start(Stage stage) {
    store = TestStore.create(se.namndbok.app.CoreWiring.renderers());
    new FakeDemo().install(store.core());
    stage.setWidth(1366);
    stage.setHeight(768);
    program = ProgramStart.start(stage, store.db());
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    program.close();
    store.close();
  }

  @Test
  void theCalendarIsSwedishWithMondayFirstAndWeekNumbersAndOpensOnTheTypedDate(FxRobot robot) {
    assertThat(System.getProperty("user.language")).as("the test JVM's system language").isEqualTo("en");
    waitFor(robot, "#diariumTable");
    WindowAreas.open(robot, 3);
    robot.clickOn((Node) waitFor(robot, "#dbDatum")).write("20251015");
    robot.clickOn("#dbDatumPicker");

    waitFor(robot, ".date-picker-popup");
    List<String> days = robot.lookup(".date-picker-popup .day-name-cell").queryAllAs(javafx.scene.control.DateCell.class)
        .stream().map(javafx.scene.control.DateCell::getText).toList();
    assertThat(days).containsExactly("Mån", "Tis", "Ons", "Tors", "Fre", "Lör", "Sön");
    assertThat(robot.lookup(".date-picker-popup .week-number-cell").queryAll().stream().filter(Node::isVisible))
        .isNotEmpty();
    assertThat(robot.lookup(".date-picker-popup .spinner-label").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Oktober", "2025");
    assertThat(robot.lookup(".date-picker-popup .selected").queryAllAs(javafx.scene.control.DateCell.class))
        .extracting(javafx.scene.control.DateCell::getText).contains("15");
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#dbDatum").queryTextInputControl().getText()).isEqualTo("2025-10-15");
  }

  @Test
  void aConfirmationDialogSaysJaAndNejAndItsTitleIsTheProgramsName(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    int arendenBefore = store.core().arenden().count();
    WindowAreas.open(robot, 3);
    robot.clickOn((Node) waitFor(robot, "#dbDiarienummer")).write("2025/9999");
    robot.clickOn("#dbDelegat").write("Enhetschef");
    robot.clickOn("#dbDatum").write("2025-10-15");
    robot.clickOn("#dbRubrik").write("Beslut om kontaktperson");
    robot.type(KeyCode.ENTER);

    DialogPane dialog = waitFor(robot, "#okantArendeDialog");
    assertThat(dialog.getButtonTypes()).hasSize(2);
    assertThat(dialog.lookupAll(".button")).extracting(n -> ((Button) n).getText()).containsExactlyInAnyOrder("Ja", "Nej");
    Window window = dialog.getScene().getWindow();
    assertThat(((Stage) window).getTitle()).isEqualTo("Nämndbok");
    assertThat(dialog.getContentText()).contains("Välj Nej");
    assertThat(dialog.lookupAll(".button")).filteredOn(n -> ((Button) n).isDefaultButton())
        .as("Enter says Nej: a mistyped number is not registered by a second Enter")
        .extracting(n -> ((Button) n).getText()).containsExactly("Nej");
    robot.type(KeyCode.ENTER);
    waitUntil("the dialog closed", () -> robot.lookup("#okantArendeDialog").tryQuery().isEmpty());
    assertThat(store.core().arenden().count()).as("nothing registered").isEqualTo(arendenBefore);
  }
}
