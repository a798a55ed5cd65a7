package se.namndbok.app.installningar;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.shared.Texts;

/** The utskott, and a form to add one. */
final class UtskottPane extends VBox {

  UtskottPane(UtskottViewModel vm) {
    setId("utskottPane");
    setSpacing(10);
    setStyle("-fx-padding: 16 0 0 0;");
    TableView<Utskott> table = new TableView<>(vm.utskott());
    table.setId("utskottTable");
    table.setAccessibleText(Messages.get("installningar.flik.utskott"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    TableColumn<Utskott, String> namn = EntryForms.column("utskottKol-namn", Messages.get("installningar.utskott.namn"),
        Utskott::namn, Texts.swedishOrder());
    TableColumn<Utskott, String> typ = EntryForms.column("utskottKol-typ", Messages.get("installningar.utskott.typ"),
        u -> u.typ().text(), Texts.swedishOrder());
    table.getColumns().setAll(List.of(namn, typ));
    table.setPlaceholder(new Label(Messages.get("installningar.utskott.inga")));
    table.setPrefHeight(220);
    ComboBox<UtskottTyp> typVal = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(UtskottTyp.values()));
    typVal.setId("utskottTyp");
    typVal.setAccessibleText(Messages.get("installningar.utskott.typ"));
    typVal.setConverter(new StringConverter<>() {
      @Override
      public String toString(UtskottTyp t) {
        return t == null ? "" : t.text();
      }

      @Override
      public UtskottTyp fromString(String s) {
        return null;
      }
    });
    typVal.valueProperty().bindBidirectional(vm.typProperty());
    Button add = new Button(Messages.get("installningar.lagg.till"));
    add.setId("utskottLaggTill");
    add.setOnAction(e -> vm.add());
    VBox namnField = Forms.textField("utskottNamn", UtskottViewModel.NAMN, "t.ex. Arbetsutskottet", vm.namnProperty(),
        vm.errors().get(UtskottViewModel.NAMN));
    namnField.setPrefWidth(320);
    HBox form = new HBox(12, namnField, Forms.labelled(typVal, Messages.get("installningar.utskott.typ"),
        vm.errors().get("Typ")), add);
    form.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    EntryFormFrame.enter(form, vm::add);
    getChildren().setAll(table, Forms.errorLabel("utskottError", vm.errors().general()), form);
    vm.load();
  }
}
