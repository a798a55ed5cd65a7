package se.namndbok.app.meddelande;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.ImportErrorsDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.shared.Texts;

/** The meddelanden area: the entry form above, the filtered list below. */
public final class MeddelandeView extends VBox {
  private final MeddelandeViewModel vm;
  private final MeddelandeFormViewModel formVm;
  private final TableView<Meddelande> table = new TableView<>();
  private final MeddelandeForm form;

  public MeddelandeView(AppServices services, TaskExecutor executor) {
    this.vm = new MeddelandeViewModel(services, executor);
    this.formVm = new MeddelandeFormViewModel(services, executor);
    this.form = new MeddelandeForm(formVm, vm::added);
    setId("meddelandeView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.meddelanden"));
    title.getStyleClass().add("area-title");
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().setAll(EntryForms.titleRow(title, deleteButton(), importButton()), form, filters(), table());
    addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
    sceneProperty().addListener((o, was, now) -> {
      if (now != null) {
        form.focusFirst();
      }
    });
    formVm.loadAvsandare();
    vm.load();
  }

  private void keys(KeyEvent e) {
    if (Shortcuts.ANGRA.matches(e)) {
      vm.undo();
    } else if (Shortcuts.IMPORTERA.matches(e)) {
      importera();
    } else if (Shortcuts.LISTAN.matches(e)) {
      table.requestFocus();
    } else if (Shortcuts.NYTT.matches(e)) {
      form.focusFirst();
    } else {
      return;
    }
    e.consume();
  }

  private VBox filters() {
    ComboBox<MotesVal> mote = new ComboBox<>(vm.motesval());
    mote.setId("mdFilterMote");
    mote.setAccessibleText(Messages.get("filter.mote"));
    mote.setPrefWidth(230);
    mote.valueProperty().bindBidirectional(vm.moteProperty());
    TextField fran = EntryForms.dateFilter("mdFilterFran", Messages.get("filter.fran"), vm.franProperty());
    TextField till = EntryForms.dateFilter("mdFilterTill", Messages.get("filter.till"), vm.tillProperty());
    Label summary = new Label();
    summary.getStyleClass().add("muted");
    summary.textProperty().bind(vm.summaryProperty());
    summary.setMinWidth(Region.USE_PREF_SIZE);
    summary.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(summary, Priority.ALWAYS);
    HBox bar = new HBox(8, EntryForms.fixedLabel(Messages.get("filter.visa")), mote, fran, till, summary);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return new VBox(4, bar, Forms.errorLabel("mdFilterError", vm.periodErrorProperty()));
  }

  private TableView<Meddelande> table() {
    table.setId("meddelandeTable");
    table.setAccessibleText(Messages.get("nav.meddelanden"));
    table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(columns());
    table.setItems(vm.sorted());
    vm.sorted().comparatorProperty().bind(table.comparatorProperty());
    table.setPlaceholder(new Label(Messages.get("meddelanden.tomt")));
    table.setOnKeyPressed(e -> {
      if (Shortcuts.TA_BORT.matches(e)) {
        deleteSelected();
        e.consume();
      }
    });
    return table;
  }

  private List<TableColumn<Meddelande, ?>> columns() {
    Comparator<String> text = Texts.swedishOrder();
    TableColumn<Meddelande, String> avsandare = EntryForms.column("mdKol-avsandare", Messages.get("falt.avsandare"),
        Meddelande::avsandare, text);
    TableColumn<Meddelande, LocalDate> datum = EntryForms.column("mdKol-datum", Messages.get("falt.datum"),
        Meddelande::datum, Comparator.naturalOrder());
    TableColumn<Meddelande, String> paragraf = EntryForms.column("mdKol-paragraf", "§",
        m -> m.paragraf() == null ? "" : "§ " + m.paragraf(), text);
    TableColumn<Meddelande, String> amne = EntryForms.column("mdKol-amne", Messages.get("falt.amne"), Meddelande::amne, text);
    TableColumn<Meddelande, Diarienummer> nummer = EntryForms.column("mdKol-diarienummer",
        Messages.get("falt.diarienummer"), Meddelande::diarienummer, Comparator.naturalOrder());
    TableColumn<Meddelande, String> hid = EntryForms.column("mdKol-hid", Messages.get("kol.hid"),
        m -> m.handlingsId() == null ? "" : m.handlingsId().toString(), text);
    TableColumn<Meddelande, String> mote = EntryForms.column("mdKol-mote", Messages.get("kol.anmals"), vm::anmalsTill, text);
    EntryForms.width(avsandare, 160, 200);
    EntryForms.width(datum, 105, 105);
    EntryForms.width(paragraf, 70, 70);
    EntryForms.width(amne, 200, 380);
    EntryForms.width(nummer, 130, 130);
    EntryForms.width(hid, 105, 105);
    EntryForms.width(mote, 180, 180);
    return List.of(avsandare, datum, paragraf, amne, nummer, hid, mote);
  }

  private Button deleteButton() {
    Button delete = new Button(Messages.get("tabort"), new FontIcon(Material2AL.DELETE));
    delete.setId("mdTaBort");
    delete.setMinWidth(Region.USE_PREF_SIZE);
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> deleteSelected());
    return delete;
  }

  private Button importButton() {
    Button imp = new Button(Messages.get("import.knapp"), new FontIcon(Material2AL.FILE_UPLOAD));
    imp.setId("mdImport");
    imp.setMinWidth(Region.USE_PREF_SIZE);
    imp.setOnAction(e -> importera());
    return imp;
  }

  private void deleteSelected() {
    Meddelande m = table.getSelectionModel().getSelectedItem();
    if (m != null) {
      vm.delete(m, deleted -> EntryForms.notifyDeleted(this,
          Messages.format("meddelanden.borttaget", deleted.avsandareRad(), deleted.amne()), vm::undo));
    }
  }

  private void importera() {
    EntryForms.chooseCsv(getScene().getWindow(), Messages.get("import.meddelanden")).ifPresent(file ->
        vm.importera(file, errors -> ImportErrorsDialog.show(getScene().getWindow(), errors),
            n -> EntryForms.notifyDone(this, Messages.format("import.klar", n, file.getFileName()))));
  }

  public MeddelandeViewModel viewModel() {
    return vm;
  }
}
