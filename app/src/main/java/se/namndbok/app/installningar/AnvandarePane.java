package se.namndbok.app.installningar;

import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Anvandare;

/** The nämnd's users on the server with their roles; add one with a password and roles, remove the selected. */
final class AnvandarePane extends VBox {

  AnvandarePane(AnvandareViewModel vm) {
    setId("anvandarePane");
    setSpacing(10);
    setPadding(new javafx.geometry.Insets(16, 0, 0, 0));
    Label intro = new Label(Messages.get("installningar.anvandare.text"));
    intro.getStyleClass().add("muted");
    intro.setWrapText(true);
    ListView<Anvandare> list = new ListView<>(vm.anvandare());
    list.setId("anvandareList");
    list.setAccessibleText(Messages.get("installningar.flik.anvandare"));
    list.setPrefHeight(220);
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(Anvandare a, boolean empty) {
        super.updateItem(a, empty);
        setText(empty || a == null ? null : a.namn() + " — " + a.roller().stream().sorted()
            .map(AnvandarRoll::benamning).collect(Collectors.joining(", ")));
      }
    });
    var sel = list.getSelectionModel().selectedItemProperty();
    Button remove = new Button(Messages.get("tabort"));
    remove.setId("anvandareTaBort");
    remove.disableProperty().bind(sel.isNull());
    remove.setOnAction(e -> vm.remove(sel.get()));
    PasswordField losenord = new PasswordField();
    losenord.setId("anvandareLosenord");
    losenord.textProperty().bindBidirectional(vm.losenordProperty());
    HBox roller = new HBox(12);
    for (AnvandarRoll r : AnvandarRoll.values()) {
      CheckBox c = new CheckBox(r.benamning());
      c.setId("anvandareRoll-" + r.kod());
      c.selectedProperty().bindBidirectional(vm.rollProperty(r));
      roller.getChildren().add(c);
    }
    Button add = new Button(Messages.get("installningar.lagg.till"));
    add.setId("anvandareLaggTill");
    add.setOnAction(e -> vm.add());
    HBox form = new HBox(8, Forms.textField("anvandareNamn", "Namn", "t.ex. anna.berg", vm.namnProperty(),
        vm.errors().get("Namn")), Forms.labelled(losenord, "Lösenord", vm.errors().get("Lösenord")));
    getChildren().setAll(intro, list, remove, form, new VBox(4, new Label(Messages.get("installningar.anvandare.roller")),
        roller, Forms.errorLabel("anvandareRollError", vm.errors().get("Roll"))), add,
        Forms.errorLabel("anvandareError", vm.errors().general()));
    vm.load();
  }
}
