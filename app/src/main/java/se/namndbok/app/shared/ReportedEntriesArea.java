package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
public final class ReportedEntriesArea<E extends se.namndbok.core.anmalan.Anmalan> implements AreaCommands {
  /**
   * Ids and message keys of one area: controls get ids {@code prefix + "FilterMote"}, {@code "TaBort"}, ...;
   * {@code messages} is the feature's message prefix ({@code .tomt}).
   */
  public record Spec(String viewId, String prefix, String tableId, String titleKey, String messages,
      String importTitleKey) {}

  private final VBox view;
  private final UnsavedChanges.Source unsaved;
  private final ReportedEntriesViewModel<E> vm;
  private final Spec spec;
  private final Function<E, String> deletedText;
  private final TableView<E> table = new TableView<>();
  private MeetingDocumentActions redovisning;
  private AppServices services;
  private Runnable focusForm = () -> {};
  private final javafx.beans.property.StringProperty deletedNotice = new javafx.beans.property.SimpleStringProperty("");

  /** {@code deletedText} is the notice after a delete, which offers "Ångra". */
  public <V extends VBox & UnsavedChanges.Source> ReportedEntriesArea(V view, ReportedEntriesViewModel<E> vm, Spec spec,
      Function<E, String> deletedText) {
    this.view = view;
    this.unsaved = view;
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

  /**
   * Fills the area; {@code ownFilters} stand between the meeting and the period; {@code edit} shows a saved entry
   * in the form (the "Ändra" button, Enter or a double click on a row) once what is typed in the form is saved or
   * discarded (the unsaved-changes question); {@code shown} tells the entry the form already holds: with changes
   * typed it is only focused, so what is typed in it stays. {@code readsAgain} tells the entry whose change was
   * refused because someone else changed it: it goes to {@code showInForm} at once, with no question, to read its
   * new version (what was typed stays in sight beside it).
   */
  public void build(Node form, Runnable focusForm, List<Node> ownFilters, List<TableColumn<E, ?>> columns,
      Consumer<E> showInForm, java.util.function.Predicate<E> shown, java.util.function.Predicate<E> readsAgain) {
    this.focusForm = focusForm;
    Consumer<E> edit = entry -> {
      if (readsAgain.test(entry)) {
        showInForm.accept(entry);
      } else if (shown.test(entry) && UnsavedChanges.any(unsaved.guards())) {
        focusForm.run();
      } else {
        UnsavedChanges.thenRun(unsaved, view, () -> showInForm.accept(entry));
      }
    };
    view.setId(spec.viewId());
    view.getStyleClass().add("area");
    Label title = new Label(Messages.get(spec.titleKey()));
    title.getStyleClass().add("area-title");
    VBox.setVgrow(table, Priority.ALWAYS);
    Button andra = editButton(edit);
    List<Node> actions = new ArrayList<>(List.of(andra, moveButton(), deleteButton(), importButton()));
    if (redovisning != null) {
      actions.add(redovisningButton());
    }
    view.getChildren().setAll(EntryForms.titleRow(title, actions.toArray(Node[]::new)), form,
        filters(ownFilters), Forms.errorLabel(spec.prefix() + "ListError", vm.errorProperty()),
        Forms.noticeLabel(spec.prefix() + "EjAnmald", vm.ejAnmaldProperty()), deletedNotice(),
        table(columns));
    table.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
        edit.accept(table.getSelectionModel().getSelectedItem());
      }
    });
    table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
        edit.accept(table.getSelectionModel().getSelectedItem());
        e.consume();
      }
    });
    table.setContextMenu(contextMenu(edit));
    ContextMenuKeys.install(table);
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
    } else if (Shortcuts.GOR_OM.matches(e)) {
      vm.redo();
    } else if (Shortcuts.IMPORTERA.matches(e)) {
      importera();
    } else if (Shortcuts.LISTAN.matches(e)) {
      table.requestFocus();
      if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
        table.getSelectionModel().select(0); // on a row, so Delete and Enter act at once (they did nothing)
      }
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
    bar.add(EntryForms.dateFilter(spec.prefix() + "FilterFran", Messages.get("filter.fran"), vm.franProperty(),
        vm::today));
    bar.add(EntryForms.dateFilter(spec.prefix() + "FilterTill", Messages.get("filter.till"), vm.tillProperty(),
        vm::today));
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
    RowAnchor.install(table, se.namndbok.core.anmalan.Anmalan::id);
    vm.visadProperty().addListener((o, was, now) -> {
      if (now != null) {
        table.getSelectionModel().select(now);
        RowAnchor.scrollToIfHidden(table, now, se.namndbok.core.anmalan.Anmalan::id);
      }
    });
    vm.sorted().comparatorProperty().bind(table.comparatorProperty());
    Label tomt = new Label();
    tomt.textProperty().bind(javafx.beans.binding.Bindings.when(vm.laddarProperty())
        .then(Messages.get(spec.messages() + ".laddar")).otherwise(javafx.beans.binding.Bindings.when(
            vm.urvalProperty()).then(Messages.get(spec.messages() + ".tomt.urval"))
            .otherwise(Messages.get(spec.messages() + ".tomt"))));
    tomt.setWrapText(true);
    tomt.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    table.setPlaceholder(tomt);
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

  private Button editButton(Consumer<E> edit) {
    Button b = new Button(Messages.get("anmalan.andra"), new FontIcon(Material2AL.EDIT));
    b.setId(spec.prefix() + "Andra");
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    b.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedItem()));
    return b;
  }

  /** "Flytta till …": the meetings (and "ej anmäld"; a justerat one greyed); the move can be undone. */
  private MenuButton moveButton() {
    MenuButton m = new MenuButton(Messages.get("anmalan.flytta"), new FontIcon(Material2AL.ARROW_FORWARD));
    m.setId(spec.prefix() + "Flytta");
    m.setMinWidth(Region.USE_PREF_SIZE);
    m.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    m.setOnShowing(e -> m.getItems().setAll(moveItems()));
    m.getItems().add(new MenuItem()); // the list is filled when it opens; a MenuButton needs an item to open
    return m;
  }

  /** The meetings an entry can be moved to (and "ej anmäld"), a justerat one greyed. */
  private List<MenuItem> moveItems() {
    return vm.motesval().stream().filter(v -> v != MotesVal.ALLA).map(v -> {
      MenuItem i = new MenuItem(v == MotesVal.EJ_ANMALDA ? Messages.get("filter.ej.anmald") : v.text());
      i.setOnAction(x -> vm.flytta(table.getSelectionModel().getSelectedItem(), v.sammantradeId()));
      i.setDisable(vm.justerat(v.sammantradeId())); // final: core refuses it anyway
      return i;
    }).toList();
  }

  /**
   * The list's own menu (right button, Shift+F10 or the menu key on a row): Ändra, Flytta till and Ta bort, as the
   * buttons above offer them.
   */
  private javafx.scene.control.ContextMenu contextMenu(Consumer<E> edit) {
    MenuItem andra = new MenuItem(Messages.get("anmalan.andra"));
    andra.setId(spec.prefix() + "MenyAndra");
    andra.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedItem()));
    javafx.scene.control.Menu flytta = new javafx.scene.control.Menu(Messages.get("anmalan.flytta"));
    flytta.setId(spec.prefix() + "MenyFlytta");
    flytta.getItems().add(new MenuItem()); // filled when the menu opens
    MenuItem taBort = new MenuItem(Messages.get("tabort"));
    taBort.setId(spec.prefix() + "MenyTaBort");
    taBort.setOnAction(e -> deleteSelected());
    javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(andra, flytta,
        new javafx.scene.control.SeparatorMenuItem(), taBort);
    menu.setOnShowing(e -> {
      boolean none = table.getSelectionModel().getSelectedItem() == null;
      menu.getItems().forEach(i -> i.setDisable(none));
      flytta.getItems().setAll(moveItems());
    });
    return menu;
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

  /** Redigera → Ångra: undoes the area's last delete, clear or move. */
  @Override
  public boolean angra() {
    vm.undo();
    return true;
  }

  /** Redigera → Gör om: redoes what Ångra undid. */
  @Override
  public boolean gorOm() {
    vm.redo();
    return true;
  }

  @Override
  public boolean kanAngra() {
    return vm.history().canUndoProperty().get();
  }

  @Override
  public boolean kanGoraOm() {
    return vm.history().canRedoProperty().get();
  }

  private void deleteSelected() {
    E entry = table.getSelectionModel().getSelectedItem();
    if (entry != null) {
      vm.delete(entry, deleted -> deleted(deletedText.apply(deleted)));
    }
  }

  /**
   * "Delegationsbeslutet 2025/1130 (2025-10-02) togs bort. Ctrl+Z ångrar." with an Ångra button, in the area
   * itself: a pop-up notice would take the keys (Ctrl+Z) while it shows.
   */
  private HBox deletedNotice() {
    Label text = new Label();
    text.setId(spec.prefix() + "Borttagen");
    text.setWrapText(true);
    text.textProperty().bind(deletedNotice);
    Button undo = new Button(Messages.get("angra"), new FontIcon(Material2MZ.UNDO));
    undo.setId(spec.prefix() + "Angra");
    undo.setMinWidth(Region.USE_PREF_SIZE);
    undo.setOnAction(e -> vm.undo());
    HBox row = new HBox(8, text, undo);
    row.setAlignment(Pos.CENTER_LEFT);
    row.managedProperty().bind(deletedNotice.isNotEmpty());
    row.visibleProperty().bind(row.managedProperty());
    // Esc empties a half-filled form at once (a walk lost six fields that way, twice, thinking it closed a list):
    // say so, with the way back, as a delete does
    int[] steps = {vm.history().size()};
    vm.history().changesProperty().addListener((o, was, now) -> {
      boolean emptied = vm.history().size() > steps[0]
          && Messages.get("angra.tomt").equals(vm.history().lastProperty().get());
      steps[0] = vm.history().size();
      deletedNotice.set(emptied ? Messages.get("anmalan.tomt") + " " + Messages.get("anmalan.angra.tips") : "");
    });
    return row;
  }

  private void deleted(String text) {
    deletedNotice.set(text + " " + Messages.get("anmalan.angra.tips"));
  }

  private void importera() {
    EntryForms.chooseCsv(services.fileDialogs(), view.getScene().getWindow(), Messages.get(spec.importTitleKey()))
        .ifPresent(file ->
        vm.importera(file, errors -> ImportErrorsDialog.show(view.getScene().getWindow(), errors),
            n -> EntryForms.notifyDone(view, Messages.format("import.klar", n, file.getFileName()))));
  }
}
