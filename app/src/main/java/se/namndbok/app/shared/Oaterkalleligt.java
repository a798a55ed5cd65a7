package se.namndbok.app.shared;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question before a step that cannot be taken back (fastställ a report, justera a protokoll, send a kallelse
 * out): the button says what it does, and Avbryt is the default, so that an Enter meant for something else (or a
 * second Enter) does not take the step for good.
 */
public final class Oaterkalleligt {
  private Oaterkalleligt() {}

  /** The dialog, not shown: {@code knapp} is the button that takes the step. */
  public static Alert fraga(Window owner, String id, String rubrik, String text, String knapp) {
    ButtonType gor = new ButtonType(knapp, ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, gor, UnsavedChanges.AVBRYT);
    Button gorKnapp = (Button) alert.getDialogPane().lookupButton(gor);
    Button avbryt = (Button) alert.getDialogPane().lookupButton(UnsavedChanges.AVBRYT);
    gorKnapp.setDefaultButton(false);
    avbryt.setDefaultButton(true);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.titel"));
    alert.setHeaderText(rubrik);
    alert.getDialogPane().setId(id);
    Theme.style(alert.getDialogPane());
    alert.setOnShown(e -> avbryt.requestFocus());
    return alert;
  }

  /** Asks, and says whether the user chose {@code knapp}. */
  public static boolean bekraftat(Window owner, String id, String rubrik, String text, String knapp) {
    Alert alert = fraga(owner, id, rubrik, text, knapp);
    return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
  }
}
