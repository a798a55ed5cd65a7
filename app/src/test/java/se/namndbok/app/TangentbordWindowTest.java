package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.sammantrade.Punktrad;
import se.namndbok.app.testing.DemoTemplate;
import se.namndbok.app.testing.FocusWalk;
import se.namndbok.app.testing.WindowAreas;
import se.namndbok.app.testing.WindowFixture;
import se.namndbok.core.sammantrade.Sammantrade;

/** The keyboard model (decision 0122) on the demo board: Ctrl+1 … Ctrl+6, Tab through every area, Enter in the pick. */
@ExtendWith(ApplicationExtension.class)
class TangentbordWindowTest {
  private static final List<String> VIEWS = WindowAreas.VIEWS;
  private static final List<String> NAMES = WindowAreas.NAMES;
  private WindowWorld world;

  @org.junit.jupiter.api.BeforeAll
  static void demo() {
    DemoTemplate.warm();
  }

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, DemoTemplate.copy(), 1240, 760);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  private void area(FxRobot robot, int i) {
    WindowAreas.open(robot, i);
  }

  @Test
  void ctrlOneToSixOpenTheAreasAndTheTitleNamesBoardAndArea(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    for (int i = 5; i >= 0; i--) {
      area(robot, i);
      int index = i;
      waitUntil("the title of " + NAMES.get(i), () -> world.title().equals("Socialnämnden – " + NAMES.get(index)
          + " – Nämndbok"));
      ToggleButton nav = robot.lookup("#nav-" + Areas.ALL.get(i).id()).query();
      assertThat(nav.isSelected()).isTrue();
      assertThat(robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().filter(ToggleButton::isSelected))
          .hasSize(1);
    }
  }

  @Test
  void theSideMenuDoesNotMoveWhenTheFocusGoesThroughIt(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    List<ToggleButton> buttons = Areas.ALL.stream()
        .map(a -> robot.lookup("#nav-" + a.id()).queryAs(ToggleButton.class)).toList();
    robot.interact(() -> robot.lookup("#diariumTable").query().requestFocus());
    List<javafx.geometry.Bounds> unfocused = buttons.stream().map(javafx.scene.Node::getBoundsInParent).toList();
    for (ToggleButton b : buttons) {
      robot.interact(b::requestFocus);
      waitUntil(b.getId() + " focused", b::isFocused);
      robot.interact(() -> { });
      // a focus ring that added a border made the focused button 4 px taller and pushed the ones below it
      assertThat(buttons.stream().map(javafx.scene.Node::getBoundsInParent).toList()).as("with %s focused", b.getId())
          .isEqualTo(unfocused);
    }
  }

  /**
   * A tab clicked rings the tab pane's chosen tab without moving the page under it: the ring's border made the tabs
   * 4 px taller and pushed the whole page down (found by a walk in Inställningar).
   */
  @Test
  void aTabClickedShowsItsPageWhereItIsWithoutTheFocus(FxRobot robot) {
    area(robot, 5);
    javafx.scene.control.TabPane tabs = waitFor(robot, "#installningarFlikar");
    javafx.scene.control.Tab second = tabs.getTabs().get(1);
    robot.interact(() -> {
      robot.lookup("#nav-installningar").query().requestFocus();
      tabs.getSelectionModel().select(second);
    });
    WindowFixture.layOut(robot, tabs);
    javafx.geometry.Bounds[] unfocused = {null};
    robot.interact(() -> unfocused[0] = second.getContent().localToScene(second.getContent().getLayoutBounds()));
    robot.interact(() -> tabs.getSelectionModel().select(0));

    robot.clickOn(robot.lookup(".tab").match(n -> n instanceof javafx.scene.Parent p
        && p.lookupAll(".tab-label").stream().anyMatch(l -> l instanceof javafx.scene.control.Label label
            && label.getText().equals(second.getText()))).queryAs(Node.class));
    waitUntil("the tab pane focused on the second tab", () -> tabs.isFocused()
        && tabs.getSelectionModel().getSelectedItem() == second);
    WindowFixture.layOut(robot, tabs);

    javafx.geometry.Bounds[] focused = {null};
    robot.interact(() -> focused[0] = second.getContent().localToScene(second.getContent().getLayoutBounds()));
    assertThat(focused[0]).as("the page with its tab clicked").isEqualTo(unfocused[0]);
  }

  /**
   * Ctrl+Tab and Ctrl+Shift+Tab change tabs from a field on the page, as in other programs' tabbed windows: in a
   * text field Ctrl+Tab only moved to the next field, and the tabs were reached by Shift+Tab through every field.
   */
  @Test
  void ctrlTabChangesTheTabFromAFieldOnThePageAndGoesRound(FxRobot robot) {
    area(robot, 5);
    javafx.scene.control.TabPane tabs = waitFor(robot, "#installningarFlikar");
    Node field = robot.from(tabs.getTabs().getFirst().getContent()).lookup(".text-field")
        .match(Node::isVisible).query();
    robot.clickOn(field);
    waitUntil("a field on the first page focused", field::isFocused);

    robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
    waitUntil("the second tab chosen, the focus on the tabs", () -> tabs.getSelectionModel().getSelectedIndex() == 1
        && tabs.isFocused());

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil("back on the first tab", () -> tabs.getSelectionModel().getSelectedIndex() == 0);
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil("round to the last tab", () -> tabs.getSelectionModel().getSelectedIndex() == tabs.getTabs().size() - 1);
    assertThat(field.isFocused()).isFalse();
  }

  @Test
  void tabReachesEveryControlOfEachAreaAndTabInReadingOrderWithAVisibleRing(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    List<String> problems = new ArrayList<>();
    Node sidebar = robot.lookup(".sidebar").query();
    List<FocusWalk.Stop> chrome = FocusWalk.walk(robot, robot.lookup("#nav-diarium").query(),
        n -> !FocusWalk.inside(n, sidebar), 50);
    check("Sidopanelen", chrome, FocusWalk.reachable(robot, sidebar), problems, robot);
    for (int i = 0; i < VIEWS.size(); i++) {
      area(robot, i);
      WindowAreas.settle(robot, i);
      Node view = robot.lookup("#" + VIEWS.get(i)).query();
      for (List<Integer> tabs : WindowAreas.tabCombinations(robot, VIEWS.get(i))) {
        WindowAreas.selectTabs(robot, VIEWS.get(i), tabs);
        Set<Node> reachable = FocusWalk.reachable(robot, view);
        List<FocusWalk.Stop> stops = FocusWalk.walk(robot, firstAfterSidebar(robot), n -> !FocusWalk.inside(n, view), 200);
        check(NAMES.get(i) + (tabs.isEmpty() ? "" : " flikar " + tabs), stops, reachable, problems, robot);
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Where Tab goes from the sidebar's last button: the area's first control in Tab order. */
  private static Node firstAfterSidebar(FxRobot robot) {
    Node last = robot.lookup("#nav-installningar").query();
    robot.interact(last::requestFocus);
    robot.type(KeyCode.TAB);
    java.util.concurrent.atomic.AtomicReference<Node> first = new java.util.concurrent.atomic.AtomicReference<>();
    robot.interact(() -> first.set(last.getScene().getFocusOwner()));
    return first.get();
  }

  /** Every reachable node a stop, no step back against reading order, a ring on every stop. */
  private static void check(String where, List<FocusWalk.Stop> stops, Set<Node> reachable, List<String> problems,
      FxRobot robot) {
    Set<Node> missed = new java.util.LinkedHashSet<>(reachable);
    missed.removeAll(stops.stream().map(FocusWalk.Stop::node).collect(Collectors.toSet()));
    missed.forEach(n -> problems.add(where + ": Tab når inte " + FocusWalk.describe(n)));
    FocusWalk.backwardSteps(robot, stops).forEach(s -> problems.add(where + ": bakåt " + s));
    stops.stream().filter(s -> !s.ringVisible()).forEach(s -> problems.add(where + ": ingen fokusram på " + s));
    stops.stream().filter(FocusWalk.Stop::ringMoves)
        .forEach(s -> problems.add(where + ": fokusramen flyttar eller ändrar storlek på " + s));
  }

  @Test
  void enterInThePickDialogAddsTheArendenMarkedWithSpaceAcrossSearches(FxRobot robot) {
    area(robot, 1);
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("a meeting selected", () -> moten.getSelectionModel().getSelectedItem() != null);
    ListView<Punktrad> punkter = waitFor(robot, "#punktLista");
    waitUntil("the meeting's list", () -> !punkter.getItems().isEmpty());
    int before = punkter.getItems().size();

    robot.clickOn("#byggareLaggTill").clickOn("#byggareLaggTillArende");
    robot.clickOn((Node) waitFor(robot, "#arendeSok")).write("1185");
    ListView<?> traffar = robot.lookup("#arendeSokTraffar").queryListView();
    waitUntil("the hit for 1185", () -> traffar.getItems().size() == 1);
    robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
    robot.clickOn("#arendeSok").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1184");
    waitUntil("the hit for 1184", () -> traffar.getItems().size() == 1
        && traffar.getItems().getFirst().toString().contains("1184"));
    robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
    assertThat(robot.lookup("#arendeSokValda").queryAs(javafx.scene.control.Label.class).getText())
        .isEqualTo("Markerade: 2025/1185, 2025/1184");
    // Pil ned at once after typing, before the hits came: it chose the old query's hit, which the new hits then
    // replaced, and Mellanslag marked nothing (found by a walk); now the first of the new hits is chosen
    robot.clickOn("#arendeSok").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1203")
        .type(KeyCode.DOWN);
    waitUntil("the first hit for 1203 chosen", () -> traffar.getSelectionModel().getSelectedItem() != null
        && traffar.getSelectionModel().getSelectedItem().toString().contains("1203"));
    robot.type(KeyCode.SPACE);
    assertThat(robot.lookup("#arendeSokValda").queryAs(javafx.scene.control.Label.class).getText())
        .isEqualTo("Markerade: 2025/1185, 2025/1184, 2025/1203");
    robot.type(KeyCode.ENTER);

    waitUntil("three punkter added", () -> punkter.getItems().size() == before + 3);
    assertThat(punkter.getItems().subList(before, before + 3)).extracting(p -> p.arende().diarienummer().toString())
        .containsExactly("2025/1185", "2025/1184", "2025/1203");
    assertThat(robot.lookup("#arendeSokDialog").tryQuery()).isEmpty();
  }

}
