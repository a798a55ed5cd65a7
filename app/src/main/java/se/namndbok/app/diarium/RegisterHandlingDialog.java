package se.namndbok.app.diarium;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FileDialogs;
import se.namndbok.app.shared.FileDrop;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Filtyp;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.Riktning;

/**
 * "Registrera handling": the form of {@link RegisterHandlingViewModel}. A file is dropped anywhere on the dialog
 * or chosen with "Välj fil …"; Enter registers, Esc cancels; closes with the registered handling.
 */
public final class RegisterHandlingDialog extends Dialog<Handling> {
  /** The riktningar in the order a registrator meets them. */
  static final List<Riktning> RIKTNINGAR = List.of(Riktning.INKOMMANDE, Riktning.UPPRATTAD, Riktning.UTGAENDE);

  public RegisterHandlingDialog(Window owner, RegisterHandlingViewModel vm, FileDialogs files) {
    var e = vm.errors();
    Button save = FormDialog.setUp(this, owner, new FormDialog.Spec<Handling>(
        Messages.format("handling.rubrik", vm.arende().diarienummer().toString()), "registerHandlingDialog",
        Messages.get("registrera.spara"), "handlingSpara", "handlingAvbryt", form(vm, files), "handlingRiktning",
        vm.savingProperty(), vm::save, List.of(e.general(), e.get(RegisterHandlingViewModel.DATUM),
            e.get(ArendeService.MOTPART), e.get(RegisterHandlingViewModel.RUBRIK), e.get(RegisterHandlingViewModel.FIL))));
    FormDialog.askBeforeDiscarding(this, save, getTitle(), vm.noticeProperty().isNotEmpty(), vm::discard);
    getDialogPane().setPrefWidth(600);
    FileDrop.install(getDialogPane(), vm::setFile);
  }

  private static VBox form(RegisterHandlingViewModel vm, FileDialogs files) {
    var e = vm.errors();
    Label arende = new Label(Messages.format("handling.arende", vm.arende().arendenummer().toString(),
        vm.arende().rubrik()));
    arende.getStyleClass().add("muted");
    Forms.wrapping(arende);
    ComboBox<Riktning> riktning = new ComboBox<>(FXCollections.observableArrayList(RIKTNINGAR));
    riktning.setId("handlingRiktning");
    riktning.setConverter(new StringConverter<>() {
      @Override
      public String toString(Riktning r) {
        return r == null ? "" : r.text();
      }

      @Override
      public Riktning fromString(String s) {
        return null;
      }
    });
    riktning.valueProperty().bindBidirectional(vm.riktningProperty());
    riktning.setMinWidth(ComboBox.USE_PREF_SIZE);
    VBox riktningBox = Forms.labelled(riktning, Messages.get("handling.riktning"), e.get("Riktning"));
    VBox datum = EntryForms.dateField("handlingDatum", Messages.get("falt.datum"), vm.datumProperty(),
        e.get(RegisterHandlingViewModel.DATUM), TypedDate.YearOmitted.RECENT, vm::today);
    HBox top = new HBox(12, riktningBox, datum);
    HBox.setHgrow(datum, Priority.ALWAYS);
    VBox motpart = se.namndbok.app.shared.EntryForms.field("handlingMotpart", "", "", vm.motpartProperty(),
        e.get(ArendeService.MOTPART), vm::motparter);
    ((Label) motpart.getChildren().getFirst()).textProperty().bind(Bindings.createStringBinding(
        () -> motpartLabel(vm.riktningProperty().get()), vm.riktningProperty()));
    CheckBox sekretess = new CheckBox(Messages.get("handling.sekretess"));
    sekretess.setId("handlingSekretess");
    Forms.wrapping(sekretess);
    sekretess.selectedProperty().bindBidirectional(vm.sekretessProperty());
    return new VBox(10, arende, Forms.noticeLabel("handlingUtkast", vm.noticeProperty()),
        Forms.errorLabel("handlingError", e.general()), top, motpart,
        Forms.textField("handlingRubrik", Messages.get("falt.rubrik"), Messages.get("handling.rubrik.exempel"),
            vm.rubrikProperty(), e.get(RegisterHandlingViewModel.RUBRIK)),
        sekretess, fileRow(vm, files));
  }

  static String motpartLabel(Riktning r) {
    return Messages.get(r == Riktning.UTGAENDE ? "handling.mottagare"
        : r == Riktning.INKOMMANDE ? "handling.avsandare" : "handling.motpart");
  }

  /** The file: its name and size, "Välj fil …" and "Ta bort fil"; a drop on the dialog does the same as choosing. */
  private static VBox fileRow(RegisterHandlingViewModel vm, FileDialogs files) {
    Label name = new Label();
    name.setId("handlingFilnamn");
    Forms.wrapping(name);
    name.textProperty().bind(Bindings.createStringBinding(() -> vm.filProperty().get() == null
        ? Messages.get("handling.fil.ingen") : vm.filProperty().get().getFileName().toString(), vm.filProperty()));
    Button choose = new Button(Messages.get("handling.fil.valj"), new FontIcon(Material2AL.ATTACH_FILE));
    choose.setId("handlingValjFil");
    choose.setMinWidth(Button.USE_PREF_SIZE);
    choose.setOnAction(ev -> files.open(choose.getScene().getWindow(), Messages.get("handling.fil.valj.rubrik"), null,
        List.of(new FileChooser.ExtensionFilter(Messages.get("handling.fil.typer"),
            Filtyp.TILLATNA.stream().map(t -> "*." + t).toList()))).ifPresent(file -> {
              vm.setFile(file);
              // on to Registrera: left on this button, Enter (which registers everywhere else in the dialog)
              // opened the file dialog again
              javafx.scene.Node save = choose.getScene().lookup("#handlingSpara");
              if (save != null) {
                save.requestFocus();
              }
            }));
    Button remove = new Button(Messages.get("handling.fil.tabort"));
    remove.setId("handlingTaBortFil");
    remove.setMinWidth(Button.USE_PREF_SIZE);
    remove.disableProperty().bind(vm.filProperty().isNull());
    remove.setOnAction(ev -> vm.removeFile());
    HBox row = new HBox(8, choose, remove, name);
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    HBox.setHgrow(name, Priority.ALWAYS);
    Label caption = new Label(Messages.get("handling.fil"));
    Label tip = new Label(Messages.get("handling.fil.tips"));
    tip.getStyleClass().add("muted");
    Forms.wrapping(tip);
    return new VBox(4, caption, row, tip,
        Forms.errorLabel("handlingFilError", vm.errors().get(RegisterHandlingViewModel.FIL)));
  }
}
