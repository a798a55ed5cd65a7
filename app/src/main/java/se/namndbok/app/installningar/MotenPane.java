package se.namndbok.app.installningar;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FileDialogs;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.ImportErrorsDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.sammantrade.Motesstandard;
import se.namndbok.core.sammantrade.Planrad;
import se.namndbok.core.sammantrade.SammantradesplanService;
import se.namndbok.core.shared.Texts;

/** Inställningar → Sammanträden: the usual time, place and standard punkter; the meeting plan. Enter saves or adds. */
final class MotenPane extends ScrollPane {
  private final MotenViewModel vm;
  private final FileDialogs files;

  MotenPane(MotenViewModel vm, FileDialogs files) {
    this.vm = vm;
    this.files = files;
    setId("motenPane");
    setFitToWidth(true);
    VBox content = new VBox(16, standard(), plan());
    content.setStyle("-fx-padding: 16 12 12 0;");
    content.setMaxWidth(820);
    setContent(content);
    vm.load();
  }

  private VBox standard() {
    var e = vm.errors();
    Label title = new Label(Messages.get("installningar.moten.standard"));
    title.getStyleClass().add("section-title");
    VBox tid = Forms.textField("motenTid", MotenViewModel.TID, Messages.get("nytt.tid.exempel"), vm.tidProperty(),
        e.get(MotenViewModel.TID));
    tid.setPrefWidth(140);
    tid.setMinWidth(140);
    VBox plats = Forms.textField("motenPlats", MotenViewModel.PLATS, Messages.get("nytt.plats.exempel"),
        vm.platsProperty(), e.get(MotenViewModel.PLATS));
    HBox.setHgrow(plats, Priority.ALWAYS);
    FlowPane punkter = new FlowPane(16, 6);
    for (var typ : Motesstandard.MOJLIGA) {
      CheckBox box = new CheckBox(typ.text());
      box.setId("motenPunkt-" + typ.name());
      box.selectedProperty().bindBidirectional(vm.punktProperty(typ));
      punkter.getChildren().add(box);
    }
    Label punkterText = new Label(Messages.get("installningar.moten.punkter"));
    punkterText.setWrapText(true);
    Button save = new Button(Messages.get("installningar.spara"));
    save.setId("motenSpara");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(ev -> vm.save());
    Label status = new Label();
    status.setId("motenStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(vm.statusProperty());
    HBox saveRow = new HBox(12, save, status);
    saveRow.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, title, Forms.errorLabel("motenError", e.general()), new HBox(12, tid, plats), punkterText,
        punkter, saveRow);
    EntryFormFrame.enter(box, vm::save);
    return box;
  }

  private VBox plan() {
    var e = vm.planErrors();
    Label title = new Label(Messages.get("installningar.plan"));
    title.getStyleClass().add("section-title");
    Label intro = new Label(Messages.get("installningar.plan.text"));
    intro.getStyleClass().add("muted");
    intro.setWrapText(true);
    TableView<Planrad> table = table();
    VBox datum = EntryForms.dateField("planDatum", Messages.get("falt.datum"), vm.planDatumProperty(),
        e.get(SammantradesplanService.DATUM), TypedDate.YearOmitted.COMING, vm::today);
    VBox tid = Forms.textField("planTid", Messages.get("installningar.plan.tid"), "", vm.planTidProperty(),
        e.get(MotenViewModel.TID));
    tid.setPrefWidth(150);
    VBox plats = Forms.textField("planPlats", Messages.get("installningar.plan.plats"), "", vm.planPlatsProperty(),
        e.get(MotenViewModel.PLATS));
    HBox.setHgrow(plats, Priority.ALWAYS);
    Button add = button("planLaggTill", "installningar.lagg.till", Material2AL.ADD, vm::addDatum);
    HBox form = new HBox(12, datum, tid, plats, add);
    form.setAlignment(Pos.BOTTOM_LEFT);
    EntryFormFrame.enter(form, vm::addDatum);
    Button remove = button("planTaBort", "tabort", Material2AL.DELETE,
        () -> vm.remove(table.getSelectionModel().getSelectedItem()));
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    Button importera = button("planImport", "import.knapp", Material2AL.FILE_UPLOAD, this::importera);
    return new VBox(8, title, intro, table, new HBox(8, remove, importera), form,
        Forms.errorLabel("planError", e.general()));
  }

  private TableView<Planrad> table() {
    TableView<Planrad> table = new TableView<>(vm.plan());
    table.setId("planTable");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("installningar.plan"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    TableColumn<Planrad, LocalDate> datum = EntryForms.column("planKol-datum", Messages.get("falt.datum"),
        Planrad::datum, Comparator.naturalOrder());
    TableColumn<Planrad, String> tid = EntryForms.column("planKol-tid", Messages.get("nytt.tid"),
        p -> p.tid() == null ? Messages.get("installningar.plan.vanlig") : p.tid().toString(), Texts.swedishOrder());
    TableColumn<Planrad, String> plats = EntryForms.column("planKol-plats", Messages.get("nytt.plats"),
        p -> p.plats() == null ? Messages.get("installningar.plan.vanlig") : p.plats(), Texts.swedishOrder());
    EntryForms.width(datum, 120, 120);
    EntryForms.width(tid, 120, 140);
    EntryForms.width(plats, 200, 400);
    table.getColumns().setAll(List.of(datum, tid, plats));
    table.setPlaceholder(new Label(Messages.get("installningar.plan.tom")));
    table.setPrefHeight(200);
    return table;
  }

  private static Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
    Button b = new Button(Messages.get(key), new FontIcon(icon));
    b.setId(id);
    b.setMinWidth(Button.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  private void importera() {
    files.open(getScene().getWindow(), Messages.get("installningar.plan.import"), null,
        List.of(new javafx.stage.FileChooser.ExtensionFilter(Messages.get("import.csvfiler"), "*.csv")))
        .ifPresent(file -> vm.importera(file, errors -> ImportErrorsDialog.show(getScene().getWindow(), errors),
            n -> EntryForms.notifyDone(this, Messages.format("import.klar", n, file.getFileName()))));
  }
}
