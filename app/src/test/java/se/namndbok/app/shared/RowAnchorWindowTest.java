package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.layOut;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.namndbok.app.testing.WindowFixture;

/**
 * Rows read again (a colleague's change heard from the shared store) leave the chosen row chosen and where it was on
 * the screen, whatever was added above it and whether the chosen record itself changed.
 */
@ExtendWith(ApplicationExtension.class)
class RowAnchorWindowTest {
  private record Rad(long id, String text) {}

  private TableView<Rad> table;

  @Start
  void start(Stage stage) {
    Theme.install();
    table = new TableView<>();
    TableColumn<Rad, String> text = new TableColumn<>("Rubrik");
    text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
    text.setPrefWidth(300);
    table.getColumns().add(text);
    table.getItems().setAll(rader(60));
    RowAnchor.install(table, Rad::id);
    WindowFixture.show(stage, Theme.style(new Scene(new StackPane(table), 400, 320)));
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  private static List<Rad> rader(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Rad(1000 - i, "Ärende " + i)).toList();
  }

  @Test
  void rowsAddedAboveLeaveTheChosenRowWhereItWas(FxRobot robot) {
    Rad vald = choose(robot, 40);
    double y = rowY(vald.id());

    List<Rad> nya = new ArrayList<>(List.of(new Rad(2000, "Ny"), new Rad(2001, "Ny igen")));
    nya.addAll(rader(60));
    robot.interact(() -> table.getItems().setAll(nya));
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(vald);
    assertThat(rowY(vald.id())).isEqualTo(y);
  }

  @Test
  void aChangedChosenRecordStaysChosenAsItIsNowAndInPlace(FxRobot robot) {
    Rad vald = choose(robot, 40);
    double y = rowY(vald.id());

    List<Rad> nya = new ArrayList<>(rader(60));
    Rad andrad = new Rad(vald.id(), "Ärende 40, avslutat");
    nya.set(40, andrad);
    nya.removeFirst(); // one row above it gone
    robot.interact(() -> table.getItems().setAll(nya));
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(andrad);
    assertThat(rowY(vald.id())).isEqualTo(y);
  }

  @Test
  void aChosenRowOutOfViewIsNotBroughtIntoView(FxRobot robot) {
    Rad vald = choose(robot, 40);
    robot.interact(() -> table.scrollTo(0));
    layOut(robot, table);

    robot.interact(() -> table.getItems().setAll(rader(61)));
    layOut(robot, table);

    assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(vald);
    assertThat(visible(vald.id())).isFalse();
    assertThat(visible(1000)).isTrue();
  }

  @Test
  void aRowChosenByTheProgramIsScrolledToUnlessWhollyInView(FxRobot robot) {
    robot.interact(() -> table.scrollTo(0));
    layOut(robot, table);
    Rad synlig = table.getItems().get(2);
    double y = rowY(synlig.id());
    robot.interact(() -> RowAnchor.scrollToIfHidden(table, synlig, Rad::id));
    layOut(robot, table);
    assertThat(rowY(synlig.id())).as("a row in view stays").isEqualTo(y);

    Rad kapad = table.getItems().getFirst();
    robot.interact(() -> ((javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow")).scrollPixels(10));
    layOut(robot, table);
    double cut = rowBounds(kapad.id()).getMinY(); // the first row, its top cut off by the heading
    robot.interact(() -> RowAnchor.scrollToIfHidden(table, kapad, Rad::id));
    layOut(robot, table);
    assertThat(rowBounds(kapad.id()).getMinY()).as("the cut row, now wholly shown").isEqualTo(cut + 10);

    Rad dold = table.getItems().get(50);
    robot.interact(() -> RowAnchor.scrollToIfHidden(table, dold, Rad::id));
    layOut(robot, table);
    assertThat(visible(dold.id())).as("a row out of view, brought into it").isTrue();
  }

  /**
   * An area just opened chooses its remembered row before the window has laid the area out: scrolled then, the list
   * (sized afterwards) stood a fraction of a row down with the rows at both edges cut (the meetings list, seen in CI).
   */
  @Test
  void aRowChosenBeforeTheTableIsSizedIsShownFlushWithAnEdgeOnceItIs(FxRobot robot) {
    TableView<Rad> ny = tableOf110px();
    robot.interact(() -> {
      ((StackPane) table.getParent()).getChildren().setAll(new javafx.scene.layout.VBox(ny));
      ny.getItems().setAll(rader(8));
      ny.getSelectionModel().select(2);
      RowAnchor.scrollToIfHidden(ny, ny.getItems().get(2), Rad::id); // before any layout of the new table
    });
    layOut(robot, ny);

    assertFlushWithAnEdge(robot, ny);
  }

  /**
   * An area opened the first time reads its rows while it is being put in the window: the read can finish, and the
   * remembered row be chosen, before the table is in the window at all. Scrolled then, without a size, the list
   * stood half-way down with the rows at both edges cut (the meetings list, seen in CI).
   */
  @Test
  void aRowChosenBeforeTheTableIsInTheWindowIsShownFlushWithAnEdgeOnceItIs(FxRobot robot) {
    TableView<Rad> ny = tableOf110px();
    robot.interact(() -> {
      ny.getItems().setAll(rader(8));
      ny.getSelectionModel().select(2);
      RowAnchor.scrollToIfHidden(ny, ny.getItems().get(2), Rad::id); // not in any window yet
      ((StackPane) table.getParent()).getChildren().setAll(new javafx.scene.layout.VBox(ny));
    });
    WaitForAsyncUtils.waitForFxEvents();
    layOut(robot, ny);

    assertFlushWithAnEdge(robot, ny);
  }

  private static TableView<Rad> tableOf110px() {
    TableView<Rad> ny = new TableView<>();
    TableColumn<Rad, String> text = new TableColumn<>("Rubrik");
    text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
    ny.getColumns().add(text);
    ny.getStyleClass().add(atlantafx.base.theme.Styles.DENSE); // as the window's lists
    ny.setPrefHeight(110);
    ny.setMaxHeight(110);
    RowAnchor.install(ny, Rad::id);
    return ny;
  }

  private static void assertFlushWithAnEdge(FxRobot robot, TableView<Rad> ny) {
    robot.interact(() -> {
      javafx.scene.Node flow = ny.lookup(".virtual-flow");
      javafx.geometry.Bounds view = flow.localToScene(flow.getLayoutBounds());
      List<javafx.geometry.Bounds> rows = ny.lookupAll(".table-row-cell").stream()
          .filter(n -> n.isVisible() && n instanceof TableRow<?> r && r.getItem() != null)
          .map(n -> n.localToScene(n.getLayoutBounds()))
          .filter(b -> b.getMaxY() > view.getMinY() && b.getMinY() < view.getMaxY()).toList();
      double top = rows.stream().mapToDouble(javafx.geometry.Bounds::getMinY).min().orElseThrow();
      double bottom = rows.stream().mapToDouble(javafx.geometry.Bounds::getMaxY).max().orElseThrow();
      // within the table's border, which this bare table gets at the next pulse (1 px)
      assertThat(Math.abs(top - view.getMinY()) <= 1 || Math.abs(bottom - view.getMaxY()) <= 1)
          .as("rows %.1f–%.1f in a list %.1f–%.1f: flush with one edge", top, bottom, view.getMinY(), view.getMaxY())
          .isTrue();
    });
  }

  private javafx.geometry.Bounds rowBounds(long id) {
    return table.lookupAll(".table-row-cell").stream()
        .filter(n -> n instanceof TableRow<?> r && r.isVisible() && r.getItem() instanceof Rad rad && rad.id() == id)
        .findFirst().map(n -> table.sceneToLocal(n.localToScene(n.getLayoutBounds()))).orElse(null);
  }

  private Rad choose(FxRobot robot, int index) {
    Rad vald = table.getItems().get(index);
    robot.interact(() -> {
      table.getSelectionModel().select(vald);
      table.scrollTo(index - 3);
    });
    layOut(robot, table);
    return vald;
  }

  private boolean visible(long id) {
    return table.lookupAll(".table-row-cell").stream()
        .anyMatch(n -> n instanceof TableRow<?> r && r.isVisible() && r.getItem() instanceof Rad rad && rad.id() == id);
  }

  private double rowY(long id) {
    return table.lookupAll(".table-row-cell").stream()
        .filter(n -> n instanceof TableRow<?> r && r.isVisible() && r.getItem() instanceof Rad rad && rad.id() == id)
        .findFirst().map(n -> table.sceneToLocal(n.localToScene(0, 0)).getY()).orElseThrow();
  }
}
