package se.namndbok.app.diarium;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;
import se.namndbok.app.shared.AreaCommands;
import se.namndbok.app.shared.ContextMenuKeys;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FileDrop;
import se.namndbok.core.arende.ArendeStatus;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Debouncer;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.RememberedSplit;
import se.namndbok.app.shared.RowAnchor;
import se.namndbok.app.shared.TooltipCell;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Diarienummer;

/**
 * The diarium area: search, the ärenden table (double-click changes an ärende, right-click offers what can be
 * done with it, a file dropped on a row becomes a handling of that ärende) and the selected ärende's pane.
 */
public final class DiariumView extends VBox implements AreaCommands {
  static final Duration SEARCH_QUIET = Duration.millis(250);

  private final DiariumViewModel vm;
  private final DiariumActions actions;
  private final TableView<Arende> table = new TableView<>();
  private final CustomTextField search = new CustomTextField();

  public DiariumView(AppServices services, TaskExecutor executor) {
    this.vm = new DiariumViewModel(services.arenden(), services.arendestatus(), executor, Debouncer.fx(SEARCH_QUIET));
    this.actions = new DiariumActions(services, executor, vm, () -> getScene().getWindow());
    setId("diariumView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.diarium"));
    title.getStyleClass().add("area-title");
    Button register = new Button(Messages.get("diarium.registrera"), new FontIcon(Material2AL.ADD));
    register.setId("diariumRegister");
    register.getStyleClass().add(Styles.ACCENT);
    register.setMinWidth(USE_PREF_SIZE);
    register.setOnAction(e -> actions.registerArende());
    SplitPane split = new SplitPane(table(), new ArendePane(vm, actions));
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.55);
    RememberedSplit.remember(split, "diarium", services.preferences());
    // the ärenden keep their height when the area's changes ("Kopian är klar" opening at the bottom of the window):
    // a list scrolled down moved its rows up under the pointer, as the meetings' did (SammantradenView)
    SplitPane.setResizableWithParent(table, false);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().setAll(EntryForms.titleRow(title, register), toolbar(), split);
    vm.load();
    se.namndbok.app.shared.Programstart.efterLaddning(this, vm.loadingProperty(), "Diariet");
    services.andringar().pa(java.util.Set.of("arende", "handling"), vm::load);
  }

  private HBox toolbar() {
    search.setId("diariumSearch");
    search.setPromptText(Messages.get("diarium.sok.exempel"));
    search.setAccessibleText(Messages.get("diarium.sok"));
    search.setLeft(new FontIcon(Material2MZ.SEARCH));
    search.textProperty().bindBidirectional(vm.searchProperty());
    HBox.setHgrow(search, Priority.ALWAYS);
    Label summary = new Label();
    summary.setId("diariumSummary");
    summary.getStyleClass().add("muted");
    summary.setMinWidth(USE_PREF_SIZE);
    summary.textProperty().bind(vm.summaryProperty());
    HBox bar = new HBox(12, search, summary);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return bar;
  }

  private TableView<Arende> table() {
    table.setId("diariumTable");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("nav.diarium"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(columns());
    table.setItems(vm.sorted());
    vm.sorted().comparatorProperty().bind(table.comparatorProperty());
    Label placeholder = new Label();
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(Bindings.when(vm.loadingProperty()).then(Messages.get("diarium.laddar"))
        .otherwise(Bindings.when(vm.searchProperty().isEmpty())
            .then(Messages.get("diarium.tomt")).otherwise(Messages.get("diarium.inga.traffar"))));
    table.setPlaceholder(placeholder);
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
    vm.selectedProperty().addListener((o, was, now) -> {
      if (now != null && now != table.getSelectionModel().getSelectedItem()) {
        table.getSelectionModel().select(now);
        RowAnchor.scrollToIfHidden(table, now, Arende::id);
      }
    });
    RowAnchor.install(table, Arende::id);
    table.setRowFactory(t -> row());
    table.setContextMenu(menu());
    ContextMenuKeys.install(table);
    return table;
  }

  private TableRow<Arende> row() {
    TableRow<Arende> row = new TableRow<>();
    row.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
        actions.andra(row.getItem());
      }
    });
    FileDrop.install(row, file -> !row.isEmpty() && actions.dropped(row.getItem(), file));
    return row;
  }

  private ContextMenu menu() {
    MenuItem handling = ArendePane.item("arendeMenyHandling", "diarium.ny.handling",
        () -> actions.registerHandling(selected(), null));
    MenuItem andra = ArendePane.item("arendeMenyAndra", "diarium.andra", () -> actions.andra(selected()));
    MenuItem status = ArendePane.item("arendeMenyStatus", "diarium.avsluta",
        () -> actions.avslutaEllerAteroppna(selected()));
    MenuItem copy = ArendePane.item("arendeMenyKopiera", "diarium.kopiera.nummer",
        () -> DiariumActions.copy(selected().arendenummer().toString()));
    ContextMenu menu = new ContextMenu(handling, andra, status, new SeparatorMenuItem(), copy);
    menu.setOnShowing(e -> {
      Arende a = selected();
      menu.getItems().forEach(i -> i.setDisable(a == null));
      status.setText(Messages.get(a != null && a.status() == ArendeStatus.AVSLUTAT ? "diarium.ateroppna"
          : "diarium.avsluta"));
    });
    return menu;
  }

  private Arende selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  private static List<TableColumn<Arende, ?>> columns() {
    TableColumn<Arende, Diarienummer> nummer = column("diarienummer", Arende::diarienummer, DiariumOrder.DIARIENUMMER);
    TableColumn<Arende, String> klass = column("klassificering",
        a -> a.klassificering() == null ? "" : a.klassificering().kod(), DiariumOrder.KLASSIFICERING);
    TableColumn<Arende, String> rubrik = column("rubrik", Arende::rubrik, DiariumOrder.TEXT);
    rubrik.setCellFactory(c -> new TooltipCell<>());
    rubrik.setMinWidth(200);
    rubrik.setPrefWidth(520);
    TableColumn<Arende, String> status = column("status", a -> a.status().text(), DiariumOrder.TEXT);
    TableColumn<Arende, String> handlaggare = column("handlaggare",
        a -> a.handlaggare() == null ? "" : a.handlaggare(), DiariumOrder.TEXT);
    handlaggare.setMinWidth(150);
    handlaggare.setPrefWidth(170);
    handlaggare.setMaxWidth(260);
    TableColumn<Arende, String> sekretess = column("sekretess", a -> Messages.get(a.sekretess()
        ? "diarium.sekretess.ja" : "diarium.sekretess.nej"), DiariumOrder.TEXT);
    fixed(nummer, 140);
    fixed(klass, 140);
    fixed(status, 110);
    fixed(sekretess, 110);
    return List.of(nummer, klass, rubrik, status, handlaggare, sekretess);
  }

  private static <T> TableColumn<Arende, T> column(String key, Function<Arende, T> value, Comparator<T> order) {
    TableColumn<Arende, T> c = new TableColumn<>(Messages.get("diarium.kol." + key));
    c.setId("diariumKol-" + key);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setComparator(order);
    return c;
  }

  /** Wide enough for its heading (bold, with the sort arrow), never wider: the rubrik takes the rest. */
  private static void fixed(TableColumn<Arende, ?> c, double width) {
    c.setMinWidth(width);
    c.setPrefWidth(width);
    c.setMaxWidth(width * 1.3);
    EntryForms.fitHeading(c);
  }

  @Override
  public boolean nytt() {
    actions.registerArende();
    return true;
  }

  @Override
  public boolean sok() {
    search.requestFocus();
    search.selectAll();
    return true;
  }

  public DiariumViewModel viewModel() {
    return vm;
  }
}
