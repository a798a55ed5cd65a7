package se.namndbok.app.diarium;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Theme;
import se.namndbok.core.arende.Arende;

/** "Registrera ärende": the form of {@link RegisterArendeViewModel}; closes with the new ärende once saved. */
public final class RegisterArendeDialog extends Dialog<Arende> {

  public RegisterArendeDialog(Window owner, RegisterArendeViewModel vm) {
    initOwner(owner);
    setTitle(Messages.get("registrera.rubrik"));
    setHeaderText(Messages.get("registrera.rubrik"));
    getDialogPane().setId("registerArendeDialog");
    Theme.style(getDialogPane());
    ButtonType save = new ButtonType(Messages.get("registrera.spara"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(Messages.get("registrera.avbryt"), ButtonBar.ButtonData.CANCEL_CLOSE);
    getDialogPane().getButtonTypes().setAll(save, cancel);
    getDialogPane().setContent(form(vm));
    getDialogPane().setPrefWidth(520);
    setResultConverter(b -> null);

    Button saveButton = (Button) getDialogPane().lookupButton(save);
    saveButton.setId("registerSave");
    saveButton.disableProperty().bind(vm.savingProperty());
    ((Button) getDialogPane().lookupButton(cancel)).setId("registerCancel");
    saveButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      vm.save(this::setResult);
    });
    for (var error : java.util.List.of(vm.klassificeringErrorProperty(), vm.rubrikErrorProperty(),
        vm.handlaggareErrorProperty(), vm.generalErrorProperty())) {
      error.addListener((o, was, now) -> Platform.runLater(this::fitContent));
    }
    setOnShown(e -> Platform.runLater(() -> getDialogPane().lookup("#registerKlassificering").requestFocus()));
  }

  /** Grows the dialog when messages appear, so that no message or button is cut off. */
  private void fitContent() {
    Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
    if (window != null) {
      window.sizeToScene();
    }
  }

  private static VBox form(RegisterArendeViewModel vm) {
    Label intro = new Label(Messages.get("registrera.text"));
    intro.getStyleClass().add("muted");
    intro.setWrapText(true);
    CheckBox sekretess = new CheckBox(Messages.get("registrera.sekretess"));
    sekretess.setId("registerSekretess");
    sekretess.selectedProperty().bindBidirectional(vm.sekretessProperty());
    VBox box = new VBox(10, intro,
        Forms.errorLabel("registerError", vm.generalErrorProperty()),
        Forms.textField("registerKlassificering", Messages.get("registrera.klassificering"),
            Messages.get("registrera.klassificering.exempel"), vm.klassificeringProperty(),
            vm.klassificeringErrorProperty()),
        Forms.textField("registerRubrik", Messages.get("registrera.rubrikfalt"),
            Messages.get("registrera.rubrikfalt.exempel"), vm.rubrikProperty(), vm.rubrikErrorProperty()),
        Forms.textField("registerHandlaggare", Messages.get("registrera.handlaggare"), "",
            vm.handlaggareProperty(), vm.handlaggareErrorProperty()),
        sekretess);
    return box;
  }
}
