package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.reports.sekretess.Version;

/**
 * The scaffolding of an area of reported entries (delegationsbeslut, meddelanden): title with delete and import,
 * the entry form, the filter bar (meeting, the feature's own filters, period, count) and the sorted table, with
 * the area's shortcuts. The feature supplies its form, own filters, columns, ids and texts.
 *
 * @param <E> the entry listed
 */
public final class ReportedEntriesArea<E> implements AreaCommands {
  /**
   * Ids and message keys of one area: controls get ids {@code prefix + "FilterMote"}, {@code "TaBort"}, ...;
   * {@code messages} is the feature's message prefix ({@code .tomt}).
   */
  public record Spec(String viewId, String prefix, String tableId, String titleKey, String messages,
      String importTitleKey) {}

  private final VBox view;
  private final ReportedEntriesViewModel<E, ?> vm;
  private final Spec spec;
  private final Function<E, String> deletedText;
  private final TableView<E> table = new TableView<>();
  private MeetingDocumentActions redovisning;
  private AppServices services;
  private Runnable focusForm = () -> {};

  /** {@code deletedText} is the notice after a delete, which offers "Ångra". */
  public ReportedEntriesArea(VBox view, ReportedEntriesViewModel<E, ?> vm, Spec spec, Function<E, String> deletedText) {
    this.view = view;
    this.vm = vm;
    this.spec = spec;
    this.deletedText = deletedText;
  }

  /**
   * Offers "Skapa redovisning" (for the members, or the public version) for the board meeting chosen in the filter,
   * written by {@code documents} into the board's output folder. Call before {@link #build}.
   */
  public ReportedEntriesArea<E> redovisning(AppServices services, MeetingDocumentViewModel documents) {
    this.services = services;
    this.redovisning = new MeetingDocumentActions(services, documents, view, spec.messages() + ".redovisning");
    return this;
  }

  /** Fills the area; {@code ownFilters} stand between the meeting and the period. */
  public void build(Node form, Runnable focusForm, List<Node> ownFilters, List<TableColumn<E, ?>> columns) {
    this.focusForm = focusForm;
    view.setId(spec.viewId());
    view.getStyleClass().add("area");
    Label title = new Label(Messages.get(spec.titleKey()));
    title.getStyleClass().add("area-title");
    VBox.setVgrow(table, Priority.ALWAYS);
    List<Node> actions = new ArrayList<>(List.of(deleteButton(), importButton()));
    if (redovisning != null) {
      actions.add(redovisningButton());
    }
    view.getChildren().setAll(EntryForms.titleRow(title, actions.toArray(Node[]::new)), form, filters(ownFilters),
        table(columns));
    view.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys(e, focusForm));
    view.sceneProperty().addListener((o, was, now) -> {
      if (now != null) {
        focusForm.run();
      }
    });
  }

  private void keys(KeyEvent e, Runnable focusForm) {
    if (Shortcuts.ANGRA.matches(e)) {
      vm.undo();
    } else if (Shortcuts.IMPORTERA.matches(e)) {
      importera();
    } else if (Shortcuts.LISTAN.matches(e)) {
      table.requestFocus();
    } else if (Shortcuts.NYTT.matches(e)) {
      focusForm.run();
    } else {
      return;
    }
    e.consume();
  }

  private VBox filters(List<Node> ownFilters) {
    ComboBox<MotesVal> mote = new ComboBox<>(vm.motesval());
    mote.setId(spec.prefix() + "FilterMote");
    mote.setAccessibleText(Messages.get("filter.mote"));
    mote.setPrefWidth(230);
    mote.setMinWidth(Region.USE_PREF_SIZE);
    mote.valueProperty().bindBidirectional(vm.moteProperty());
    Label summary = new Label();
    summary.getStyleClass().add("muted");
    summary.textProperty().bind(vm.summaryProperty());
    summary.setMinWidth(Region.USE_PREF_SIZE);
    List<Node> bar = new ArrayList<>(List.of(EntryForms.fixedLabel(Messages.get("filter.visa")), mote));
    bar.addAll(ownFilters);
    bar.add(EntryForms.dateFilter(spec.prefix() + "FilterFran", Messages.get("filter.fran"), vm.franProperty()));
    bar.add(EntryForms.dateFilter(spec.prefix() + "FilterTill", Messages.get("filter.till"), vm.tillProperty()));
    bar.add(summary);
    javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6, bar.toArray(Node[]::new));
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, row, Forms.errorLabel(spec.prefix() + "FilterError", vm.periodErrorProperty()));
  }

  private TableView<E> table(List<TableColumn<E, ?>> columns) {
    table.setId(spec.tableId());
    table.setAccessibleText(Messages.get(spec.titleKey()));
    table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(columns);
    table.setItems(vm.sorted());
    vm.sorted().comparatorProperty().bind(table.comparatorProperty());
    table.setPlaceholder(new Label(Messages.get(spec.messages() + ".tomt")));
    table.setOnKeyPressed(e -> {
      if (Shortcuts.TA_BORT.matches(e)) {
        deleteSelected();
        e.consume();
      }
    });
    return table;
  }

  private Button deleteButton() {
    Button delete = new Button(Messages.get("tabort"), new FontIcon(Material2AL.DELETE));
    delete.setId(spec.prefix() + "TaBort");
    delete.setMinWidth(Region.USE_PREF_SIZE);
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> deleteSelected());
    return delete;
  }

  private Button importButton() {
    Button imp = new Button(Messages.get("import.knapp"), new FontIcon(Material2AL.FILE_UPLOAD));
    imp.setId(spec.prefix() + "Import");
    imp.setMinWidth(Region.USE_PREF_SIZE);
    imp.setOnAction(e -> importera());
    return imp;
  }

  private MenuButton redovisningButton() {
    MenuItem ledamoter = new MenuItem(Messages.get("redovisning.ledamoter"));
    ledamoter.setId(spec.prefix() + "Redovisning");
    ledamoter.setOnAction(e -> redovisa(Version.LEDAMOT));
    MenuItem offentlig = new MenuItem(Messages.get("redovisning.offentlig"));
    offentlig.setId(spec.prefix() + "RedovisningOffentlig");
    offentlig.setOnAction(e -> redovisa(Version.OFFENTLIG));
    MenuButton b = new MenuButton(Messages.get("redovisning.skapa"), new FontIcon(Material2MZ.PICTURE_AS_PDF),
        ledamoter, offentlig);
    b.setId(spec.prefix() + "SkapaRedovisning");
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> vm.redovisningsmote() == null || redovisning.running(), vm.moteProperty(), vm.motesval(),
        redovisning.runningProperty()));
    b.setTooltip(new javafx.scene.control.Tooltip(Messages.get("redovisning.tips")));
    return b;
  }

  private void redovisa(Version version) {
    se.namndbok.core.sammantrade.Sammantrade s = vm.redovisningsmote();
    if (s != null) {
      redovisning.create(s, version, Messages.get(version == Version.OFFENTLIG ? "redovisning.offentlig"
          : "redovisning.skapa"));
    }
  }

  /** Ctrl+N and Arkiv → Nytt: the entry form's first field. */
  @Override
  public boolean nytt() {
    focusForm.run();
    return true;
  }

  /** Ctrl+F and Redigera → Sök: the meeting filter. */
  @Override
  public boolean sok() {
    view.lookup("#" + spec.prefix() + "FilterMote").requestFocus();
    return true;
  }

  /** Redigera → Ångra: puts the last deleted entry back. */
  @Override
  public boolean angra() {
    vm.undo();
    return true;
  }

  private void deleteSelected() {
    E entry = table.getSelectionModel().getSelectedItem();
    if (entry != null) {
      vm.delete(entry, deleted -> EntryForms.notifyDeleted(view, deletedText.apply(deleted), vm::undo));
    }
  }

  private void importera() {
    EntryForms.chooseCsv(services.fileDialogs(), view.getScene().getWindow(), Messages.get(spec.importTitleKey()))
        .ifPresent(file ->
        vm.importera(file, errors -> ImportErrorsDialog.show(view.getScene().getWindow(), errors),
            n -> EntryForms.notifyDone(view, Messages.format("import.klar", n, file.getFileName()))));
  }
}
