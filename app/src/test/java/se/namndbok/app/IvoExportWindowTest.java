package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.ejverkstallda.Kvartal;

/**
 * The IVO list of a quarter is exported from the window as CSV (what IVO's e-tjänst reads) or as Excel (for the
 * officials' own follow-up), each with its own name and the rows the list shows.
 */
@ExtendWith(ApplicationExtension.class)
class IvoExportWindowTest {
  private WindowWorld world;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> {
      new FakeDemo().install(core);
      core.demo().loadStatistik();
    }, 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theIvoListIsWrittenAsCsvOrAsAnExcelSheetWithTheSameRows(FxRobot robot, @TempDir Path dir) throws Exception {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    ComboBox<Kvartal> kvartal = waitFor(robot, "#statistikKvartal");
    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q2")));
    TableView<?> lista = robot.lookup("#ivoLista").queryAs(TableView.class);
    TabPane flikar = robot.lookup(".tab-pane").queryAs(TabPane.class);
    javafx.scene.Node trend = robot.lookup("#statistikTrend").query();
    double besideTheTrend = flikar.getWidth();
    robot.interact(() -> flikar.getSelectionModel().select(1)); // "IVO-lista"
    waitUntil("the quarter's decisions in the list", () -> lista.getItems().size() == 82);
    // the list gets the whole width: the report's trend beside it left its ten columns scrolling sideways
    robot.interact(() -> { });
    assertThat(trend.getScene()).as("the trend gives way to the list").isNull();
    assertThat(flikar.getWidth()).isGreaterThan(besideTheTrend * 1.5);

    world.desktop.answer(dir);
    robot.clickOn("#ivoExport").clickOn("#ivoExport-xlsx");
    Path xlsx = dir.resolve("ivo-SoL-2025Q2.xlsx");
    waitUntil("the Excel file written", () -> Files.isRegularFile(xlsx));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("SoL 2025Q2");
      assertThat(wb.getSheetAt(0).getLastRowNum()).as("a heading and 82 decisions").isEqualTo(82);
    }

    world.desktop.answer(dir);
    robot.clickOn("#ivoExport").clickOn("#ivoExport-csv");
    Path csv = dir.resolve("ivo-SoL-2025Q2.csv");
    waitUntil("the CSV file written", () -> Files.isRegularFile(csv));
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(1 + 82);
    assertThat(new String(Files.readAllBytes(xlsx), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("the Excel file is a workbook, not CSV under another name").isEqualTo("PK");

    robot.interact(() -> flikar.getSelectionModel().select(0));
    waitUntil("the trend back beside the report", () -> trend.getScene() != null);
    robot.interact(() -> { });
    assertThat(flikar.getWidth()).isEqualTo(besideTheTrend, org.assertj.core.data.Offset.offset(2.0));
  }

  @Test
  void enterOnARowOpensAndraBeslutAndCtrlNOpensNyttBeslut(FxRobot robot) {
    robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-statistik"));
    ComboBox<Kvartal> kvartal = waitFor(robot, "#statistikKvartal");
    robot.interact(() -> kvartal.getSelectionModel().select(Kvartal.parse("2025Q2")));
    TableView<?> lista = robot.lookup("#ivoLista").queryAs(TableView.class);
    TabPane flikar = robot.lookup(".tab-pane").queryAs(TabPane.class);
    robot.interact(() -> flikar.getSelectionModel().select(1)); // "IVO-lista"
    waitUntil("the quarter's decisions in the list", () -> lista.getItems().size() == 82);
    robot.interact(() -> {
      lista.requestFocus();
      lista.getSelectionModel().select(0);
    });

    String referens = ((se.namndbok.core.ejverkstallda.IvoRad) lista.getItems().getFirst()).referens();
    robot.type(javafx.scene.input.KeyCode.ENTER);
    javafx.scene.Node dialog = waitFor(robot, "#beslutDialog");
    assertThat(((javafx.stage.Stage) dialog.getScene().getWindow()).getTitle()).isEqualTo("Ändra beslut");
    robot.clickOn("#beslutSpara");
    waitUntil("the dialog closed", () -> robot.lookup("#beslutDialog").tryQuery().isEmpty());
    // saved, and told so: a decision saved had seemed to vanish (found by a walk)
    waitUntil("told it was saved", () -> robot.lookup(".notification-bar .label").queryAllAs(
        javafx.scene.control.Label.class).stream().anyMatch(l -> ("Beslutet " + referens + " är sparat.")
            .equals(l.getText())));

    robot.interact(kvartal::requestFocus);
    robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
        .release(javafx.scene.input.KeyCode.CONTROL);
    dialog = waitFor(robot, "#beslutDialog");
    assertThat(((javafx.stage.Stage) dialog.getScene().getWindow()).getTitle()).isEqualTo("Nytt beslut");
    robot.clickOn("#beslutAvbryt");
  }
}
