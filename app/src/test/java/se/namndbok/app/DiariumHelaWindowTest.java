package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.sammantrade.TestPdf;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.app.testing.FileDropper;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.testing.TestStore;

/**
 * The whole diarium in the real window: search by löpnummer, a dropped PDF registered and opened with the system's
 * program (only that call is replaced, by {@code TestDesktop}), close from the context menu and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class DiariumHelaWindowTest {
  private WindowWorld world;
  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> {
      new FakeDemo().install(core);
      core.arenden().register(new NyttArende(Diarienummer.parse("2025/1185"),
          "3.9.0.1", "Överklagat beslut om bistånd", "Åsa Öberg", false, LocalDate.of(2025, 10, 1)));
    }, 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  private TableView<Arende> arenden(FxRobot robot) {
    TableView<Arende> table = waitFor(robot, "#diariumTable");
    waitUntil("the five ärenden", () -> table.getItems().size() == 5);
    return table;
  }

  private static Node cell(FxRobot robot, String text) {
    return robot.lookup(".table-cell").match((javafx.scene.control.Labeled l) -> text.equals(l.getText()))
        .queryAs(Node.class);
  }

  @Test
  void theLopnummerFindsTheArendeADroppedPdfBecomesItsHandlingAndOpensWithTheSystemsProgram(FxRobot robot)
      throws Exception {
    TableView<Arende> table = arenden(robot);
    robot.clickOn("#diariumSearch").write("1185");
    waitUntil("only 2025/1185", () -> table.getItems().size() == 1
        && table.getItems().getFirst().diarienummer().toString().equals("2025/1185"));
    robot.clickOn(cell(robot, "Överklagat beslut om bistånd"));
    waitUntil("2025/1185 selected", () -> table.getSelectionModel().getSelectedItem() != null);

    byte[] pdf = TestPdf.bytes();
    Path file = Files.write(dir.resolve("Begäran om yttrande.pdf"), pdf);
    // chosen with "Välj fil …" first: the focus goes on to Registrera, where Enter registers (left on the button,
    // Enter opened the file dialog again)
    robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
    robot.clickOn((Node) waitFor(robot, "#arendeMenyHandling"));
    waitFor(robot, "#registerHandlingDialog");
    world.desktop.answer(file);
    robot.clickOn("#handlingValjFil");
    waitUntil("the file chosen", () -> "Begäran om yttrande.pdf".equals(
        robot.lookup("#handlingFilnamn").queryAs(Label.class).getText()));
    Node spara = robot.lookup("#handlingSpara").query();
    waitUntil("the focus on Registrera", () -> spara.getScene().getFocusOwner() == spara);
    robot.type(KeyCode.ESCAPE);
    robot.clickOn((Node) waitFor(robot, "#osparatSlang")); // a file chosen is input: asked about, thrown away
    waitUntil("the dialog closed", () -> robot.lookup("#registerHandlingDialog").tryQuery().isEmpty());

    FileDropper.drop(robot, robot.lookup("#arendePane").query(), file);

    waitFor(robot, "#registerHandlingDialog");
    assertThat(robot.lookup("#handlingFilnamn").queryAs(Label.class).getText()).isEqualTo("Begäran om yttrande.pdf");
    assertThat(robot.lookup("#handlingRubrik").queryTextInputControl().getText()).isEqualTo("Begäran om yttrande");
    robot.clickOn("#handlingMotpart").write("Inspektionen för vård och omsorg");
    robot.type(KeyCode.ENTER);

    TableView<Handling> handlingar = waitFor(robot, "#handlingarTable");
    waitUntil("the handling listed", () -> handlingar.getItems().size() == 1);
    waitUntil("the dialog closed", () -> robot.lookup("#registerHandlingDialog").tryQuery().isEmpty());
    Handling h = handlingar.getItems().getFirst();
    assertThat(h.fil().namn()).isEqualTo("Begäran om yttrande.pdf");
    assertThat(h.motpart()).isEqualTo("Inspektionen för vård och omsorg");
    assertThat(h.handlingsId()).hasToString("2025.3");

    robot.doubleClickOn(robot.lookup("#handlingarTable .table-row-cell").nth(0).queryAs(Node.class), MouseButton.PRIMARY);
    waitUntil("the file opened", () -> world.desktop.opened.size() == 1);
    Path opened = world.desktop.opened.getFirst();
    assertThat(opened.getFileName()).hasToString("Begäran om yttrande.pdf");
    assertThat(world.desktop.openedBytes.get(opened)).isEqualTo(pdf);
    if (opened.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(opened)).noneMatch(p -> p.name().endsWith("_WRITE"));
    }
  }

  @Test
  void anArendeIsClosedWithAReasonFromItsContextMenuAndReopenedOnlyWithOne(FxRobot robot) {
    TableView<Arende> table = arenden(robot);
    robot.clickOn("#diariumSearch").write("2025/1185");
    waitUntil("only 2025/1185", () -> table.getItems().size() == 1);
    robot.clickOn(cell(robot, "Överklagat beslut om bistånd"));
    waitUntil("2025/1185 selected", () -> table.getSelectionModel().getSelectedItem() != null);
    robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
    robot.clickOn((Node) waitFor(robot, "#arendeMenyStatus"));
    robot.clickOn((Node) waitFor(robot, "#statusAnledning")).write("Beslutet verkställt");
    robot.type(KeyCode.ENTER);

    waitUntil("closed", () -> table.getItems().getFirst().status() == ArendeStatus.AVSLUTAT);
    Label status = robot.lookup("#arendeStatus").query();
    waitUntil("the status line says why", () -> status.getText().contains("Beslutet verkställt"));
    assertThat(status.getText()).startsWith("Avslutat 2025-11-03 av testare: Beslutet verkställt");

    robot.clickOn("#diariumStatus");
    waitFor(robot, "#statusAnledning");
    robot.type(KeyCode.ENTER);
    Label error = waitFor(robot, "#statusAnledningError");
    assertThat(error.getText()).isEqualTo("Anledning: måste fyllas i");
    robot.clickOn("#statusAnledning").write("Nytt yttrande från IVO");
    robot.type(KeyCode.ENTER);

    waitUntil("ongoing again", () -> table.getItems().getFirst().status() == ArendeStatus.PAGAENDE);
    waitUntil("the status line says why", () -> status.getText().contains("Nytt yttrande från IVO"));
    assertThat(world.services.arendestatus().historik(table.getItems().getFirst().id())).hasSize(2);
  }
}
