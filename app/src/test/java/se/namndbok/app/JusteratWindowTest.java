package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.sammantrade.Punktrad;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.testing.JusteratMote;
import se.namndbok.core.testing.TestStore;

/**
 * What is final stays final, in the window (1366×768): the 2025-09-25 meeting's protokoll is justerat, so its
 * ärendelista is shown read-only, and every change tried with the keyboard and the mouse leaves the store and the
 * protokoll PDF as they were.
 */
@ExtendWith(ApplicationExtension.class)
class JusteratWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private JusteratMote m;

  @Start
  void start(Stage stage) {
    store = TestStore.create(CoreWiring.renderers());
    m = JusteratMote.skapa(store);
    Theme.install();
    executor = new UiTaskExecutor();
    startup = new WindowStartup(stage, store::db, TestStore.CLOCK, new FakeDemo(), executor, "test", () -> {});
    startup.start();
    se.namndbok.app.testing.WindowFixture.at1366x768(stage);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
    startup.close(); // the automatic backup stops before the store closes, as in the program
    store.close();
  }

  @Test
  void aJusteratMeetingsListIsReadOnlyAndItsProtokollDoesNotChange(FxRobot robot) throws IOException {
    byte[] pdf = protokoll();
    String text = text(pdf);
    assertThat(text).contains(JusteratMote.BESLUT);

    chooseTheJusteratMeeting(robot);
    Label last = waitFor(robot, "#byggareLast");
    assertThat(last.getText()).startsWith("Protokollet för sammanträdet 2025-09-25 är justerat");
    ListView<Punktrad> list = waitFor(robot, "#punktLista");
    waitUntil("the punkt listed", () -> list.getItems().size() == 1);
    assertThat(robot.lookup("#byggareLaggTill").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#byggareTaBort").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#byggareTips").query().isVisible()).as("no drag hint on a locked list").isFalse();

    robot.clickOn(cell(robot, m.punkt().innehall().rubrik()));
    waitUntil("the punkt shown", () -> m.punkt().innehall().rubrik().equals(field(robot, "#editorRubrik").getText()));
    assertThat(field(robot, "#editorForslag").isEditable()).isFalse();
    assertThat(robot.lookup("#editorSpara").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#editorSekretess").query().isDisabled()).isTrue();

    robot.clickOn("#editorForslag").write("Ändrat efter justering");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    robot.clickOn(cell(robot, m.punkt().innehall().rubrik()));
    robot.type(KeyCode.DELETE);
    robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    robot.clickOn("#byggareLaggTill");
    robot.type(KeyCode.ESCAPE);

    waitUntil("the list as it was", () -> list.getItems().size() == 1);
    assertThat(robot.lookup("#osparatDialog").tryQuery()).isEmpty();
    assertThat(field(robot, "#editorForslag").getText()).isEqualTo("Godkänna rapporten.");
    assertThat(store.core().arendelista().require(m.punkt().id())).isEqualTo(m.punkt());
    assertThat(protokoll()).isEqualTo(pdf);
    assertThat(text(protokoll())).isEqualTo(text);
  }

  /**
   * The justerat protokoll's fields can be read, selected and copied but not typed in, and look it: its text areas
   * were white as if open for typing, and its text fields were disabled (text not to be copied) and white too.
   */
  @Test
  void aJusteratProtokollsFieldsAreGreyAndReadOnlyButNotDisabled(FxRobot robot) {
    chooseTheJusteratMeeting(robot);
    robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Protokoll".equals(l.getText())).<Node>query());
    TextInputControl beslut = waitFor(robot, "#protokollBeslut-" + m.punkt().id());
    waitUntil("the beslut shown", () -> beslut.getText().contains(JusteratMote.BESLUT));
    TextInputControl jav = waitFor(robot, "#protokollJav-" + m.punkt().id());
    // Ajourneringar too: it was disabled, and stayed white beside the grey texts (found by a walk)
    TextInputControl ajourneringar = waitFor(robot, "#protokollAjourneringar");

    for (TextInputControl field : java.util.List.of(beslut, jav, ajourneringar)) {
      assertThat(field.isEditable()).as(field.getId() + " editable").isFalse();
      assertThat(field.isDisabled()).as(field.getId() + " disabled").isFalse();
    }
    robot.interact(() -> {
      // as the screen shows it: the theme's own read-only grey (#f6f8fa, brightness 0.98) could not be told from white
      for (TextInputControl field : java.util.List.of(beslut, jav, ajourneringar)) {
        assertThat(background(field).getBrightness()).as(field.getId() + " background").isLessThan(0.96);
      }
    });
    String before = beslut.getText();
    robot.interact(beslut::requestFocus);
    robot.write("x");
    assertThat(beslut.getText()).isEqualTo(before);
  }

  /** The colour just inside the field's lower right corner, away from its text and border. */
  private static javafx.scene.paint.Color background(TextInputControl field) {
    javafx.scene.image.WritableImage image = field.snapshot(null, null);
    return image.getPixelReader().getColor((int) image.getWidth() - 8, (int) image.getHeight() - 5);
  }

  private void chooseTheJusteratMeeting(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the meetings listed", () -> moten.getItems().size() == 2);
    robot.interact(() -> moten.getSelectionModel().select(moten.getItems().stream()
        .filter(s -> s.id() == m.mote().id()).findFirst().orElseThrow()));
  }

  private byte[] protokoll() {
    return store.core().justeratProtokoll().dokument(m.mote().datum(), false).pdf();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  private static TextInputControl field(FxRobot robot, String query) {
    return robot.lookup(query).query();
  }

  private static Node cell(FxRobot robot, String rubrikStart) {
    return robot.lookup(".list-cell").queryAll().stream()
        .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof Punktrad p && p.rubrik().startsWith(rubrikStart))
        .findFirst().orElseThrow();
  }
}
