package se.namndbok.app.diarium;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.arende.Arende;

/**
 * "Registrera ärende" and "Ändra ärende": the form of {@link RegisterArendeViewModel}; closes with the saved
 * ärende. Enter saves, Esc cancels.
 */
public final class RegisterArendeDialog extends Dialog<Arende> {

  public RegisterArendeDialog(Window owner, RegisterArendeViewModel vm) {
    String title = vm.isChange() ? Messages.get("andra.arende.rubrik") : Messages.get("registrera.rubrik");
    Button save = FormDialog.setUp(this, owner, new FormDialog.Spec<Arende>(title, "registerArendeDialog",
        vm.saveText(), "registerSave", "registerCancel", form(vm),
        "registerKlassificering", vm.savingProperty(), vm::save, List.of(vm.klassificeringErrorProperty(),
            vm.rubrikErrorProperty(), vm.handlaggareErrorProperty(), vm.generalErrorProperty())));
    FormDialog.askBeforeDiscarding(this, save, title, vm.noticeProperty().isNotEmpty(), vm::discard);
    getDialogPane().setPrefWidth(560);
  }

  private static VBox form(RegisterArendeViewModel vm) {
    Label intro = new Label(vm.isChange() ? Messages.get("andra.arende.text") : Messages.get("registrera.text"));
    intro.getStyleClass().add("muted");
    Forms.wrapping(intro);
    CheckBox sekretess = new CheckBox(Messages.get("registrera.sekretess"));
    sekretess.setId("registerSekretess");
    Forms.wrapping(sekretess);
    sekretess.selectedProperty().bindBidirectional(vm.sekretessProperty());
    // changed too (it was set at registration only, and a forgotten tick could not be put right): what it means
    // for the documents is said under it while it differs from what is stored
    Label sekretessTips = new Label();
    sekretessTips.setId("registerSekretessTips");
    sekretessTips.getStyleClass().add("muted");
    Forms.wrapping(sekretessTips);
    sekretessTips.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> !vm.isChange()
        || vm.sekretessProperty().get() == vm.sparadSekretess() ? ""
        : Messages.get(vm.sekretessProperty().get() ? "andra.arende.sekretess.ja" : "andra.arende.sekretess.nej"),
        vm.sekretessProperty()));
    sekretessTips.managedProperty().bind(sekretessTips.textProperty().isNotEmpty());
    sekretessTips.visibleProperty().bind(sekretessTips.managedProperty());
    return new VBox(10, intro, Forms.noticeLabel("registerUtkast", vm.noticeProperty()),
        Forms.errorLabel("registerError", vm.generalErrorProperty()),
        EntryForms.field("registerKlassificering", Messages.get("registrera.klassificering"),
            Messages.get("registrera.klassificering.exempel"), vm.klassificeringProperty(),
            vm.klassificeringErrorProperty(), vm::klassificeringar),
        Forms.textField("registerRubrik", Messages.get("registrera.rubrikfalt"),
            Messages.get("registrera.rubrikfalt.exempel"), vm.rubrikProperty(), vm.rubrikErrorProperty()),
        EntryForms.field("registerHandlaggare", Messages.get("registrera.handlaggare"), "",
            vm.handlaggareProperty(), vm.handlaggareErrorProperty(), vm::handlaggare),
        new VBox(2, sekretess, sekretessTips));
  }
}
