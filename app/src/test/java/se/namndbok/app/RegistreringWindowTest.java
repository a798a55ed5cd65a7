package se.namndbok.app;

import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import javafx.scene.control.Label;
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
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** The real window (today 2025-11-03): entering delegationsbeslut with the keyboard, and the F1 help. */
@ExtendWith(ApplicationExtension.class)
class RegistreringWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> beslut;
  private Sammantrade november;

  @Start
  void start(Stage stage) {
    store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    store.core().delegater().add("MAS/MAR/SAS");
    BoardFixture f = new BoardFixture(store);
    f.mote("2025-10-23", SammantradeStatus.GENOMFORT);
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    beslut = store.core().delegationsbeslut();
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

  /** The Delegationsbeslut area opened from the diarium, its form's first field focused; its list. */
  private static TableView<Delegationsbeslut> openDelegationsbeslut(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-delegationsbeslut");
    TableView<Delegationsbeslut> table = waitFor(robot, "#delegationsbeslutTable");
    waitUntil("focus in the first field", () -> robot.lookup("#dbDiarienummer").query().isFocused());
    return table;
  }

  private void typeDecision(FxRobot robot, String datum, String rubrik) {
    typeDecision(robot, datum, rubrik, false);
  }

  /** {@code ctrlS}: saved with Ctrl+S (as the punkt and the protokoll are), not Enter. */
  private void typeDecision(FxRobot robot, String datum, String rubrik, boolean ctrlS) {
    robot.write("2025/1130").type(KeyCode.TAB).write("MAS/MAR/SAS").type(KeyCode.TAB).write("4.2")
        .type(KeyCode.TAB).write(datum).type(KeyCode.TAB).write(rubrik);
    if (ctrlS) {
      robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    } else {
      robot.type(KeyCode.ENTER);
    }
  }

  @Test
  void fiveDecisionsEnteredWithTheKeyboardGoToTheNextMeeting(FxRobot robot) {
    TableView<Delegationsbeslut> table = openDelegationsbeslut(robot);

    for (int i = 1; i <= 5; i++) {
      typeDecision(robot, "2025-10-0" + i, "Beslut nummer " + i, i == 5);
      int n = i;
      waitUntil("decision " + i + " saved", () -> table.getItems().size() == n);
      waitUntil("the form empty and focused again", () -> robot.lookup("#dbDiarienummer").query().isFocused());
    }

    assertThat(beslut.list(AnmalanFilter.alla())).hasSize(5)
        .allSatisfy(b -> assertThat(b.sammantradeId()).isEqualTo(november.id()))
        .extracting(Delegationsbeslut::rubrik).containsExactlyInAnyOrder("Beslut nummer 1", "Beslut nummer 2",
            "Beslut nummer 3", "Beslut nummer 4", "Beslut nummer 5");
    assertThat(robot.lookup(".table-cell").queryAll()).anyMatch(c -> c instanceof javafx.scene.control.TableCell<?, ?> t
        && "2025-11-20 (planerat)".equals(t.getText()));
  }

  @Test
  void shiftF10OnARowOffersEditMoveAndDeleteAndDeleteRemovesIt(FxRobot robot) {
    TableView<Delegationsbeslut> table = openDelegationsbeslut(robot);
    typeDecision(robot, "2025-10-01", "Beslut att behålla");
    waitUntil("first saved", () -> table.getItems().size() == 1);
    typeDecision(robot, "2025-10-02", "Beslut att ta bort");
    waitUntil("second saved", () -> table.getItems().size() == 2);

    robot.interact(() -> table.getSelectionModel().clearSelection());
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    waitUntil("the list focused", table::isFocused);
    assertThat(table.getSelectionModel().getSelectedIndex()).as("Ctrl+L lands on a row").isZero();
    int row = table.getItems().stream().map(Delegationsbeslut::rubrik).toList().indexOf("Beslut att ta bort");
    robot.interact(() -> table.getSelectionModel().select(row));
    robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);

    javafx.scene.control.ContextMenu menu = table.getContextMenu();
    waitUntil("the menu open", menu::isShowing);
    assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
        .containsExactly("Ändra", "Flytta till", null, "Ta bort");
    javafx.scene.control.Menu flytta = (javafx.scene.control.Menu) menu.getItems().get(1);
    assertThat(flytta.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("Ej anmäld")
        .anyMatch(t -> t.startsWith("2025-11-20"));
    robot.type(KeyCode.UP).type(KeyCode.ENTER); // Ta bort, the last item

    waitUntil("deleted", () -> table.getItems().size() == 1);
    assertThat(beslut.list(AnmalanFilter.alla())).extracting(Delegationsbeslut::rubrik)
        .containsExactly("Beslut att behålla");
  }

  @Test
  void altDownInADateFieldOpensItsCalendarAndADayPickedIsTyped(FxRobot robot) {
    openDelegationsbeslut(robot);
    javafx.scene.control.TextField datum = robot.lookup("#dbDatum").query();
    javafx.scene.control.DatePicker kalender = robot.lookup("#dbDatumPicker").query();
    robot.interact(datum::requestFocus);
    robot.write("2025-10-07");

    robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
    waitUntil("the calendar open", kalender::isShowing);
    assertThat(kalender.getValue()).as("on the date typed").isEqualTo(java.time.LocalDate.of(2025, 10, 7));
    robot.interact(() -> kalender.setValue(java.time.LocalDate.of(2025, 10, 9))); // as a day clicked or Enter
    robot.interact(kalender::hide);

    waitUntil("the day typed in the field", () -> "2025-10-09".equals(datum.getText()));
    waitUntil("the focus back in the field", () -> datum.getScene().getFocusOwner() == datum);
  }

  @Test
  void aDayAndMonthTypedWithoutAYearTakeTheYearOfTheStoresToday(FxRobot robot) {
    TableView<Delegationsbeslut> table = openDelegationsbeslut(robot);

    typeDecision(robot, "28/10", "Beslut utan årtal");

    waitUntil("the decision saved", () -> table.getItems().size() == 1);
    assertThat(beslut.list(AnmalanFilter.alla())).singleElement()
        .satisfies(b -> assertThat(b.beslutsdatum()).isEqualTo(java.time.LocalDate.of(2025, 10, 28)));
  }

  @Test
  void theDateFilterShowsTheDateItUnderstoodAndAnEmptyChoiceSaysItIsTheChoice(FxRobot robot) {
    TableView<Delegationsbeslut> table = openDelegationsbeslut(robot);
    waitUntil("the list read", () -> ((Label) table.getPlaceholder()).getText().startsWith("Inga delegationsbeslut här"));

    robot.clickOn("#dbFilterFran").write("1/10").type(KeyCode.TAB);

    waitUntil("the date understood shown", () -> "2025-10-01".equals(
        robot.lookup("#dbFilterFran").queryTextInputControl().getText()));
    waitUntil("the empty table names the choice", () -> ((Label) table.getPlaceholder()).getText()
        .startsWith("Inga delegationsbeslut i urvalet."));
  }

  @Test
  void aBadDateShowsASwedishMessageAtTheFieldAndSavesNothing(FxRobot robot) {
    openDelegationsbeslut(robot);

    typeDecision(robot, "2025-13-45", "Beslut med fel datum");

    Label error = waitFor(robot, "#dbDatumError");
    assertThat(error.getText()).isEqualTo("Beslutsdatum: \"2025-13-45\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt");
    assertThat(robot.lookup("#dbDatum").query().getPseudoClassStates())
        .anyMatch(p -> p.getPseudoClassName().equals("danger"));
    assertThat(beslut.list(AnmalanFilter.alla())).isEmpty();
    assertThat(robot.lookup("#dbRubrik").queryTextInputControl().getText()).isEqualTo("Beslut med fel datum");

    // the field with the error shows when it has the focus: its border, red either way, is thicker then
    javafx.scene.control.TextField datum = robot.lookup("#dbDatum").queryAs(javafx.scene.control.TextField.class);
    robot.interact(() -> robot.lookup("#dbRubrik").query().requestFocus());
    javafx.scene.paint.Color unfocused = borderPixel(robot, datum);
    robot.interact(datum::requestFocus);
    waitUntil("the date field focused", datum::isFocused);
    assertThat(borderPixel(robot, datum)).as("just inside the top border, focused against not").isNotEqualTo(unfocused);
  }

  /** The field's pixel one below its top edge, midway across (where no caret or text is drawn). */
  private static javafx.scene.paint.Color borderPixel(FxRobot robot, javafx.scene.control.TextField field) {
    java.util.concurrent.atomic.AtomicReference<javafx.scene.paint.Color> c = new java.util.concurrent.atomic.AtomicReference<>();
    robot.interact(() -> c.set(field.snapshot(null, null).getPixelReader()
        .getColor((int) (field.getWidth() / 2), 1)));
    return c.get();
  }

  @Test
  void f1ShowsTheShortcutsAndEscHidesThem(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.interact(() -> robot.lookup("#diariumTable").query().requestFocus());
    waitUntil("the focus in the diarium", () -> robot.lookup("#diariumTable").query().isFocused());
    robot.type(KeyCode.F1);

    waitUntil("the help overlay", () -> robot.lookup("#helpOverlay").query().isVisible());
    for (var s : Shortcuts.ALL) {
      assertThat(robot.lookup("#helpOverlay .label").queryAllAs(Label.class)).extracting(Label::getText).contains(s.text());
    }
    // no text runs into another: keys and texts side by side overlapped the next group at 1366×768 (found by a walk)
    java.util.List<Label> labels = robot.lookup("#helpOverlay .help-scroll .label").queryAllAs(Label.class).stream()
        .filter(l -> !l.getText().isEmpty()).toList();
    robot.interact(() -> { });
    javafx.scene.Node overlay = robot.lookup("#helpOverlay").query();
    javafx.scene.Node card = robot.lookup("#helpOverlay .help-card").query();
    assertThat(overlay.localToScene(overlay.getLayoutBounds()).contains(card.localToScene(card.getLayoutBounds())))
        .as("the card within the window, its shortcuts scrolling inside it").isTrue();
    for (int i = 0; i < labels.size(); i++) {
      javafx.geometry.Bounds a = labels.get(i).localToScene(labels.get(i).getLayoutBounds());
      for (int j = i + 1; j < labels.size(); j++) {
        javafx.geometry.Bounds b = labels.get(j).localToScene(labels.get(j).getLayoutBounds());
        boolean overlap = a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
            && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
        assertThat(overlap).as("\"%s\" %s and \"%s\" %s", labels.get(i).getText(), a, labels.get(j).getText(), b)
            .isFalse();
      }
    }
    javafx.scene.control.ScrollPane list = robot.lookup("#helpOverlay .help-scroll").queryAs(
        javafx.scene.control.ScrollPane.class);
    robot.type(KeyCode.PAGE_DOWN);
    waitUntil("Page Down scrolls the shortcuts", () -> list.getVvalue() > 0);
    robot.type(KeyCode.HOME);
    waitUntil("Home back to the top", () -> list.getVvalue() == 0);
    assertThat(robot.lookup("#helpClose").query().isFocused()).as("the focus stays on Stäng").isTrue();
    // Skift+Tab put the focus on the list, which then took Esc: the help stayed open (found by a walk)
    robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
    robot.interact(() -> { });
    assertThat(robot.lookup("#helpClose").query().isFocused()).as("Stäng is the only stop").isTrue();
    robot.type(KeyCode.ESCAPE);
    waitUntil("the help hidden", () -> !robot.lookup("#helpOverlay").query().isVisible());
    // back where the user was, not on the side menu's first button
    waitUntil("the focus back in the diarium", () -> robot.lookup("#diariumTable").query().isFocused());
  }
}
