package se.namndbok.app.sammantrade;

import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Theme;
import se.namndbok.core.sammantrade.Sammantrade;

/** "Nytt sammanträde": datum (typed or picked), tid, plats, nämnd or utskott; closes with the new meeting. */
public final class NyttSammantradeDialog extends Dialog<Sammantrade> {

  public NyttSammantradeDialog(Window owner, NyttSammantradeViewModel vm, List<Organ> organ) {
    initOwner(owner);
    setTitle(Messages.get("nytt.rubrik"));
    setHeaderText(Messages.get("nytt.rubrik"));
    getDialogPane().setId("nyttSammantradeDialog");
    Theme.style(getDialogPane());
    ButtonType save = new ButtonType(Messages.get("nytt.spara"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(Messages.get("registrera.avbryt"), ButtonBar.ButtonData.CANCEL_CLOSE);
    getDialogPane().getButtonTypes().setAll(save, cancel);
    getDialogPane().setContent(form(vm, organ));
    getDialogPane().setPrefWidth(480);
    setResultConverter(b -> null);
    Button saveButton = (Button) getDialogPane().lookupButton(save);
    saveButton.setId("nyttSpara");
    saveButton.disableProperty().bind(vm.savingProperty());
    ((Button) getDialogPane().lookupButton(cancel)).setId("nyttAvbryt");
    saveButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      vm.save(this::setResult);
    });
    for (var error : List.of(vm.datumErrorProperty(), vm.tidErrorProperty(), vm.platsErrorProperty(),
        vm.organErrorProperty(), vm.generalErrorProperty())) {
      error.addListener((o, was, now) -> Platform.runLater(() -> {
        if (getDialogPane().getScene() != null) {
          getDialogPane().getScene().getWindow().sizeToScene();
        }
      }));
    }
    setOnShown(e -> Platform.runLater(() -> getDialogPane().lookup("#nyttDatum").requestFocus()));
  }

  private static VBox form(NyttSammantradeViewModel vm, List<Organ> organ) {
    ChoiceBox<Organ> vem = new ChoiceBox<>();
    vem.setId("nyttOrgan");
    vem.getItems().setAll(organ);
    vem.valueProperty().bindBidirectional(vm.organProperty());
    Label intro = new Label(Messages.get("nytt.text"));
    intro.getStyleClass().add("muted");
    intro.setWrapText(true);
    return new VBox(10, intro, Forms.errorLabel("nyttError", vm.generalErrorProperty()), datumField(vm),
        Forms.textField("nyttTid", Messages.get("nytt.tid"), Messages.get("nytt.tid.exempel"), vm.tidProperty(),
            vm.tidErrorProperty()),
        Forms.textField("nyttPlats", Messages.get("nytt.plats"), Messages.get("nytt.plats.exempel"),
            vm.platsProperty(), vm.platsErrorProperty()),
        Forms.labelled(vem, Messages.get("nytt.organ"), vm.organErrorProperty()));
  }

  /** The date typed (2025-11-20, 20251120 or 20/11) with the calendar button beside it that fills it in. */
  private static VBox datumField(NyttSammantradeViewModel vm) {
    VBox box = EntryForms.dateField("nyttDatum", Messages.get("nytt.datum"), vm.datumProperty(), vm.datumErrorProperty());
    ((javafx.scene.control.TextField) box.lookup("#nyttDatum")).setPromptText(Messages.get("nytt.datum.exempel"));
    return box;
  }
}
