package se.namndbok.app.backup;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.backup.BackupSummary;
import se.namndbok.core.backup.Sakerhetskopior;

/**
 * Arkiv → "Återställ från säkerhetskopia …": the backups in the data folder (newest first, each with when it was
 * made and what it holds) or another file, the chosen backup's preview, a password field for an encrypted backup the store cannot open itself, a confirmation box
 * and "Återställ", which stays disabled until the preview is read and the box ticked. The dialog stays open
 * while the restore runs and when it is refused, with core's message under the preview.
 */
public final class RestoreDialog {
  private RestoreDialog() {}

  /**
   * Shows the dialog; after a restore it says so with what was restored, and {@code onRestored} runs (the window's
   * areas reload by themselves).
   */
  public static void show(Window owner, AppServices services, RestoreViewModel vm, Runnable onRestored) {
    Dialog<BackupSummary> dialog = new Dialog<>();
    SimpleBooleanProperty blocked = new SimpleBooleanProperty();
    blocked.bind(vm.inteKlar());
    FormDialog.setUp(dialog, owner, new FormDialog.Spec<BackupSummary>(Messages.get("aterstall.titel"),
        "aterstallDialog", Messages.get("aterstall.knapp"), "aterstallOk", "aterstallAvbryt",
        innehall(owner, services, vm), "aterstallLista", blocked,
        result -> vm.aterstall(() -> result.accept(vm.innehallProperty().get())),
        List.of(vm.felProperty(), vm.forhandsvisningProperty())));
    vm.ladda();
    dialog.showAndWait().ifPresent(s -> {
      klart(owner, vm.klartProperty().get());
      onRestored.run();
    });
  }

  /** Restored: said in a message of its own, since the dialog closes and the window only reloads. */
  private static void klart(Window owner, String text) {
    javafx.scene.control.Alert klart = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
        text, javafx.scene.control.ButtonType.OK);
    klart.initOwner(owner);
    klart.setTitle(Messages.get("aterstall.titel"));
    klart.setHeaderText(Messages.get("aterstall.klar.rubrik"));
    klart.getDialogPane().setId("aterstallKlar");
    se.namndbok.app.shared.Theme.style(klart.getDialogPane());
    klart.show();
  }

  private static VBox innehall(Window owner, AppServices services, RestoreViewModel vm) {
    ListView<Sakerhetskopior.Kopia> lista = new ListView<>(vm.kopior());
    lista.setId("aterstallLista");
    lista.setAccessibleText(Messages.get("aterstall.lista"));
    lista.setPrefHeight(120);
    lista.setPlaceholder(Forms.wrapping(new Label(Messages.get("aterstall.inga"))));
    lista.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(Sakerhetskopior.Kopia item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : RestoreViewModel.etikett(item));
      }
    });
    lista.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null && !now.fil().equals(vm.valdProperty().get())) {
        vm.valj(now.fil());
      }
    });
    vm.valdProperty().addListener((o, was, now) -> {
      var kopia = vm.kopior().stream().filter(k -> k.fil().equals(now)).findFirst();
      if (now != null && kopia.isPresent()) {
        lista.getSelectionModel().select(kopia.get());
      } else {
        lista.getSelectionModel().clearSelection();
      }
    });
    Button annan = new Button(Messages.get("aterstall.valjfil"));
    annan.setId("aterstallValjFil");
    annan.setMinWidth(Button.USE_PREF_SIZE);
    annan.setOnAction(e -> services.fileDialogs().open(owner, Messages.get("aterstall.valjfil"),
        se.namndbok.app.shared.OutputFiles.folder(services),
        List.of(new FileChooser.ExtensionFilter(Messages.get("aterstall.zipfiler"), "*.zip"))).ifPresent(vm::valj));
    Label vald = Forms.wrapping(new Label());
    vald.setId("aterstallVald");
    vald.textProperty().bind(vm.valdProperty().map(p -> Messages.format("aterstall.vald", p.getFileName().toString()))
        .orElse(""));
    vald.tooltipProperty().bind(vm.valdProperty().map(p -> new javafx.scene.control.Tooltip(p.toString())));
    PasswordField losenord = new PasswordField();
    losenord.setId("aterstallLosenord");
    losenord.textProperty().bindBidirectional(vm.losenordProperty());
    losenord.setOnAction(e -> vm.forsokIgen());
    VBox losenordRuta = Forms.labelled(losenord, Messages.get("aterstall.losenord"), new javafx.beans.property.SimpleStringProperty(""));
    losenordRuta.visibleProperty().bind(vm.krypteradProperty());
    losenordRuta.managedProperty().bind(losenordRuta.visibleProperty());
    Label forhandsvisning = Forms.wrapping(new Label());
    forhandsvisning.setId("aterstallForhandsvisning");
    forhandsvisning.textProperty().bind(vm.forhandsvisningProperty());
    CheckBox bekrafta = new CheckBox(Messages.get("aterstall.bekrafta"));
    bekrafta.setId("aterstallBekrafta");
    bekrafta.selectedProperty().bindBidirectional(vm.bekraftadProperty());
    bekrafta.disableProperty().bind(vm.innehallProperty().isNull());
    Label varning = Forms.wrapping(new Label(vm.varning()));
    varning.setId("aterstallVarning");
    VBox box = new VBox(10, lista, annan, vald, losenordRuta, forhandsvisning, new VBox(2, bekrafta, varning),
        Forms.errorLabel("aterstallFel", vm.felProperty()));
    box.setId("aterstallForm");
    box.setPrefWidth(560);
    return box;
  }
}
