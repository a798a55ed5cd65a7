package se.namndbok.app.kryptering;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
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
 * "Ta bort krypteringen": what it means for the data on this computer, and the current password, which the view
 * model checks before the store is decrypted in one step. Stays open while it runs and when refused; the field is
 * emptied when it closes.
 */
public final class TaBortKrypteringDialog {
  private TaBortKrypteringDialog() {}

  /** Shows the dialog and waits; {@code taBort} gets the typed password and what to run when it succeeded. */
  public static void show(Window owner, BooleanProperty arbetar, StringProperty fel,
      BiConsumer<char[], Runnable> taBort) {
    Dialog<Boolean> dialog = new Dialog<>();
    StringProperty faltFel = new SimpleStringProperty("");
    fel.set("");
    PasswordField nuvarande = new PasswordField();
    nuvarande.setId("nuvarandeLosenord");
    Label varning = Forms.wrapping(new Label(Messages.get("kryptering.tabort.varning")));
    varning.setId("taBortKrypteringVarning");
    VBox form = new VBox(10, varning,
        Forms.labelled(nuvarande, Messages.get("kryptering.tabort.falt"), faltFel),
        Forms.errorLabel("taBortKrypteringFel", fel));
    form.setPrefWidth(520);
    FormDialog.setUp(dialog, owner, new FormDialog.Spec<Boolean>(Messages.get("kryptering.tabort.titel"),
        "taBortKrypteringDialog", Messages.get("kryptering.tabort.knapp"), "taBortKrypteringOk",
        "taBortKrypteringAvbryt", form, "nuvarandeLosenord", arbetar, result -> {
          faltFel.set(nuvarande.getText().isEmpty() ? Messages.get("kryptering.losenord.tomt") : "");
          if (faltFel.get().isEmpty()) {
            taBort.accept(nuvarande.getText().toCharArray(), () -> result.accept(true));
          }
        }, List.of(faltFel, fel)));
    dialog.setOnHidden(e -> nuvarande.clear());
    dialog.showAndWait();
  }
}
