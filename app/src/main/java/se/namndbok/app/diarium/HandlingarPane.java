package se.namndbok.app.diarium;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.shared.Texts;

/** The detail pane: the selected ärende's handlingar (Hid, datum, riktning, rubrik, fil). */
final class HandlingarPane extends VBox {

  HandlingarPane(DiariumViewModel vm) {
    getStyleClass().add("detail-pane");
    Label title = new Label();
    title.setId("handlingarTitle");
    title.getStyleClass().add("detail-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
        ? Messages.get("diarium.handlingar")
        : Messages.format("diarium.handlingar.for", vm.selectedProperty().get().arendenummer().toString(),
            vm.selectedProperty().get().rubrik()), vm.selectedProperty()));
    TableView<Handling> table = new TableView<>(vm.handlingar());
    table.setId("handlingarTable");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("diarium.handlingar"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(java.util.List.of(
        column("hid", 100, Handling::handlingsId, Comparator.naturalOrder()),
        column("datum", 100, Handling::datum, Comparator.naturalOrder()),
        column("riktning", 110, h -> h.riktning().text(), Texts.swedishOrder()),
        column("rubrik", 460, Handling::rubrik, Texts.swedishOrder(), true),
        column("fil", 220, h -> h.fil() == null ? "" : h.fil().namn(), Texts.swedishOrder())));
    Label placeholder = new Label();
    placeholder.textProperty().bind(Bindings.when(vm.selectedProperty().isNull())
        .then(Messages.get("diarium.handlingar.valj")).otherwise(Messages.get("diarium.handlingar.inga")));
    table.setPlaceholder(placeholder);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().setAll(title, table);
  }

  private static <T> TableColumn<Handling, T> column(String key, double width, Function<Handling, T> value,
      Comparator<T> order) {
    TableColumn<Handling, T> c = new TableColumn<>(Messages.get("diarium.hkol." + key));
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setComparator(order);
    c.setMinWidth(Math.min(width, 110));
    c.setPrefWidth(width);
    return c;
  }

  private static TableColumn<Handling, String> column(String key, double width, Function<Handling, String> value,
      Comparator<String> order, boolean tooltip) {
    TableColumn<Handling, String> c = column(key, width, value, order);
    if (tooltip) {
      c.setCellFactory(col -> new TooltipCell<>());
    }
    return c;
  }
}
