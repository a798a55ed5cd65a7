package se.namndbok.app.skarm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.WindowWorld;
import se.namndbok.app.testing.Clipping;
import se.namndbok.app.testing.DemoTemplate;
import se.namndbok.app.testing.Glossary;
import se.namndbok.app.testing.Skarmbilder;
import se.namndbok.app.testing.WindowAreas;

/**
 * Every area and every tab of the demo board at 1366×768 and at 125 % scaling of that screen (1093×614 logical
 * pixels): no button, header, label or tab is cut, no placeholder overflows its field, nothing lies outside the
 * window, and at 1366×768 no table scrolls sideways; and every text shown uses the glossary's one wording per concept. Runs on an English system (pom.xml).
 */
@ExtendWith(ApplicationExtension.class)
class SkarmOmradenTest {
  private WindowWorld world;
  private Stage stage;

  @BeforeAll
  static void demo() {
    DemoTemplate.warm();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    world = new WindowWorld(stage, DemoTemplate.copy(), 1366, 768);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void nothingIsCutInAnyAreaOrTabAt1366x768NorAt125PercentAndEveryTextIsInTheGlossary(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    List<String> problems = new ArrayList<>();
    Set<String> texts = Clipping.texts();
    for (double[] size : new double[][] {{1366, 768}, {1093, 614}}) {
      robot.interact(() -> {
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
      });
      for (int i = 0; i < WindowAreas.VIEWS.size(); i++) {
        WindowAreas.open(robot, i);
        WindowAreas.settle(robot, i);
        for (List<Integer> tabs : WindowAreas.tabCombinations(robot, WindowAreas.VIEWS.get(i))) {
          WindowAreas.selectTabs(robot, WindowAreas.VIEWS.get(i), tabs);
          Scene scene = stage.getScene();
          String where = (int) size[0] + "×" + (int) size[1] + " " + WindowAreas.NAMES.get(i)
              + (tabs.isEmpty() ? "" : " flikar " + tabs);
          problems.addAll(Clipping.problems(robot, scene, where, texts));
          if (size[0] == 1366) {
            problems.addAll(Clipping.sidewaysScrolling(robot, scene, where));
            Skarmbilder.save(robot, scene, WindowAreas.VIEWS.get(i) + (tabs.isEmpty() ? "" : "-" + tabs));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(Glossary.violations(texts)).isEmpty();
  }
}
