package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
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
import se.namndbok.core.db.Database;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/**
 * What was typed in a punkt survives a program that ended without its window closing (decision 0171), in the real
 * window at 1366×768: the notice at the next start, the text in the punkt's editor again with its notice, saved
 * from there and its draft gone.
 */
@ExtendWith(ApplicationExtension.class)
class UtkastWindowTest {
  private static final String TYPED = "Socialnämnden lägger rapporten till handlingarna.";
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private Stage stage;
  private Sammantrade november;
  private Arendepunkt punkt;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    november = new BoardFixture(store).mote("2025-11-20", SammantradeStatus.PLANERAT);
    punkt = store.core().arendelista().add(november.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null,
        "Månadsrapport september 2025", ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
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
    if (startup != null) {
      startup.close(); // the store the window opened last; the first was closed when the program "ended"
    }
  }

  @Test
  void aPunktTypedInAndNeverSavedIsInItsEditorAgainAfterTheProgramEnded(FxRobot robot) throws Exception {
    openPunkt(robot);
    robot.clickOn((Node) waitFor(robot, "#editorForslag")).write(TYPED);
    Path utkast = store.folder().resolve("utkast");
    waitUntil("the draft written after the pause in typing", () -> drafts(utkast) == 1);

    endAndStartAgain(robot, ": punkt 1 ”Månadsrapport september 2025”");
    openPunkt(robot);

    waitUntil("the typed text filled in again", () -> TYPED.equals(text(robot, "#editorForslag")));
    Label aterstallt = robot.lookup("#editorAterstallt").query();
    assertThat(aterstallt.isVisible()).isTrue();
    assertThat(aterstallt.getText()).startsWith("Det du skrev ").contains("och inte sparade är ifyllt igen");
    assertThat(robot.lookup("#editorOsparad").query().isVisible()).as("unsaved until saved").isTrue();

    robot.clickOn("#editorSpara");
    waitUntil("saved", () -> !robot.lookup("#editorOsparad").query().isVisible());
    waitUntil("the notice gone", () -> !aterstallt.isVisible());
    waitUntil("the draft gone", () -> drafts(utkast) == 0);
    robot.interact(stage::hide);
    startup.close();
    startup = null;
    try (Database db = Database.openEmbedded(store.folder())) {
      assertThat(CoreWiring.build(db, TestStore.CLOCK).arendelista().require(punkt.id()).innehall().texter().forslag())
          .isEqualTo(TYPED);
    }
  }

  /**
   * The registrator's dialogs keep a draft too: the program ends with "Registrera ärende" open, and the rubrik typed
   * there is in the dialog again after the next start; Esc asks before throwing it away although nothing was typed
   * since the dialog opened, and Släng removes the draft.
   */
  @Test
  void aNewArendeTypedInItsDialogIsThereAgainAndEscAsksBeforeItIsThrownAway(FxRobot robot) throws Exception {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#diariumRegister");
    robot.clickOn((Node) waitFor(robot, "#registerRubrik")).write("Begäran om yttrande");
    Path utkast = store.folder().resolve("utkast");
    waitUntil("the draft written after the pause in typing", () -> drafts(utkast) == 1);

    // the program ends with the dialog open: the dialog goes with the window, asking nothing (nobody is there to
    // answer) and keeping its draft
    robot.interact(stage::hide);
    waitUntil("the dialog gone", () -> robot.lookup("#registerArendeDialog").tryQuery().isEmpty());
    assertThat(robot.lookup("#osparatDialog").tryQuery()).as("nothing asked").isEmpty();
    assertThat(drafts(utkast)).as("the draft of a dialog that went with the program").isEqualTo(1);
    endAndStartAgain(robot, ": ett nytt ärende ”Begäran om yttrande” (Diarium, Registrera ärende)");
    waitFor(robot, "#diariumTable");
    robot.clickOn("#diariumRegister");
    waitUntil("the rubrik filled in again", () -> "Begäran om yttrande".equals(text(robot, "#registerRubrik")));
    assertThat(robot.lookup("#registerUtkast").<Label>query().getText()).contains("är ifyllt igen");

    robot.type(javafx.scene.input.KeyCode.ESCAPE);
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSlang");
    waitUntil("the dialog closed", () -> robot.lookup("#registerArendeDialog").tryQuery().isEmpty());
    waitUntil("the draft gone", () -> drafts(utkast) == 0);
  }

  /**
   * A change typed in Statistik's "Ändra beslut" is there again for the same decision after the next start, with a
   * notice as wide as the form (its one long line widened the dialog past its fields); saved from there, it is gone.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aChangeToADecisionIsInAndraBeslutAgainAndItsNoticeDoesNotWidenTheDialog(FxRobot robot) throws Exception {
    robot.interact(() -> store.core().demo().loadStatistik());
    String referens = openAndraBeslut(robot);
    robot.clickOn((Node) waitFor(robot, "#beslutVerkstallighetsdatum")).write("2025-07-01");
    Path utkast = store.folder().resolve("utkast");
    waitUntil("the draft written after the pause in typing", () -> drafts(utkast) == 1);

    endAndStartAgain(robot, ": ändringen av beslutet " + referens + " (Statistik, IVO-lista: välj det och Ändra beslut)");
    assertThat(openAndraBeslut(robot)).isEqualTo(referens);

    waitUntil("the date filled in again", () -> "2025-07-01".equals(text(robot, "#beslutVerkstallighetsdatum")));
    Label notice = robot.lookup("#beslutUtkast").query();
    assertThat(notice.getText()).contains("Välj Spara för att spara det");
    Node widest = robot.lookup("#beslutErbjudanden").query(); // the field across the form
    assertThat(notice.localToScene(notice.getLayoutBounds()).getMaxX()).as("the notice ends where the fields do")
        .isCloseTo(widest.localToScene(widest.getLayoutBounds()).getMaxX(), org.assertj.core.data.Offset.offset(1.0));
    robot.clickOn("#beslutSpara");
    waitUntil("saved: the dialog closed", () -> robot.lookup("#beslutDialog").tryQuery().isEmpty());
    waitUntil("the draft gone", () -> drafts(utkast) == 0);
    robot.interact(stage::hide);
    startup.close();
    startup = null;
    try (Database db = Database.openEmbedded(store.folder())) {
      assertThat(CoreWiring.build(db, TestStore.CLOCK).beslut().find(referens).orElseThrow().verkstallighetsdatum())
          .isEqualTo(java.time.LocalDate.of(2025, 7, 1));
    }
  }

  /** Statistik, the IVO list of 2025Q2, its first decision not yet verkställt, "Ändra beslut": its referens. */
  @SuppressWarnings("unchecked")
  private String openAndraBeslut(FxRobot robot) {
    robot.clickOn((Node) waitFor(robot, "#nav-statistik"));
    javafx.scene.control.ComboBox<se.namndbok.core.ejverkstallda.Kvartal> kvartal = waitFor(robot, "#statistikKvartal");
    robot.interact(() -> kvartal.getSelectionModel().select(se.namndbok.core.ejverkstallda.Kvartal.parse("2025Q2")));
    TableView<se.namndbok.core.ejverkstallda.IvoRad> lista = robot.lookup("#ivoLista").queryAs(TableView.class);
    robot.interact(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
        .select(1));
    waitUntil("the quarter's decisions in the list", () -> !lista.getItems().isEmpty());
    var rad = lista.getItems().stream().filter(r -> r.datum() == null)
        .findFirst().orElseThrow();
    robot.interact(() -> lista.getSelectionModel().select(rad));
    robot.clickOn("#beslutAndra");
    waitFor(robot, "#beslutDialog");
    return rad.referens();
  }

  /**
   * The program ends without its window closing (the window goes without being asked, the store is closed as the
   * shutdown hook closes it) and is started again on the same data folder; its notice at start lists {@code listed}.
   */
  private void endAndStartAgain(FxRobot robot, String listed) {
    robot.interact(stage::hide);
    startup.close();
    startup = new WindowStartup(stage, () -> Database.openEmbedded(store.folder()), TestStore.CLOCK, new FakeDemo(),
        executor, "test", () -> {});
    robot.interact(startup::start);

    DialogPane notice = waitFor(robot, "#utkastDialog");
    assertThat(notice.getContentText()).contains(listed);
    robot.clickOn((Button) notice.lookupButton(ButtonType.OK));
  }

  private static long drafts(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".utkast")).count();
    }
  }

  private void openPunkt(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the meeting listed", () -> !moten.getItems().isEmpty());
    robot.interact(() -> moten.getSelectionModel().select(moten.getItems().stream()
        .filter(m -> m.id() == november.id()).findFirst().orElseThrow()));
    ListView<Punktrad> list = waitFor(robot, "#punktLista");
    waitUntil("the punkt listed", () -> list.getItems().size() == 1);
    robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
        .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof Punktrad p && p.id() == punkt.id())
        .findFirst().orElseThrow());
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).<TextInputControl>query().getText();
  }
}
