package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.layOut;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.NyttArende;

/**
 * A colleague's registration (heard from the shared store) reads the diarium again; the registrator's chosen ärende
 * stays chosen, with its handlingar, and its row stays where it was on the screen.
 */
@ExtendWith(ApplicationExtension.class)
class DiariumKollegaWindowTest {
  private WindowWorld world;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> {
      new FakeDemo().install(core);
      for (int i = 0; i < 40; i++) {
        core.arenden().register(new NyttArende(null, "3.9.0.1", "Skolskjuts " + i, "Åsa Öberg", false,
            LocalDate.of(2025, 10, 1)));
      }
    }, 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void aColleaguesRegistrationLeavesTheChosenArendeChosenAndInPlace(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the 44 ärenden", () -> table.getItems().size() == 44);
    Arende vald = table.getItems().get(30);
    robot.interact(() -> {
      table.getSelectionModel().select(vald);
      table.scrollTo(vald);
    });
    layOut(robot, table);
    double row = rowY(robot, vald.id());

    world.services.core().arenden().register(new NyttArende(null, "3.9.0.1", "Färdtjänst", "Åsa Öberg", false,
        LocalDate.of(2025, 10, 2)));
    robot.interact(() -> world.services.andringar().andrade(Set.of("arende")));
    waitUntil("the colleague's ärende read", () -> table.getItems().size() == 45);
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).as("the chosen ärende").isNotNull()
        .extracting(Arende::id).isEqualTo(vald.id());
    assertThat(rowY(robot, vald.id())).as("the chosen ärende's row").isEqualTo(row);
  }

  @Test
  void theChosenArendeChangedByAColleagueStaysChosenAsItIsNow(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the 44 ärenden", () -> table.getItems().size() == 44);
    Arende vald = table.getItems().get(30);
    robot.interact(() -> {
      table.getSelectionModel().select(vald);
      table.scrollTo(vald);
    });
    layOut(robot, table);
    double row = rowY(robot, vald.id());

    world.services.core().arendestatus().avsluta(vald.id(), "Klart");
    robot.interact(() -> world.services.andringar().andrade(Set.of("arende")));
    waitUntil("the closed ärende read", () -> table.getItems().stream()
        .anyMatch(a -> a.id() == vald.id() && !a.equals(vald)));
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).as("the chosen ärende, as closed").isNotNull()
        .isNotEqualTo(vald).extracting(Arende::id).isEqualTo(vald.id());
    assertThat(rowY(robot, vald.id())).as("the chosen ärende's row").isEqualTo(row);
    waitUntil("its status in the pane", () -> robot.lookup("#arendeStatus").tryQuery()
        .map(n -> ((javafx.scene.control.Labeled) n).getText().contains("Avslutat")).orElse(false));
  }

  private static double rowY(FxRobot robot, long id) {
    return robot.lookup("#diariumTable .table-row-cell").queryAll().stream()
        .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof Arende a && a.id() == id && r.isVisible())
        .findFirst().map(n -> n.localToScreen(n.getLayoutBounds()).getMinY()).orElseThrow();
  }
}
