package se.namndbok.app;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.layOut;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.sammantrade.Innehallsrad;
import se.namndbok.app.sammantrade.MotesbyggareView;
import se.namndbok.app.sammantrade.Punktrad;
import se.namndbok.app.sammantrade.SammantradenView;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.app.testing.WindowFixture;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.TestStore;

/** The real window: build a new meeting with three items, reorder by drag and keyboard, confidential, attach a PDF. */
@ExtendWith(ApplicationExtension.class)
class SammantradenWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private Preferences node;
  private AppServices services;

  @Start
  void start(Stage stage) {
    store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    node = Preferences.userRoot().node("se/namndbok/test/" + UUID.randomUUID());
    services = new AppServices(store.core(), new WindowPreferences(node));
    services.motesstandard().spara(new se.namndbok.core.sammantrade.Motesstandard(java.time.LocalTime.of(13, 0), null,
        List.of())); // this test builds the list itself; the standard punkter are MotesstandardServiceTest's
    Theme.install();
    executor = new UiTaskExecutor();
    MainWindow main = new MainWindow(services, executor, Areas.ALL, "test");
    WindowFixture.show(stage, Theme.style(new javafx.scene.Scene(main, 1240, 760)));
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
    node.removeNode();
    store.close();
  }

  @Test
  void aNewMeetingIsBuiltReorderedMarkedAndGetsAPdfWhileThePreviewFollows(FxRobot robot) throws Exception {
    robot.clickOn("#nav-sammantraden");
    robot.clickOn((Node) waitFor(robot, "#motenNytt"));
    robot.clickOn((Node) waitFor(robot, "#nyttDatum")).write("2025-11-20");
    robot.clickOn("#nyttPlats").write("Stadshuset");
    robot.clickOn("#nyttSpara");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the new meeting selected", () -> moten.getSelectionModel().getSelectedItem() != null);
    assertThat(moten.getSelectionModel().getSelectedItem().plats()).isEqualTo("Stadshuset");
    ListView<Punktrad> tom = waitFor(robot, "#punktLista");
    waitUntil("the empty list's placeholder", () -> tom.getPlaceholder() != null && tom.getPlaceholder().isVisible());
    assertThat(se.namndbok.app.testing.Clipping.problems(robot, tom.getScene(), "ett nytt, tomt möte",
        new java.util.HashSet<>())).as("what an empty meeting says, in full").isEmpty();

    for (String nummer : List.of("2025/1130", "2025/1184", "2025/113")) {
      robot.clickOn((Node) waitFor(robot, "#byggareLaggTill"));
      robot.clickOn((Node) waitFor(robot, "#byggareLaggTillArende"));
      robot.clickOn((Node) waitFor(robot, "#arendeSok")).write(nummer);
      waitUntil("a hit for " + nummer, () -> hit(robot, nummer) != null);
      ListView<se.namndbok.core.arende.Arende> traffar = robot.lookup("#arendeSokTraffar").queryListView();
      robot.interact(() -> traffar.getSelectionModel().select(traffar.getItems().stream()
          .filter(a -> a.diarienummer().toString().equals(nummer)).findFirst().orElseThrow()));
      robot.clickOn("#sokLagg");
      waitUntil("the search dialog closed", () -> robot.lookup("#arendeSokDialog").tryQuery().isEmpty());
    }
    // two marked with Space: the button reads "Lägg till 2 ärenden" in full
    robot.clickOn((Node) waitFor(robot, "#byggareLaggTill"));
    robot.clickOn((Node) waitFor(robot, "#byggareLaggTillArende"));
    ListView<se.namndbok.core.arende.Arende> sok = waitFor(robot, "#arendeSokTraffar");
    waitUntil("hits listed", () -> sok.getItems().size() >= 2);
    for (int i = 0; i < 2; i++) {
      int index = i;
      robot.interact(() -> {
        sok.requestFocus();
        sok.getSelectionModel().select(index);
      });
      robot.type(KeyCode.SPACE);
    }
    Button lagg = robot.lookup("#sokLagg").queryButton();
    waitUntil("two marked", () -> lagg.getText().contains("2"));
    assertThat(se.namndbok.app.testing.Clipping.problems(robot, lagg.getScene(), "två markerade ärenden",
        new java.util.HashSet<>())).as("the add button's text in full").isEmpty();
    robot.type(KeyCode.ESCAPE);
    waitUntil("the search dialog closed", () -> robot.lookup("#arendeSokDialog").tryQuery().isEmpty());
    TableView<Innehallsrad> preview = waitFor(robot, "#innehallTable");
    waitUntil("three items in the preview", () -> preview.getItems().size() == 3);
    assertThat(rubriker(preview)).containsExactly("Statsbidrag för att stärka socialtjänstens beredskap",
        "Månadsrapport september 2025", "Ärendebalans individ- och familjeomsorg");

    ListView<Punktrad> list = waitFor(robot, "#punktLista");
    Node from = cell(robot, list, "Ärendebalans");
    Node to = cell(robot, list, "Statsbidrag");
    robot.drag(from).dropTo(to);
    waitUntil("dragged to the top", () -> preview.getItems().getFirst().rubrik().startsWith("Ärendebalans"));

    robot.clickOn(cell(robot, list, "Månadsrapport"));
    waitUntil("Månadsrapport selected", () -> list.getSelectionModel().getSelectedItem() != null
        && list.getSelectionModel().getSelectedItem().rubrik().startsWith("Månadsrapport"));
    robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
    waitUntil("moved up by keyboard", () -> preview.getItems().get(1).rubrik().startsWith("Månadsrapport"));
    assertThat(list.getSelectionModel().getSelectedItem().rubrik()).isEqualTo("Månadsrapport september 2025");
    assertThat(rubriker(preview)).containsExactly("Ärendebalans individ- och familjeomsorg",
        "Månadsrapport september 2025", "Statsbidrag för att stärka socialtjänstens beredskap");
    assertThat(preview.getItems()).extracting(Innehallsrad::punkt).containsExactly(1, 2, 3);
    waitUntil("the preview marks the moved punkt", () -> preview.getSelectionModel().getSelectedItem() != null
        && preview.getSelectionModel().getSelectedItem().rubrik().startsWith("Månadsrapport"));
    robot.clickOn(cell(robot, list, "Statsbidrag"));
    waitUntil("the preview follows the choice", () -> preview.getSelectionModel().getSelectedItem() != null
        && preview.getSelectionModel().getSelectedItem().punkt() == 3);
    robot.clickOn(cell(robot, list, "Månadsrapport"));
    waitUntil("and back", () -> preview.getSelectionModel().getSelectedItem().punkt() == 2);

    robot.clickOn("#editorSekretess");
    javafx.scene.control.Button spara = robot.lookup("#editorSpara").queryButton();
    robot.interact(spara::fire);
    waitUntil("saved confidential", () -> list.getItems().get(1).sekretess());
    waitUntil("one lock shown", () -> robot.lookup("#punktLas").queryAll().stream().filter(Node::isVisible).count() == 1);

    Path pdf = Files.createTempFile("utredning", ".pdf");
    Files.write(pdf, se.namndbok.app.sammantrade.TestPdf.bytes());
    SammantradenView area = robot.lookup("#sammantradenView").query();
    MotesbyggareView builder = area.builder();
    double listTop = list.localToScene(list.getLayoutBounds()).getMinY();
    robot.interact(() -> builder.viewModel().attach(list.getItems().get(1), pdf));
    ListView<?> bilagor = waitFor(robot, "#editorBilagor");
    waitUntil("the attachment listed", () -> bilagor.getItems().size() == 1);
    assertThat(bilagor.getItems().getFirst().toString()).contains(pdf.getFileName().toString());
    Label notice = waitFor(robot, "#byggareNotice");
    waitUntil("the PDF/A notice", () -> notice.getText() != null && notice.getText().contains("inte PDF/A"));
    robot.interact(() -> { });
    // the notice beside the buttons: as its own line it pushed the list down, under the user's next click
    assertThat(list.localToScene(list.getLayoutBounds()).getMinY()).as("the list where it was").isEqualTo(listTop);
    for (String knapp : List.of("#byggareLaggTill", "#byggareUpp", "#byggareNed", "#byggareTaBort", "#byggareAngra")) {
      javafx.scene.layout.Region b = robot.lookup(knapp).query();
      assertThat(b.getWidth()).as(knapp + " whole beside the notice").isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
    }

    robot.interact(() -> builder.viewModel().attach(list.getItems().get(1), "brev.txt", "hej".getBytes()));
    Label error = waitFor(robot, "#byggareError");
    waitUntil("the refusal shown", () -> "Bilaga: Filen brev.txt är inte en PDF-fil.".equals(error.getText()));
    assertThat(bilagor.getItems()).hasSize(1);
    Files.delete(pdf);
  }

  @Test
  void aMeetingMarkedHeldByMistakeIsPlannedAgainWithTheSameButton(FxRobot robot) {
    Sammantrade mote = services.sammantraden().create(new se.namndbok.core.sammantrade.NyttSammantrade(null,
        java.time.LocalDate.of(2025, 11, 20), java.time.LocalTime.of(13, 0), "Stadshuset"));
    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the meeting listed", () -> moten.getItems().size() == 1);
    robot.interact(() -> moten.getSelectionModel().select(0));
    javafx.scene.control.Button knapp = waitFor(robot, "#motenGenomfort");
    waitUntil("offered as planned", () -> "Markera som genomfört".equals(knapp.getText()) && !knapp.isDisabled());

    robot.clickOn(knapp);
    waitUntil("held", () -> store.core().sammantraden().require(mote.id()).status() == SammantradeStatus.GENOMFORT);
    waitUntil("offered to take back", () -> "Markera som ej genomfört".equals(knapp.getText()) && !knapp.isDisabled());

    robot.clickOn(knapp);
    waitUntil("planned again", () -> store.core().sammantraden().require(mote.id()).status()
        == SammantradeStatus.PLANERAT);
    waitUntil("offered as planned again", () -> "Markera som genomfört".equals(knapp.getText()));
  }

  /**
   * "Kallelsen är klar" opens a bar at the bottom of the window; the meetings' rows stay where they are, so the
   * click a user is about to make lands on the meeting under the pointer. The list shrank with the area, and a
   * list scrolled down moved its rows up under the pointer (found by a walk).
   */
  @Test
  void theMeetingsRowsStayWhereTheyAreWhenTheOutputNoticeOpensAndCloses(FxRobot robot) {
    for (int dag = 1; dag <= 8; dag++) {
      services.sammantraden().create(new se.namndbok.core.sammantrade.NyttSammantrade(null,
          java.time.LocalDate.of(2025, 11, dag), java.time.LocalTime.of(13, 0), "Stadshuset"));
    }
    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the meetings listed", () -> moten.getItems().size() == 8);
    Sammantrade sista = moten.getItems().getLast();
    robot.interact(() -> {
      moten.getSelectionModel().select(sista);
      moten.scrollTo(sista);
    });
    layOut(robot, moten);
    javafx.geometry.Bounds table = moten.localToScreen(moten.getLayoutBounds());
    double row = rowY(robot, sista);

    robot.interact(() -> se.namndbok.app.shared.OutputNotice.OutputEvent.fire(robot.lookup("#sammantradenView").query(),
        "Kallelsen är klar (24 sidor)", Path.of(System.getProperty("java.io.tmpdir"), "Kallelse.pdf"), List.of()));
    Node notice = waitFor(robot, "#utdataNotis");
    waitUntil("the notice shown", () -> notice.isVisible() && notice.getLayoutBounds().getHeight() > 0);
    layOut(robot, moten);
    assertThat(rowY(robot, sista)).as("the last meeting's row with the notice open").isEqualTo(row);
    assertThat(moten.localToScreen(moten.getLayoutBounds())).as("the meetings' list with the notice open")
        .isEqualTo(table);

    robot.clickOn("#utdataStang");
    waitUntil("the notice closed", () -> !notice.isVisible());
    layOut(robot, moten);
    assertThat(rowY(robot, sista)).as("the last meeting's row with the notice closed").isEqualTo(row);
    assertThat(moten.localToScreen(moten.getLayoutBounds())).as("the meetings' list with the notice closed")
        .isEqualTo(table);
  }

  /**
   * "Stäng" on the notice gives the focus back to where it was when the notice opened: it went to the side menu,
   * where a keyboard user's next Space opened the diarium.
   */
  @Test
  void closingTheOutputNoticeGivesTheFocusBack(FxRobot robot) {
    services.sammantraden().create(new se.namndbok.core.sammantrade.NyttSammantrade(null,
        java.time.LocalDate.of(2025, 11, 20), java.time.LocalTime.of(13, 0), "Stadshuset"));
    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the meeting listed", () -> moten.getItems().size() == 1);
    robot.interact(() -> {
      moten.getSelectionModel().select(0);
      moten.requestFocus();
    });
    robot.interact(() -> se.namndbok.app.shared.OutputNotice.OutputEvent.fire(moten, "Kallelsen är klar (24 sidor)",
        Path.of(System.getProperty("java.io.tmpdir"), "Kallelse.pdf"), List.of()));
    Node notice = waitFor(robot, "#utdataNotis");
    waitUntil("the notice shown", notice::isVisible);

    robot.clickOn("#utdataStang");
    waitUntil("the notice closed", () -> !notice.isVisible());
    waitUntil("the focus back in the meetings' list", moten::isFocused);
  }

  /** The screen y of the row showing {@code mote}. */
  private static double rowY(FxRobot robot, Sammantrade mote) {
    return robot.lookup("#motenTable .table-row-cell").queryAll().stream()
        .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && mote.equals(r.getItem()) && r.isVisible())
        .findFirst().map(n -> n.localToScreen(n.getLayoutBounds()).getMinY()).orElseThrow();
  }


  /**
   * The meetings list opens on the remembered meeting with the list flush with one of its edges: scrolled before it
   * knew its rows, it showed a fraction of the way down with the rows at both edges cut (found by a walk).
   */
  @Test
  void theRememberedMeetingIsShownWithTheListFlushWithAnEdge(FxRobot robot) {
    List<Sammantrade> moten = new java.util.ArrayList<>();
    for (int dag = 3; dag <= 12; dag += 3) {
      moten.add(services.sammantraden().create(new se.namndbok.core.sammantrade.NyttSammantrade(null,
          java.time.LocalDate.of(2025, 11, dag), java.time.LocalTime.of(13, 0), "Stadshuset")));
    }
    services.preferences().saveLastMeeting(moten.get(1).id()); // the second oldest: near the list's end

    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> tabell = waitFor(robot, "#motenTable");
    waitUntil("the remembered meeting chosen", () -> tabell.getSelectionModel().getSelectedItem() != null
        && tabell.getSelectionModel().getSelectedItem().id() == moten.get(1).id());
    layOut(robot, tabell);

    robot.interact(() -> {
      Node flow = tabell.lookup(".virtual-flow");
      javafx.geometry.Bounds view = flow.localToScene(flow.getLayoutBounds());
      List<javafx.geometry.Bounds> rows = tabell.lookupAll(".table-row-cell").stream()
          .filter(n -> n.isVisible() && n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null)
          .map(n -> n.localToScene(n.getLayoutBounds()))
          .filter(b -> b.getMaxY() > view.getMinY() && b.getMinY() < view.getMaxY()).toList();
      double top = rows.stream().mapToDouble(javafx.geometry.Bounds::getMinY).min().orElseThrow();
      double bottom = rows.stream().mapToDouble(javafx.geometry.Bounds::getMaxY).max().orElseThrow();
      assertThat(Math.abs(top - view.getMinY()) < 1 || Math.abs(bottom - view.getMaxY()) < 1)
          .as("rows %.1f–%.1f in a list %.1f–%.1f: flush with one edge", top, bottom, view.getMinY(), view.getMaxY())
          .isTrue();
    });
  }

  @Test
  void aBadDateInTheNewMeetingFormIsToldAtTheFieldAndSavesNothing(FxRobot robot) {
    robot.clickOn("#nav-sammantraden");
    robot.clickOn((Node) waitFor(robot, "#motenNytt"));
    robot.clickOn((Node) waitFor(robot, "#nyttDatum")).write("31/11");
    robot.clickOn("#nyttPlats").write("Stadshuset");
    robot.clickOn("#nyttSpara");

    Label error = waitFor(robot, "#nyttDatumError");
    assertThat(error.getText()).isEqualTo("Datum: \"31/11\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt");
    assertThat(robot.lookup("#nyttDatum").query().getPseudoClassStates())
        .anyMatch(p -> p.getPseudoClassName().equals("danger"));
    assertThat(services.sammantraden().all()).isEmpty();

    // the message goes when the date is corrected, and the dialog keeps its height: the button stays put
    Node spara = robot.lookup("#nyttSpara").query();
    double y = spara.localToScreen(spara.getBoundsInLocal()).getMinY();
    robot.clickOn("#nyttDatum").type(KeyCode.BACK_SPACE);
    waitUntil("the message gone", () -> !error.isVisible());
    robot.interact(() -> { });
    robot.interact(() -> { });
    assertThat(spara.localToScreen(spara.getBoundsInLocal()).getMinY()).as("Skapa sammanträdet where it was")
        .isCloseTo(y, org.assertj.core.data.Offset.offset(1.0));
    robot.clickOn("#nyttAvbryt");
    waitFor(robot, "#osparatDialog"); // what was typed is not thrown away without a question
    robot.clickOn("#osparatSlang");
    waitUntil("the dialog closed", () -> robot.lookup("#nyttSammantradeDialog").tryQuery().isEmpty());
    assertThat(services.sammantraden().all()).isEmpty();
  }

  private static List<String> rubriker(TableView<Innehallsrad> preview) {
    return preview.getItems().stream().map(Innehallsrad::rubrik).toList();
  }

  /** The search dialog's hit for exactly {@code nummer} ("2025/113" also finds 2025/1130), or null. */
  private static Node hit(FxRobot robot, String nummer) {
    return robot.lookup("#arendeSokTraffar .list-cell").queryAll().stream()
        .filter(n -> n instanceof javafx.scene.control.ListCell<?> c
            && c.getItem() instanceof se.namndbok.core.arende.Arende a && a.diarienummer().toString().equals(nummer))
        .findFirst().orElse(null);
  }

  /**
   * The list cell showing the item, once the list has laid it out: cells follow the model a layout pulse later
   * (on a busy machine several), so a cell counts only when it is shown and holds the item the list now has at
   * its index; an item out of view is scrolled to.
   */
  private static Node cell(FxRobot robot, ListView<Punktrad> list, String rubrikStart) {
    try {
      waitUntil("the list shows " + rubrikStart, () -> {
        boolean shown = shownCell(robot, rubrikStart).isPresent();
        if (!shown) { // e.g. scrolled out of view while the list was still small: bring it into view
          list.getItems().stream().filter(p -> p.rubrik().startsWith(rubrikStart)).findFirst().ifPresent(list::scrollTo);
        }
        return shown;
      });
    } catch (AssertionError e) {
      javafx.stage.Window w = list.getScene().getWindow();
      throw new AssertionError(e.getMessage() + "; window " + w.getWidth() + "x" + w.getHeight() + ", list "
          + list.getWidth() + "x" + list.getHeight() + ", list parent chain " + chain(list) + "; cells: "
          + robot.lookup(".list-cell").queryAll().stream()
          .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof Punktrad)
          .map(n -> (javafx.scene.control.ListCell<?>) n)
          .map(c -> c.getIndex() + ":" + ((Punktrad) c.getItem()).rubrik() + " visible=" + c.isVisible() + " width="
              + c.getWidth() + " model=" + c.getListView().getItems().indexOf(c.getItem()))
          .toList(), e);
    }
    return shownCell(robot, rubrikStart).orElseThrow();
  }

  private static java.util.Optional<Node> shownCell(FxRobot robot, String rubrikStart) {
    return robot.lookup(".list-cell").queryAll().stream()
        .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof Punktrad p
            && p.rubrik().startsWith(rubrikStart) && c.isVisible() && c.getWidth() > 0
            && c.getIndex() >= 0 && c.getIndex() < c.getListView().getItems().size()
            && c.getListView().getItems().get(c.getIndex()).equals(p) && centreInList(c))
        .findFirst();
  }

  /** The point a click or drag on the cell aims at lies inside its list (not scrolled out of view). */
  private static boolean centreInList(javafx.scene.control.ListCell<?> c) {
    javafx.geometry.Bounds cell = c.localToScene(c.getLayoutBounds());
    return c.getListView().localToScene(c.getListView().getLayoutBounds()).contains(cell.getCenterX(), cell.getCenterY());
  }

  private static String chain(Node n) {
    StringBuilder b = new StringBuilder();
    for (Node p = n; p != null; p = p.getParent()) {
      b.append(p.getClass().getSimpleName()).append(p.getId() == null ? "" : "#" + p.getId()).append('=')
          .append((int) p.getLayoutBounds().getWidth()).append('x').append((int) p.getLayoutBounds().getHeight()).append(' ');
    }
    return b.toString();
  }
}
