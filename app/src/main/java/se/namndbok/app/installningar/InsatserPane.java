package se.namndbok.app.installningar;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.GuardedSelection;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.InsatsService;
import se.namndbok.core.shared.Texts;

/** The insats catalogue of the ej verkställda statistics; the selected insats's benämning and order editable. */
final class InsatserPane extends VBox {

  InsatserPane(InsatserViewModel vm) {
    setId("insatserPane");
    setSpacing(10);
    setStyle("-fx-padding: 16 0 0 0;");
    Label intro = new Label(Messages.get("installningar.insatser.text"));
    intro.getStyleClass().add("muted");
    Forms.wrapping(intro);
    TableView<Insats> table = new TableView<>(vm.insatser());
    table.setId("insatserTable");
    table.setAccessibleText(Messages.get("installningar.flik.insatser"));
    table.getStyleClass().add(Styles.DENSE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    TableColumn<Insats, String> lag = EntryForms.column("insKol-lag", Messages.get("installningar.insats.lag"),
        i -> i.lag().kod(), Texts.swedishOrder());
    TableColumn<Insats, String> kod = EntryForms.column("insKol-kod", Messages.get("installningar.insats.kod"),
        Insats::kod, Texts.swedishOrder());
    TableColumn<Insats, Integer> ordning = EntryForms.column("insKol-ordning", InsatsService.ORDNING,
        Insats::ordning, Comparator.naturalOrder());
    TableColumn<Insats, String> benamning = EntryForms.column("insKol-benamning", InsatsService.BENAMNING,
        Insats::benamning, Texts.swedishOrder());
    EntryForms.width(lag, 60, 60);
    EntryForms.width(kod, 110, 130);
    EntryForms.width(ordning, 80, 80);
    EntryForms.width(benamning, 300, 600);
    table.getColumns().setAll(List.of(lag, kod, ordning, benamning));
    VBox.setVgrow(table, Priority.ALWAYS);
    GuardedSelection.bind(table, vm.selectedProperty(), () -> List.of(vm.guard()));
    VBox benamningField = Forms.textField("insatsBenamning", InsatsService.BENAMNING, "", vm.benamningProperty(),
        vm.errors().get(InsatsService.BENAMNING));
    HBox.setHgrow(benamningField, Priority.ALWAYS);
    VBox ordningField = Forms.textField("insatsOrdning", InsatsService.ORDNING, "", vm.ordningProperty(),
        vm.errors().get(InsatsService.ORDNING));
    ordningField.setPrefWidth(120);
    Button save = new Button(Messages.get("installningar.spara"));
    save.setId("insatsSpara");
    save.disableProperty().bind(vm.selectedProperty().isNull());
    save.setOnAction(e -> vm.save());
    HBox form = new HBox(12, benamningField, ordningField, save);
    form.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    EntryFormFrame.enter(form, vm::save);
    getChildren().setAll(intro, table, form, Forms.errorLabel("insatsError", vm.errors().general()));
    vm.load();
  }
}
