package se.namndbok.app;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.core.testing.TestStore;

/** The real window: the Statistik area shows the demo decisions' report for the chosen quarter. */
@ExtendWith(ApplicationExtension.class)
class StatistikWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    store.core().demo().loadStatistik();
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
  @SuppressWarnings("unchecked")
  void choosingAQuarterShowsItsTableTrendAndFrozenState(FxRobot robot) throws Exception {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    TableView<Tabell.Rad> table = waitFor(robot, "#statistikTabell");
    ComboBox<Kvartal> kvartal = robot.lookup("#statistikKvartal").queryComboBox();
    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q2")));

    waitUntil("SoL 2025Q2's grand total", () -> table.getItems().stream()
        .anyMatch(r -> r.etikett().equals("Totalt samtliga verksamheter") && r.varden().equals(java.util.List.of(44, 38, 82))));
    BarChart<String, Number> chart = robot.lookup("#statistikTrend").query();
    waitUntil("three bars", () -> chart.getData().getFirst().getData().size() == 3);
    assertThat(chart.getData().getFirst().getData()).extracting(d -> d.getYValue().intValue()).containsExactly(95, 86, 82);
    assertThat(robot.lookup("#statistikFaststalld").queryAs(Label.class).getText()).startsWith("Inte fastställd");
    assertThat(robot.lookup("#statistikFaststall").query().isDisabled()).isFalse();

    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q1")));
    waitUntil("the frozen quarter", () -> robot.lookup("#statistikFaststalld").queryAs(Label.class).getText()
        .startsWith("Fastställd 2025-05-22"));
    assertThat(robot.lookup("#statistikFaststall").query().isDisabled()).isTrue();
    screenshot(robot);
  }

  /**
   * Each line of "Vid rapporteringstillfället" is as high as its text wrapped at the list's width: a one-line
   * "• 10 beslut verkställda" stood in a two-line row (its height measured at another width), which read as a gap.
   */
  @Test
  void theStatusLinesAreAsHighAsTheirWrappedText(FxRobot robot) {
    robot.interact(() -> se.namndbok.app.testing.WindowFixture.at1366x768(stage));
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    waitFor(robot, "#statistikTabell");
    javafx.scene.control.ListView<String> status = robot.lookup("#statistikStatus").query();
    waitUntil("the status lines", () -> status.getItems().size() > 4);
    se.namndbok.app.testing.WindowFixture.layOut(robot, status);

    robot.interact(() -> {
      java.util.List<javafx.scene.control.ListCell<?>> cells = status.lookupAll(".list-cell").stream()
          .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.isVisible() && c.getItem() != null)
          .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n).toList();
      assertThat(cells).hasSizeGreaterThan(3);
      for (javafx.scene.control.ListCell<?> c : cells) {
        javafx.scene.Node text = c.getGraphic();
        double inner = c.getHeight() - c.snappedTopInset() - c.snappedBottomInset();
        assertThat(inner).as("the row of \"%s\"", c.getItem()).isCloseTo(text.getLayoutBounds().getHeight(),
            org.assertj.core.data.Offset.offset(2.0));
      }
    });
  }

  @Test
  void fastställAsksWithAFastställButtonAndEnterCancels(FxRobot robot) throws Exception {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    waitFor(robot, "#statistikTabell");
    ComboBox<Kvartal> kvartal = robot.lookup("#statistikKvartal").queryComboBox();
    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q2")));
    waitUntil("Fastställ enabled", () -> !robot.lookup("#statistikFaststall").query().isDisabled());

    robot.clickOn("#statistikFaststall");
    javafx.scene.control.DialogPane dialog = waitFor(robot, "#faststallDialog");
    java.util.List<javafx.scene.control.Button> knappar = dialog.getButtonTypes().stream()
        .map(t -> (javafx.scene.control.Button) dialog.lookupButton(t)).toList();
    assertThat(knappar).extracting(javafx.scene.control.Button::getText).containsExactlyInAnyOrder("Fastställ", "Avbryt");
    assertThat(knappar).filteredOn(javafx.scene.control.Button::isDefaultButton)
        .extracting(javafx.scene.control.Button::getText).containsExactly("Avbryt");
    robot.type(javafx.scene.input.KeyCode.ENTER);
    waitUntil("the question closed", () -> robot.lookup("#faststallDialog").tryQuery().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(store.core().kvartalsrapporter().fryst(se.namndbok.core.ejverkstallda.Lag.SOL, Kvartal.parse("2025Q2")))
        .isEmpty();
    assertThat(robot.lookup("#statistikFaststall").query().isDisabled()).isFalse();
  }

  @Test
  void aQuarterTheFileDoesNotReachIsWarnedOfBesideTheTableAndInTheQuestion(FxRobot robot) throws Exception {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    waitFor(robot, "#statistikTabell");
    Label underlag = robot.lookup("#statistikUnderlag").queryAs(Label.class);
    waitUntil("the file named", () -> underlag.getText().startsWith("Uppgifter till och med 2025-07-03 ur "
        + "gynnande-beslut.csv"));
    Label varning = robot.lookup("#statistikUnderlagVarning").queryAs(Label.class);
    ComboBox<Kvartal> kvartal = robot.lookup("#statistikKvartal").queryComboBox();
    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q2")));
    waitUntil("no warning for the quarter the extract was taken for", () -> !varning.isVisible());

    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q3")));
    waitUntil("the warning", () -> varning.isVisible() && varning.getText().contains("2025Q3 slutar 2025-09-30"));
    waitUntil("Fastställ enabled", () -> !robot.lookup("#statistikFaststall").query().isDisabled());
    robot.clickOn("#statistikFaststall");
    javafx.scene.control.DialogPane dialog = waitFor(robot, "#faststallDialog");

    assertThat(dialog.getContentText()).startsWith("Fastställa rapporten för SoL 2025Q3?")
        .contains("Den senast inlästa filen har inga uppgifter efter 2025-07-03");
    robot.type(javafx.scene.input.KeyCode.ESCAPE);
    waitUntil("the question closed", () -> robot.lookup("#faststallDialog").tryQuery().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(store.core().kvartalsrapporter().fryst(se.namndbok.core.ejverkstallda.Lag.SOL, Kvartal.parse("2025Q3")))
        .isEmpty();
  }

  /** For looking at the area: target/screenshots/statistik.png. */
  private static void screenshot(FxRobot robot) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    var image = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#statistikView").query().getScene().snapshot(null)).get();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve("statistik.png").toFile());
  }
}
