package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.layOut;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import se.namndbok.app.shared.OutputNotice;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.NyttArende;

/**
 * The ärenden stay where they are under the pointer. A notice at the bottom of the window ("Kopian är klar") shrank
 * the table, and a list scrolled down moved its rows up, so the next click chose another ärende (as in
 * Sammanträden, found by a walk). A colleague's registration, heard from the shared store, read the diarium again
 * with the new ärende above and every row one lower; a colleague's change to the chosen ärende dropped it.
 */
@ExtendWith(ApplicationExtension.class)
class DiariumPlatsWindowTest {
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
  void theArendenStayWhereTheyAreWhenANoticeOpensAndCloses(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    Arende sista = chosenAndShown(robot, table, 43);
    Bounds bounds = table.localToScreen(table.getLayoutBounds());
    double row = rowY(robot, sista);

    robot.interact(() -> OutputNotice.OutputEvent.fire(table, "Kopian är klar",
        Path.of(System.getProperty("java.io.tmpdir"), "Diariet.zip"), List.of()));
    Node notice = waitFor(robot, "#utdataNotis");
    waitUntil("the notice shown", () -> notice.isVisible() && notice.getLayoutBounds().getHeight() > 0);
    layOut(robot, table);
    assertThat(rowY(robot, sista)).as("the last ärende's row with the notice open").isEqualTo(row);
    assertThat(table.localToScreen(table.getLayoutBounds())).as("the table with the notice open").isEqualTo(bounds);

    robot.clickOn("#utdataStang");
    waitUntil("the notice closed", () -> !notice.isVisible());
    layOut(robot, table);
    assertThat(rowY(robot, sista)).as("the last ärende's row with the notice closed").isEqualTo(row);
  }

  @Test
  void aColleaguesRegistrationLeavesTheChosenArendeChosenAndInPlace(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    Arende vald = chosenAndShown(robot, table, 30);
    double row = rowY(robot, vald);

    world.services.core().arenden().register(new NyttArende(null, "3.9.0.1", "Färdtjänst", "Åsa Öberg", false,
        LocalDate.of(2025, 10, 2)));
    robot.interact(() -> world.services.andringar().andrade(Set.of("arende")));
    waitUntil("the colleague's ärende read", () -> table.getItems().size() == 45);
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).as("the chosen ärende").isEqualTo(vald);
    assertThat(rowY(robot, vald)).as("the chosen ärende's row").isEqualTo(row);
  }

  @Test
  void theChosenArendeChangedByAColleagueStaysChosenAsItIsNow(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    Arende vald = chosenAndShown(robot, table, 30);
    double row = rowY(robot, vald);

    Arende stangt = world.services.core().arendestatus().avsluta(vald.id(), "Klart");
    robot.interact(() -> world.services.andringar().andrade(Set.of("arende")));
    waitUntil("the closed ärende read", () -> table.getItems().contains(stangt));
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).as("the chosen ärende, as closed").isEqualTo(stangt);
    assertThat(rowY(robot, stangt)).as("the chosen ärende's row").isEqualTo(row);
    waitUntil("its status in the pane", () -> robot.lookup("#arendeStatus").tryQuery()
        .map(n -> ((javafx.scene.control.Labeled) n).getText().contains("Avslutat")).orElse(false));
  }

  /** The ärende at {@code index} of the 44, chosen and scrolled to, the table laid out. */
  private static Arende chosenAndShown(FxRobot robot, TableView<Arende> table, int index) {
    waitUntil("the 44 ärenden", () -> table.getItems().size() == 44);
    Arende vald = table.getItems().get(index);
    robot.interact(() -> {
      table.getSelectionModel().select(vald);
      table.scrollTo(vald);
    });
    layOut(robot, table);
    return vald;
  }

  private static double rowY(FxRobot robot, Arende arende) {
    return robot.lookup("#diariumTable .table-row-cell").queryAll().stream()
        .filter(n -> n instanceof TableRow<?> r && arende.equals(r.getItem()) && r.isVisible())
        .findFirst().map(n -> n.localToScreen(n.getLayoutBounds()).getMinY()).orElseThrow();
  }

}
