package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.layOut;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * A notice at the bottom of the window ("Kopian är klar", written after a copy of the diarium) leaves the ärenden
 * where they are: the table shrank with the area, and a list scrolled down moved its rows up under the pointer, so
 * the next click chose another ärende (as in Sammanträden, found by a walk).
 */
@ExtendWith(ApplicationExtension.class)
class DiariumNotisWindowTest {
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
    waitUntil("the 44 ärenden", () -> table.getItems().size() == 44);
    Arende sista = table.getItems().getLast();
    robot.interact(() -> {
      table.getSelectionModel().select(sista);
      table.scrollTo(sista);
    });
    layOut(robot, table);
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

  private static double rowY(FxRobot robot, Arende arende) {
    return robot.lookup("#diariumTable .table-row-cell").queryAll().stream()
        .filter(n -> n instanceof TableRow<?> r && arende.equals(r.getItem()) && r.isVisible())
        .findFirst().map(n -> n.localToScreen(n.getLayoutBounds()).getMinY()).orElseThrow();
  }

}
