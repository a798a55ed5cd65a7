package se.namndbok.app.delegationsbeslut;

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
import javafx.util.StringConverter;
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
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.shared.Texts;

/** The delegationsbeslut area: the entry form above, the filtered list below. */
public final class DelegationsbeslutView extends VBox {
  private final DelegationsbeslutViewModel vm;
  private final DelegationsbeslutFormViewModel formVm;
  private final TableView<Delegationsbeslut> table = new TableView<>();
  private final DelegationsbeslutForm form;

  public DelegationsbeslutView(AppServices services, TaskExecutor executor) {
    this.vm = new DelegationsbeslutViewModel(services, executor);
    this.formVm = new DelegationsbeslutFormViewModel(services, executor);
    this.form = new DelegationsbeslutForm(formVm, vm::added);
    setId("delegationsbeslutView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.delegationsbeslut"));
    title.getStyleClass().add("area-title");
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().setAll(EntryForms.titleRow(title, deleteButton(), importButton()), form, filters(), table());
    addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
    sceneProperty().addListener((o, was, now) -> {
      if (now != null) {
        form.focusFirst();
      }
    });
    formVm.loadDelegater();
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
    mote.setId("dbFilterMote");
    mote.valueProperty().bindBidirectional(vm.moteProperty());
    ComboBox<Delegat> delegat = new ComboBox<>(vm.delegatval());
    delegat.setId("dbFilterDelegat");
    delegat.setConverter(new StringConverter<>() {
      @Override
      public String toString(Delegat d) {
        return d == null ? "" : d.namn();
      }

      @Override
      public Delegat fromString(String s) {
        return null;
      }
    });
    delegat.valueProperty().bindBidirectional(vm.delegatProperty());
    TextField fran = EntryForms.dateFilter("dbFilterFran", Messages.get("filter.fran"), vm.franProperty());
    TextField till = EntryForms.dateFilter("dbFilterTill", Messages.get("filter.till"), vm.tillProperty());
    mote.setAccessibleText(Messages.get("filter.mote"));
    mote.setPrefWidth(230);
    delegat.setPrefWidth(230);
    delegat.setAccessibleText(Messages.get("falt.delegat"));
    Label summary = new Label();
    summary.getStyleClass().add("muted");
    summary.textProperty().bind(vm.summaryProperty());
    summary.setMinWidth(Region.USE_PREF_SIZE);
    HBox bar = new HBox(8, EntryForms.fixedLabel(Messages.get("filter.visa")), mote, delegat, fran, till, summary);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return new VBox(4, bar, Forms.errorLabel("dbFilterError", vm.periodErrorProperty()));
  }

  private TableView<Delegationsbeslut> table() {
    table.setId("delegationsbeslutTable");
    table.setAccessibleText(Messages.get("nav.delegationsbeslut"));
    table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(columns());
    table.setItems(vm.sorted());
    vm.sorted().comparatorProperty().bind(table.comparatorProperty());
    table.setPlaceholder(new Label(Messages.get("delegationsbeslut.tomt")));
    table.setOnKeyPressed(e -> {
      if (Shortcuts.TA_BORT.matches(e)) {
        deleteSelected();
        e.consume();
      }
    });
    return table;
  }

  private List<TableColumn<Delegationsbeslut, ?>> columns() {
    Comparator<String> text = Texts.swedishOrder();
    TableColumn<Delegationsbeslut, LocalDate> datum = EntryForms.column("dbKol-datum", Messages.get("kol.beslutsdatum"),
        Delegationsbeslut::beslutsdatum, Comparator.naturalOrder());
    TableColumn<Delegationsbeslut, Diarienummer> nummer = EntryForms.column("dbKol-diarienummer",
        Messages.get("falt.diarienummer"), Delegationsbeslut::diarienummer, Comparator.naturalOrder());
    TableColumn<Delegationsbeslut, String> delegat = EntryForms.column("dbKol-delegat", Messages.get("falt.delegat"),
        Delegationsbeslut::delegat, text);
    TableColumn<Delegationsbeslut, String> punkt = EntryForms.column("dbKol-punkt", Messages.get("kol.punkt"),
        b -> b.delegationspunkt() == null ? "" : b.delegationspunkt(), text);
    TableColumn<Delegationsbeslut, String> rubrik = EntryForms.column("dbKol-rubrik", Messages.get("falt.rubrik"),
        Delegationsbeslut::rubrik, text);
    TableColumn<Delegationsbeslut, String> sekretess = EntryForms.column("dbKol-sekretess", Messages.get("kol.sekretess"),
        b -> Messages.get(b.sekretess() ? "ja" : "nej"), text);
    TableColumn<Delegationsbeslut, String> mote = EntryForms.column("dbKol-mote", Messages.get("kol.anmals"),
        vm::anmalsTill, text);
    EntryForms.width(datum, 130, 130);
    EntryForms.width(nummer, 130, 130);
    EntryForms.width(delegat, 200, 260);
    EntryForms.width(punkt, 75, 75);
    EntryForms.width(rubrik, 200, 400);
    EntryForms.width(sekretess, 110, 110);
    EntryForms.width(mote, 180, 180);
    return List.of(datum, nummer, delegat, punkt, rubrik, sekretess, mote);
  }

  private Button deleteButton() {
    Button delete = new Button(Messages.get("tabort"), new FontIcon(Material2AL.DELETE));
    delete.setId("dbTaBort");
    delete.setMinWidth(Region.USE_PREF_SIZE);
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> deleteSelected());
    return delete;
  }

  private Button importButton() {
    Button imp = new Button(Messages.get("import.knapp"), new FontIcon(Material2AL.FILE_UPLOAD));
    imp.setId("dbImport");
    imp.setMinWidth(Region.USE_PREF_SIZE);
    imp.setOnAction(e -> importera());
    return imp;
  }

  private void deleteSelected() {
    Delegationsbeslut b = table.getSelectionModel().getSelectedItem();
    if (b != null) {
      vm.delete(b, deleted -> EntryForms.notifyDeleted(this,
          Messages.format("delegationsbeslut.borttaget", deleted.diarienummer(), deleted.rubrik()), vm::undo));
    }
  }

  private void importera() {
    EntryForms.chooseCsv(getScene().getWindow(), Messages.get("import.delegationsbeslut")).ifPresent(file ->
        vm.importera(file, errors -> ImportErrorsDialog.show(getScene().getWindow(), errors),
            n -> EntryForms.notifyDone(this, Messages.format("import.klar", n, file.getFileName()))));
  }

  public DelegationsbeslutViewModel viewModel() {
    return vm;
  }

  public DelegationsbeslutFormViewModel formViewModel() {
    return formVm;
  }
}
