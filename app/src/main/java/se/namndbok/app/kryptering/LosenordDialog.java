package se.namndbok.app.kryptering;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;

/**
 * "Lösenord för databasen": asked at the window's start when the embedded store is encrypted and no password came
 * from the environment (decision 0136). OK hands the typed password on (the caller opens the store with it off
 * the JavaFX thread and clears it); a refusal comes back as {@code message} in the next dialog. Avbryt, Esc or
 * closing the dialog runs {@code cancel}. The field is emptied when the dialog closes; nothing is kept.
 */
public final class LosenordDialog {
  private LosenordDialog() {}

  /** Shows the dialog without waiting; {@code message} is core's refusal of the last password, or empty. */
  public static Dialog<char[]> show(Window owner, String folder, String message, Consumer<char[]> ok, Runnable cancel) {
    Dialog<char[]> dialog = new Dialog<>();
    StringProperty fel = new SimpleStringProperty(message == null ? "" : message);
    PasswordField falt = new PasswordField();
    falt.setId("losenordFalt");
    Label text = Forms.wrapping(new Label(Messages.format("kryptering.losenord.text", folder)));
    text.setId("losenordText");
    VBox form = new VBox(10, text,
        Forms.labelled(falt, Messages.get("kryptering.losenord.falt"), fel));
    form.setPrefWidth(480);
    FormDialog.setUp(dialog, owner, new FormDialog.Spec<char[]>(Messages.get("kryptering.losenord.titel"),
        "losenordDialog", Messages.get("kryptering.losenord.ok"), "losenordOk", "losenordAvbryt", form,
        "losenordFalt", new SimpleBooleanProperty(false), result -> {
          if (falt.getText().isEmpty()) {
            fel.set(Messages.get("kryptering.losenord.tomt"));
          } else {
            result.accept(falt.getText().toCharArray());
          }
        }, List.of(fel)));
    dialog.setOnHidden(e -> {
      char[] password = dialog.getResult();
      falt.clear();
      if (password == null) {
        cancel.run();
      } else {
        ok.accept(password);
      }
    });
    dialog.show();
    return dialog;
  }
}
