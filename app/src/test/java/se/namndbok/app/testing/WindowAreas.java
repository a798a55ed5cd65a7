package se.namndbok.app.testing;

import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The six areas as a window test goes through them: Ctrl+1 … Ctrl+6, waiting for their data, tab by tab. */
public final class WindowAreas {
  public static final List<String> VIEWS = List.of("diariumView", "sammantradenView", "statistikView",
      "delegationsbeslutView", "meddelandeView", "installningarView");
  public static final List<String> NAMES = List.of("Diarium", "Sammanträden", "Statistik", "Delegationsbeslut",
      "Meddelanden", "Inställningar");

  private WindowAreas() {}

  /** Opens area {@code i} (0-based) with Ctrl+(i+1) and waits until its view shows. */
  public static void open(FxRobot robot, int i) {
    KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
    robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
    waitFor(robot, "#" + VIEWS.get(i));
  }

  /** Waits for what the area loads in the background (on the demo board), so it is seen as the user sees it. */
  public static void settle(FxRobot robot, int area) {
    switch (area) {
      case 0 -> waitUntil("ärenden", () -> !robot.lookup("#diariumTable").queryTableView().getItems().isEmpty());
      case 1 -> waitUntil("a meeting", () -> robot.lookup("#motenTable").queryTableView().getSelectionModel()
          .getSelectedItem() != null);
      case 2 -> waitUntil("the table", () -> !robot.lookup("#statistikTabell").queryTableView().getItems().isEmpty());
      case 3 -> waitUntil("beslut", () -> !robot.lookup("#delegationsbeslutTable").queryTableView().getItems().isEmpty());
      case 4 -> waitUntil("meddelanden", () -> !robot.lookup("#meddelandeTable").queryTableView().getItems().isEmpty());
      default -> waitUntil("the plan table", () -> robot.lookup("#namndNamn").queryTextInputControl().getText()
          .length() > 0);
    }
  }

  /** Each tab of each tab pane of the area in turn (the first tabs of the others); the first entry selects none. */
  public static List<List<Integer>> tabCombinations(FxRobot robot, String view) {
    List<TabPane> panes = panes(robot, view);
    List<List<Integer>> all = new ArrayList<>();
    all.add(List.of());
    for (int p = 0; p < panes.size(); p++) {
      for (int t = 1; t < panes.get(p).getTabs().size(); t++) {
        List<Integer> pick = new ArrayList<>(Collections.nCopies(panes.size(), 0));
        pick.set(p, t);
        all.add(pick);
      }
    }
    return all;
  }

  /** Selects the tabs of {@link #tabCombinations}; the empty list selects every pane's first tab. */
  public static void selectTabs(FxRobot robot, String view, List<Integer> tabs) {
    List<TabPane> panes = panes(robot, view);
    robot.interact(() -> {
      for (int p = 0; p < panes.size(); p++) {
        panes.get(p).getSelectionModel().select(tabs.isEmpty() ? 0 : tabs.get(p));
      }
    });
  }

  private static List<TabPane> panes(FxRobot robot, String view) {
    return new ArrayList<>(robot.lookup("#" + view + " .tab-pane").queryAllAs(TabPane.class));
  }
}
