package se.namndbok.app.installningar;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;

/** The nämnd's names and the statistics' law references. */
final class NamndPane extends VBox {

  NamndPane(NamndViewModel vm) {
    setId("namndPane");
    getStyleClass().add("settings-section");
    setSpacing(10);
    setMaxWidth(760);
    setStyle("-fx-padding: 16 0 0 0;");
    var e = vm.errors();
    Label lagrum = new Label(Messages.get("installningar.lagrum.text"));
    lagrum.getStyleClass().add("muted");
    lagrum.setWrapText(true);
    Button save = new Button(Messages.get("installningar.spara"));
    save.setId("namndSpara");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(ev -> vm.save());
    Label status = new Label();
    status.setId("namndStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(vm.statusProperty());
    getChildren().setAll(Forms.errorLabel("namndError", e.general()),
        Forms.textField("namndNamn", NamndViewModel.NAMN, "", vm.namnProperty(), e.get(NamndViewModel.NAMN)),
        Forms.textField("namndKommun", NamndViewModel.KOMMUN, "", vm.kommunProperty(), e.get(NamndViewModel.KOMMUN)),
        Forms.textField("namndForvaltning", NamndViewModel.FORVALTNING, "", vm.forvaltningProperty(),
            e.get(NamndViewModel.FORVALTNING)),
        lagrum,
        Forms.textField("namndLagrumSol", Messages.get("installningar.lagrum.sol"), "", vm.lagrumSolProperty(),
            e.get(NamndViewModel.SOL)),
        Forms.textField("namndLagrumLss", Messages.get("installningar.lagrum.lss"), "", vm.lagrumLssProperty(),
            e.get(NamndViewModel.LSS)),
        new HBox(12, save, status));
    vm.load();
  }
}
