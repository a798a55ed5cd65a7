package se.namndbok.app.installningar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.WindowWorld;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.app.testing.WindowAreas;
import se.namndbok.core.namnd.Ledamot;

/**
 * Inställningar → Ledamöter and ersättare with the keyboard: after Enter adds a ledamot the form says it now changes
 * him and the focus goes on to his uppdrag (a walk typed the next person over the fields and Enter renamed the first
 * one); Ctrl+N gives an empty form for the next.
 */
@ExtendWith(ApplicationExtension.class)
class LedamoterWindowTest {
  private WindowWorld world;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> new FakeDemo().install(core), 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void enterAddsALedamotMovesOnToHisUppdragAndCtrlNStartsTheNext(FxRobot robot) {
    WindowAreas.open(robot, 5);
    TabPane tabs = waitFor(robot, "#installningarFlikar");
    Tab tab = tabs.getTabs().stream().filter(t -> "flik-ledamoter".equals(t.getId())).findFirst().orElseThrow();
    robot.interact(() -> tabs.getSelectionModel().select(tab));
    int before = world.services.ledamoter().all().size();
    Label lage = waitFor(robot, "#ledLage");
    assertThat(lage.getText()).startsWith("Ny ledamot");

    TextField fornamn = robot.lookup("#ledFornamn").queryAs(TextField.class);
    robot.interact(fornamn::requestFocus);
    robot.write("Örjan").type(KeyCode.TAB).write("Öhman").type(KeyCode.TAB).write("S").type(KeyCode.ENTER);

    waitUntil("added", () -> world.services.ledamoter().all().size() == before + 1);
    Node typ = robot.lookup("#uppTyp").query();
    waitUntil("the focus on his uppdrag", typ::isFocused);
    javafx.scene.control.TableView<?> uppdrag = robot.lookup("#uppdragTable").query();
    assertThat(((Label) uppdrag.getPlaceholder()).getText()).as("the empty uppdrag list names him")
        .isEqualTo("Örjan Öhman har inga uppdrag än. Lägg till ett nedan.");
    assertThat(lage.getText()).isEqualTo("Örjan Öhman är tillagd. Ge uppdrag nedan (Enter lägger till); Ctrl+N "
        + "börjar nästa ledamot.");

    robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
    waitUntil("an empty form for the next", () -> fornamn.isFocused() && fornamn.getText().isEmpty());
    assertThat(lage.getText()).startsWith("Ny ledamot");
    robot.write("Åsa").type(KeyCode.TAB).write("Zetterlund").type(KeyCode.TAB).write("C").type(KeyCode.ENTER);

    waitUntil("the second added", () -> world.services.ledamoter().all().size() == before + 2);
    assertThat(world.services.ledamoter().all()).extracting(Ledamot::namn)
        .contains("Örjan Öhman", "Åsa Zetterlund");
  }
}
