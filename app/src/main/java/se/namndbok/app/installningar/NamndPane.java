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

/** The nämnd's names and the statistics' law references, what the kallelse says about it, its output folder. */
final class NamndPane extends VBox {

  NamndPane(NamndViewModel vm, KallelsekontaktViewModel kallelse, AppServices services, TaskExecutor executor) {
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
    getChildren().setAll(Forms.noticeLabel("namndUtkast", vm.aterstalltProperty()),
        Forms.errorLabel("namndError", e.general()),
        Forms.textField("namndNamn", NamndViewModel.NAMN, "", vm.namnProperty(), e.get(NamndViewModel.NAMN)),
        Forms.textField("namndKommun", NamndViewModel.KOMMUN, "", vm.kommunProperty(), e.get(NamndViewModel.KOMMUN)),
        Forms.textField("namndForvaltning", NamndViewModel.FORVALTNING, "", vm.forvaltningProperty(),
            e.get(NamndViewModel.FORVALTNING)),
        lagrum,
        Forms.textField("namndLagrumSol", Messages.get("installningar.lagrum.sol"), "", vm.lagrumSolProperty(),
            e.get(NamndViewModel.SOL)),
        Forms.textField("namndLagrumLss", Messages.get("installningar.lagrum.lss"), "", vm.lagrumLssProperty(),
            e.get(NamndViewModel.LSS)),
        new HBox(12, save, status), kallelse(kallelse), logo(kallelse, services), utdata(vm, services, executor));
    EntryFormFrame.enter(this, vm::save);
    vm.load();
    kallelse.load();
  }

  /**
   * The sekreterare, förhinder and party order the kallelse's first page prints: saved together by their own button
   * (and Enter in their fields), one call of their own, apart from the names above.
   */
  private static VBox kallelse(KallelsekontaktViewModel vm) {
    var e = vm.errors();
    Label title = new Label(Messages.get("installningar.kallelse"));
    title.getStyleClass().add("section-title");
    Label text = Forms.wrapping(new Label(Messages.get("installningar.kallelse.text")));
    text.getStyleClass().add("muted");
    javafx.scene.layout.GridPane grid = EntryFormFrame.grid(50, 50);
    grid.add(field("kallelseSekreterare", "installningar.kallelse.sekreterare", "", vm.sekreterareProperty(),
        e.get(KallelsekontaktViewModel.SEKRETERARE)), 0, 0);
    grid.add(field("kallelseTitel", "installningar.kallelse.titel", "", vm.titelProperty(),
        e.get(KallelsekontaktViewModel.TITEL)), 1, 0);
    grid.add(field("kallelseTelefon", "installningar.kallelse.telefon", "", vm.telefonProperty(),
        e.get(KallelsekontaktViewModel.TELEFON)), 0, 1);
    grid.add(field("kallelseEpost", "installningar.kallelse.epost", "namn@kommun.se", vm.epostProperty(),
        e.get(KallelsekontaktViewModel.EPOST)), 1, 1);
    grid.add(field("kallelseForhinder", "installningar.kallelse.forhinder", "", vm.forhinderProperty(),
        e.get(KallelsekontaktViewModel.FORHINDER)), 0, 2, 2, 1);
    grid.add(field("kallelsePartiordning", "installningar.kallelse.partiordning", "S, M, SD, C, V, KD, L, MP",
        vm.partiordningProperty(), e.get(KallelsekontaktViewModel.PARTIORDNING)), 0, 3, 2, 1);
    Button save = new Button(Messages.get("installningar.kallelse.spara"));
    save.setId("kallelseSpara");
    save.setOnAction(ev -> vm.save());
    Label status = new Label();
    status.setId("kallelseStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(vm.statusProperty());
    HBox actions = new HBox(12, save, status);
    actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox box = new VBox(6, title, text, Forms.noticeLabel("kallelseUtkast", vm.aterstalltProperty()),
        Forms.errorLabel("kallelseError", e.general()), grid, actions);
    box.setStyle("-fx-padding: 12 0 0 0;");
    EntryFormFrame.enter(box, vm::save);
    return box;
  }

  private static VBox field(String id, String label, String prompt, javafx.beans.property.StringProperty value,
      javafx.beans.property.StringProperty error) {
    return Forms.textField(id, Messages.get(label), prompt, value, error);
  }

  /**
   * The logo: which one is set (a PNG shown small, an SVG named with its size), "Välj logotyp …" stores the chosen
   * file at once and "Ta bort logotypen" removes it — each its own action, as the logo is its own service.
   */
  private static VBox logo(KallelsekontaktViewModel vm, AppServices services) {
    Label title = new Label(Messages.get("installningar.logo"));
    title.getStyleClass().add("section-title");
    Label text = Forms.wrapping(new Label(Messages.get("installningar.logo.text")));
    text.getStyleClass().add("muted");
    javafx.scene.image.ImageView preview = new javafx.scene.image.ImageView();
    preview.setId("logoBild");
    preview.setFitHeight(40);
    preview.setFitWidth(160);
    preview.setPreserveRatio(true);
    preview.setSmooth(true);
    preview.imageProperty().bind(vm.logoBildProperty());
    preview.managedProperty().bind(vm.logoBildProperty().isNotNull());
    preview.visibleProperty().bind(preview.managedProperty());
    Label which = new Label();
    which.setId("logoText");
    which.textProperty().bind(vm.logoTextProperty());
    HBox shown = new HBox(12, preview, which);
    shown.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Button choose = new Button(Messages.get("installningar.logo.valj"));
    choose.setId("logoValj");
    choose.disableProperty().bind(vm.logoArbetarProperty());
    choose.setOnAction(e -> services.fileDialogs().open(choose.getScene().getWindow(),
        Messages.get("installningar.logo"), null, java.util.List.of(new javafx.stage.FileChooser.ExtensionFilter(
            Messages.get("installningar.logo.filter"), "*.png", "*.svg", "*.PNG", "*.SVG")))
        .ifPresent(vm::valjLogo));
    Button remove = new Button(Messages.get("installningar.logo.tabort"));
    remove.setId("logoTaBort");
    remove.disableProperty().bind(vm.logoArbetarProperty().or(vm.harLogoProperty().not()));
    remove.setOnAction(e -> vm.taBortLogo());
    Label status = new Label();
    status.setId("logoStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(vm.logoStatusProperty());
    HBox buttons = new HBox(8, choose, remove, status);
    buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Label error = Forms.errorLabel("logoError", vm.logoErrors().get(se.namndbok.core.namnd.Logotyp.FIELD));
    Label general = Forms.errorLabel("logoFel", vm.logoErrors().general());
    VBox box = new VBox(6, title, text, shown, buttons, error, general);
    box.setStyle("-fx-padding: 12 0 0 0;");
    return box;
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
