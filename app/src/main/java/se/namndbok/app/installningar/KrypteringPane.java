package se.namndbok.app.installningar;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.namndbok.app.kryptering.KrypteringViewModel;
import se.namndbok.app.kryptering.NyttLosenordDialog;
import se.namndbok.app.kryptering.TaBortKrypteringDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;

/**
 * Inställningar → Kryptering: the store's state, what it means for unsaved typing, and "Kryptera databasen …", or
 * "Byt lösenord …" and "Ta bort krypteringen …".
 */
final class KrypteringPane extends VBox {

  KrypteringPane(KrypteringViewModel vm) {
    setId("krypteringPane");
    setSpacing(12);
    setStyle("-fx-padding: 16 0 0 0;");
    setMaxWidth(720);
    Label rubrik = new Label(Messages.get("kryptering.rubrik"));
    rubrik.getStyleClass().add("section-title");
    Label status = Forms.wrapping(new Label());
    status.setId("krypteringStatus");
    status.textProperty().bind(vm.krypteradProperty().map(k -> Messages.get(k ? "kryptering.ar.krypterad"
        : "kryptering.ar.inte")));
    Label utkast = Forms.wrapping(new Label()); // drafts are kept only for an unencrypted store (decision 0171)
    utkast.setId("krypteringUtkast");
    utkast.textProperty().bind(vm.krypteradProperty().map(k -> Messages.get(k ? "kryptering.utkast.krypterad"
        : "kryptering.utkast.inte")));
    Button knapp = new Button();
    knapp.setId("krypteringKnapp");
    knapp.setMinWidth(Button.USE_PREF_SIZE);
    knapp.textProperty().bind(vm.krypteradProperty().map(k -> Messages.get(k ? "kryptering.byt"
        : "kryptering.kryptera")));
    knapp.disableProperty().bind(vm.arbetarProperty());
    knapp.setOnAction(e -> NyttLosenordDialog.show(getScene().getWindow(), vm.krypteradProperty().get(),
        vm.arbetarProperty(), vm.felProperty(), vm::kryptera));
    Button taBort = new Button(Messages.get("kryptering.tabort"));
    taBort.setId("taBortKrypteringKnapp");
    taBort.setMinWidth(Button.USE_PREF_SIZE);
    taBort.visibleProperty().bind(vm.krypteradProperty());
    taBort.managedProperty().bind(taBort.visibleProperty());
    taBort.disableProperty().bind(vm.arbetarProperty());
    taBort.setOnAction(e -> TaBortKrypteringDialog.show(getScene().getWindow(), vm.arbetarProperty(),
        vm.felProperty(), vm::taBort));
    Label klar = Forms.wrapping(new Label());
    klar.setId("krypteringKlar");
    klar.textProperty().bind(vm.klarProperty());
    klar.visibleProperty().bind(vm.klarProperty().isNotEmpty());
    klar.managedProperty().bind(klar.visibleProperty());
    getChildren().setAll(rubrik, status, utkast, new HBox(12, knapp, taBort), klar);
  }
}
