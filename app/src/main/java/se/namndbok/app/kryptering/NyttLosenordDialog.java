package se.namndbok.app.kryptering;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.db.Database;

/**
 * "Kryptera databasen" / "Byt lösenord för databasen": the new password twice and a box confirming that without
 * it the data cannot be read; encrypting also says that unsaved typing no longer survives a crash (no drafts). The dialog checks length, sameness and the box itself, then hands the password to
 * {@code kryptera} (which clears it) and stays open while the store is re-encrypted and when core refuses; it
 * closes when the step is done. The fields are emptied when it closes.
 */
public final class NyttLosenordDialog {
  private NyttLosenordDialog() {}

  /**
   * Shows the dialog and waits. {@code arbetar} is true while the re-encryption runs, {@code fel} holds core's
   * refusal; {@code kryptera} gets the new password and what to run when it succeeded.
   */
  public static void show(Window owner, boolean byt, BooleanProperty arbetar, StringProperty fel,
      BiConsumer<char[], Runnable> kryptera) {
    Dialog<Boolean> dialog = new Dialog<>();
    StringProperty forstaFel = new SimpleStringProperty("");
    StringProperty andraFel = new SimpleStringProperty("");
    StringProperty bekraftaFel = new SimpleStringProperty("");
    fel.set("");
    PasswordField forsta = new PasswordField();
    forsta.setId("nyttLosenord");
    PasswordField andra = new PasswordField();
    andra.setId("nyttLosenordIgen");
    Label varning = Forms.wrapping(new Label(Messages.get("kryptering.nytt.varning")));
    varning.setId("nyttLosenordVarning");
    // an encrypted store keeps no drafts (decision 0171): the user chooses knowingly, not finds out after a crash
    Label utkast = Forms.wrapping(new Label(Messages.get("kryptering.nytt.utkast")));
    utkast.setId("nyttLosenordUtkast");
    utkast.setVisible(!byt);
    utkast.setManaged(!byt);
    CheckBox bekrafta = Forms.wrapping(new CheckBox(Messages.get("kryptering.nytt.bekrafta")));
    bekrafta.setId("nyttLosenordBekrafta");
    VBox form = new VBox(10,
        Forms.labelled(forsta, Messages.format("kryptering.nytt.falt", Database.MIN_PASSWORD), forstaFel),
        Forms.labelled(andra, Messages.get("kryptering.nytt.igen"), andraFel),
        varning, utkast, bekrafta, Forms.errorLabel("nyttLosenordBekraftaFel", bekraftaFel),
        Forms.errorLabel("nyttLosenordFel", fel));
    form.setPrefWidth(520);
    String titel = Messages.get(byt ? "kryptering.nytt.titel.byt" : "kryptering.nytt.titel.kryptera");
    FormDialog.setUp(dialog, owner, new FormDialog.Spec<Boolean>(titel, "nyttLosenordDialog",
        Messages.get(byt ? "kryptering.nytt.knapp.byt" : "kryptering.nytt.knapp.kryptera"), "nyttLosenordOk",
        "nyttLosenordAvbryt", form, "nyttLosenord", arbetar, result -> {
          String a = forsta.getText();
          forstaFel.set(a.length() < Database.MIN_PASSWORD
              ? Messages.format("kryptering.nytt.kort", Database.MIN_PASSWORD) : "");
          andraFel.set(forstaFel.get().isEmpty() && !a.equals(andra.getText())
              ? Messages.get("kryptering.nytt.olika") : "");
          bekraftaFel.set(bekrafta.isSelected() ? "" : Messages.get("kryptering.nytt.obekraftad"));
          if (forstaFel.get().isEmpty() && andraFel.get().isEmpty() && bekraftaFel.get().isEmpty()) {
            kryptera.accept(a.toCharArray(), () -> result.accept(true));
          }
        }, List.of(forstaFel, andraFel, bekraftaFel, fel)));
    dialog.setOnHidden(e -> {
      forsta.clear();
      andra.clear();
    });
    dialog.showAndWait();
  }
}
