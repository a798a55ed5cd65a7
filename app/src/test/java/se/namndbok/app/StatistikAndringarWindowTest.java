package se.namndbok.app;

import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.ejverkstallda.BeslutInlasning;

/** The Statistik area follows a colleague's imports on the shared store. */
@ExtendWith(ApplicationExtension.class)
class StatistikAndringarWindowTest {
  private static final byte[] CSV = """
      id;lag;insats;kön;födelseår;beslutsdatum;avbrottsdatum;verkställighetsdatum;avslutsdatum;avslutsorsak;skäl
      A-1;SoL;AO-SABO;K;1938;2025-01-10;;;;;PLATSBRIST
      """.getBytes(StandardCharsets.UTF_8);
  private WindowWorld world;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> {
      new FakeDemo().install(core);
      core.beslutImport().importera("beslut.csv", CSV);
    }, 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  /**
   * A colleague's import of a file whose decisions the store already holds changes no figure, but it is the newest
   * import, which the underlag line names: the line followed only imports that changed a decision.
   */
  @Test
  void aColleaguesUnchangedImportIsNamedInTheUnderlagLine(FxRobot robot) {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    Label underlag = waitFor(robot, "#statistikUnderlag");
    waitUntil("the first import named", () -> underlag.getText().contains("beslut.csv"));

    world.services.core().beslutImport().importera("beslut-december.csv", CSV); // the same decisions, unchanged
    robot.interact(() -> world.services.andringar().andrade(Set.of(BeslutInlasning.ENTITET)));

    waitUntil("the colleague's import named", () -> underlag.getText().contains("beslut-december.csv"));
  }
}
