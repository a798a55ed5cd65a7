package se.namndbok.app.installningar;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.OutputFiles;
import se.namndbok.app.shared.TaskExecutor;

/** The nämnd's names and the statistics' law references. */
final class NamndPane extends VBox {

  NamndPane(NamndViewModel vm, AppServices services, TaskExecutor executor) {
    setId("namndPane");
    getStyleClass().add("settings-section");
    setSpacing(10);
    setMaxWidth(760);
    setStyle("-fx-padding: 16 0 0 0;");
    var e = vm.errors();
    Label lagrum = new Label(Messages.get("installningar.lagrum.text"));
    lagrum.getStyleClass().add("muted");
    Forms.wrapping(lagrum);
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
        new HBox(12, save, status), utdata(vm, services, executor));
    EntryFormFrame.enter(this, vm::save);
    vm.load();
  }

  /** The board's output folder: shown in full, changed with "Välj mapp …", opened with "Öppna mappen". */
  private static VBox utdata(NamndViewModel vm, AppServices services, TaskExecutor executor) {
    Label title = new Label(Messages.get("installningar.utdata"));
    title.getStyleClass().add("section-title");
    Label text = new Label(Messages.get("installningar.utdata.text"));
    text.getStyleClass().add("muted");
    text.setWrapText(true);
    Label path = new Label();
    path.setId("namndUtdatamapp");
    path.setWrapText(true);
    path.textProperty().bind(vm.utdatamappProperty());
    Button choose = new Button(Messages.get("installningar.utdata.valj"));
    choose.setId("namndUtdataValj");
    choose.setOnAction(e -> services.fileDialogs().folder(choose.getScene().getWindow(),
        Messages.get("installningar.utdata"), java.nio.file.Path.of(vm.utdatamappProperty().get()))
        .ifPresent(vm::setUtdatamapp));
    Button open = new Button(Messages.get("installningar.utdata.oppna"));
    open.setId("namndUtdataOppna");
    open.setOnAction(e -> OutputFiles.openFolder(services, executor));
    VBox box = new VBox(6, title, text, path, new HBox(8, choose, open));
    box.setStyle("-fx-padding: 12 0 0 0;");
    return box;
  }
}
