package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import se.namndbok.core.testing.TestStore;

/**
 * While the store is upgraded (minutes on a large one), the loading view says what the upgrade says, including
 * what it said before the window was there, instead of only "Öppnar nämndens data …"; then the window goes on.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeWindowTest {
  private static final String FORE = "Uppgraderar databasen till den här versionen av Nämndbok (steg 1 av 2). "
      + "Stäng inte programmet medan det pågår.";
  private static final String UNDER = "Uppgraderar databasen: bygger diariets sökindex, 20 000 av 40 000 ärenden och "
      + "handlingar. Stäng inte programmet medan det pågår.";

  /** A line much shorter than the view's width. */
  private static final String SHORT = "Uppgraderar databasen.";

  private final CountDownLatch seen = new CountDownLatch(1);
  private final CountDownLatch shortNext = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;

  @Start
  void start(Stage stage) {
    store = TestStore.create();
    Theme.install();
    executor = new UiTaskExecutor();
    OpeningProgress progress = new OpeningProgress();
    progress.report(FORE); // as the early opening thread does, before JavaFX is up
    NamndbokApp.StoreOpener upgrading = () -> {
      await(seen);
      progress.report(UNDER);
      await(shortNext);
      progress.report(SHORT);
      await(done);
      return store.db();
    };
    startup = new WindowStartup(stage, upgrading, TestStore.CLOCK, new FakeDemo(), executor, "test", () -> {})
        .showingProgress(progress);
    startup.start();
  }

  @AfterEach
  void close() throws Exception {
    shortNext.countDown();
    done.countDown();
    FxToolkit.cleanupStages();
    executor.close();
    startup.close();
    store.close();
  }

  @Test
  void theLoadingViewShowsTheUpgradesLinesAsTheyComeAndThenTheWindowGoesOn(FxRobot robot) {
    Label text = waitFor(robot, "#loadingText");
    waitUntil("the line said before the window", () -> FORE.equals(text.getText()));
    seen.countDown();
    waitUntil("the next line", () -> UNDER.equals(text.getText()));
    assertThat(text.getLayoutBounds().getWidth()).as("wrapped inside the window").isLessThanOrEqualTo(560);
    shortNext.countDown();
    waitUntil("the short line", () -> SHORT.equals(text.getText()));
    double[] centres = new double[2];
    robot.interact(() -> {
      centres[0] = centreX(text.lookup(".text"));
      centres[1] = centreX(robot.lookup(".progress-indicator").query());
    });
    assertThat(centres[0]).as("the line centred under the spinner").isCloseTo(centres[1], within(2.0));

    done.countDown();
    waitFor(robot, "#firstRunView"); // the store is empty: the first-run choice
  }

  private static double centreX(javafx.scene.Node node) {
    javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
    return (b.getMinX() + b.getMaxX()) / 2;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the test never released the opening");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
