package se.namndbok.app.diarium;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeStatusService;

/** "Avsluta ärende" or "Återöppna ärende" with the reason; closes with the changed ärende. */
public final class ArendeStatusDialog extends Dialog<Arende> {

  public ArendeStatusDialog(Window owner, ArendeStatusViewModel vm) {
    String key = vm.avslutar() ? "avsluta" : "ateroppna";
    String nummer = vm.arende().diarienummer().toString();
    Label intro = new Label(Messages.format(key + ".text", vm.arende().arendenummer().toString(), vm.arende().rubrik()));
    intro.setWrapText(true);
    VBox form = new VBox(10, intro, Forms.errorLabel("statusError", vm.errors().general()),
        Forms.textField("statusAnledning", Messages.get(key + ".anledning"), Messages.get(key + ".anledning.exempel"),
            vm.anledningProperty(), vm.errors().get(ArendeStatusService.ANLEDNING)));
    Button save = FormDialog.setUp(this, owner, new FormDialog.Spec<Arende>(Messages.format(key + ".rubrik", nummer),
        "arendeStatusDialog", Messages.get(key + ".knapp"), "statusSpara", "statusAvbryt", form, "statusAnledning",
        vm.savingProperty(), vm::save, List.of(vm.errors().general(), vm.errors().get(ArendeStatusService.ANLEDNING))));
    FormDialog.askBeforeDiscarding(this, save, getTitle());
    getDialogPane().setPrefWidth(520);
  }
}
