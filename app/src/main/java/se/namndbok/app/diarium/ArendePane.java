package se.namndbok.app.diarium;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.ContextMenuKeys;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FileDrop;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TooltipCell;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.shared.Texts;

/**
 * The selected ärende: its number, rubrik and status (who closed it, when and why), its actions, and its
 * handlingar. A file dropped here is registered as a handling of the ärende; double-click or Enter on a handling
 * opens its file with the system's program.
 */
final class ArendePane extends VBox {
  private final DiariumViewModel vm;
  private final DiariumActions actions;
  private final TableView<Handling> table;

  ArendePane(DiariumViewModel vm, DiariumActions actions) {
    this.vm = vm;
    this.actions = actions;
    getStyleClass().add("detail-pane");
    setId("arendePane");
    table = new TableView<>(vm.handlingar());
    getChildren().setAll(title(), status(), buttons(), table());
    FileDrop.install(this, file -> actions.dropped(vm.selectedProperty().get(), file));
  }

  private Label title() {
    Label title = new Label();
    title.setId("handlingarTitle");
    title.getStyleClass().add("detail-title");
    Forms.wrapping(title);
    title.setMinHeight(USE_PREF_SIZE);
    title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
        ? Messages.get("diarium.handlingar")
        : Messages.format("diarium.handlingar.for", vm.selectedProperty().get().arendenummer().toString(),
            vm.selectedProperty().get().rubrik()), vm.selectedProperty()));
    return title;
  }

  private Label status() {
    Label status = new Label();
    status.setId("arendeStatus");
    status.getStyleClass().add("muted");
    Forms.wrapping(status);
    status.setMinHeight(USE_PREF_SIZE);
    status.textProperty().bind(Bindings.createStringBinding(() -> ArendeStatusText.of(vm.selectedProperty().get(),
        vm.historik()), vm.selectedProperty(), vm.historik()));
    status.managedProperty().bind(vm.selectedProperty().isNotNull());
    status.visibleProperty().bind(status.managedProperty());
    return status;
  }

  private HBox buttons() {
    Button handling = button("diariumNyHandling", "diarium.ny.handling", Material2AL.ADD,
        () -> actions.registerHandling(vm.selectedProperty().get(), null));
    Button open = button("diariumOppnaFil", "diarium.oppna.fil", Material2MZ.OPEN_IN_NEW,
        () -> actions.open(table.getSelectionModel().getSelectedItem()));
    Button andra = button("diariumAndra", "diarium.andra", Material2AL.EDIT,
        () -> actions.andra(vm.selectedProperty().get()));
    Button status = button("diariumStatus", "diarium.avsluta", Material2AL.DONE_ALL,
        () -> actions.avslutaEllerAteroppna(vm.selectedProperty().get()));
    status.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(closed() ? "diarium.ateroppna"
        : "diarium.avsluta"), vm.selectedProperty()));
    for (Button b : List.of(handling, andra, status)) {
      b.disableProperty().bind(vm.selectedProperty().isNull());
    }
    open.disableProperty().bind(Bindings.createBooleanBinding(() -> !hasFile(
        table.getSelectionModel().getSelectedItem()), table.getSelectionModel().selectedItemProperty()));
    HBox row = new HBox(8, handling, open, andra, status);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private boolean closed() {
    return vm.selectedProperty().get() != null && vm.selectedProperty().get().status() == ArendeStatus.AVSLUTAT;
  }

  private static Button button(String id, String key, Ikon icon, Runnable action) {
    Button b = new Button(Messages.get(key), new FontIcon(icon));
    b.setId(id);
    b.setMinWidth(USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  private TableView<Handling> table() {
    table.setId("handlingarTable");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("diarium.handlingar"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(List.of(
        column("hid", 100, Handling::handlingsId, Comparator.naturalOrder()),
        column("datum", 100, Handling::datum, Comparator.naturalOrder()),
        column("riktning", 110, h -> h.riktning().text(), Texts.swedishOrder()),
        text(column("motpart", 200, h -> h.motpart() == null ? "" : h.motpart(), Texts.swedishOrder())),
        text(column("rubrik", 380, Handling::rubrik, Texts.swedishOrder())),
        text(column("fil", 200, ArendePane::filText, Texts.swedishOrder()))));
    Label placeholder = new Label();
    Forms.wrapping(placeholder);
    placeholder.textProperty().bind(Bindings.when(vm.selectedProperty().isNull())
        .then(Messages.get("diarium.handlingar.valj")).otherwise(Messages.get("diarium.handlingar.inga")));
    table.setPlaceholder(placeholder);
    table.setRowFactory(t -> row());
    table.setContextMenu(menu());
    ContextMenuKeys.install(table);
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER && hasFile(table.getSelectionModel().getSelectedItem())) {
        actions.open(table.getSelectionModel().getSelectedItem());
        e.consume();
      }
    });
    vm.selectedHandlingProperty().addListener((o, was, now) -> {
      if (now != null) {
        table.getSelectionModel().select(now);
        table.scrollTo(now);
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    return table;
  }

  private TableRow<Handling> row() {
    TableRow<Handling> row = new TableRow<>();
    row.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
        actions.open(row.getItem());
      }
    });
    return row;
  }

  private ContextMenu menu() {
    MenuItem open = item("handlingMenyOppna", "diarium.oppna.fil", () -> actions.open(selected()));
    MenuItem copy = item("handlingMenySpara", "diarium.spara.kopia", () -> actions.saveCopy(selected(), this));
    MenuItem hid = item("handlingMenyHid", "diarium.kopiera.hid",
        () -> DiariumActions.copy(selected().handlingsId().toString()));
    MenuItem ny = item("handlingMenyNy", "diarium.ny.handling",
        () -> actions.registerHandling(vm.selectedProperty().get(), null));
    ContextMenu menu = new ContextMenu(open, copy, hid, new SeparatorMenuItem(), ny);
    menu.setOnShowing(e -> {
      Handling h = selected();
      open.setDisable(!hasFile(h));
      copy.setDisable(!hasFile(h));
      hid.setDisable(h == null);
      ny.setDisable(vm.selectedProperty().get() == null);
    });
    return menu;
  }

  private Handling selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  static MenuItem item(String id, String key, Runnable action) {
    MenuItem m = new MenuItem(Messages.get(key));
    m.setId(id);
    m.setOnAction(e -> action.run());
    return m;
  }

  private static boolean hasFile(Handling h) {
    return h != null && h.fil() != null;
  }

  /** "Yttrande.pdf (120 kB)". */
  static String filText(Handling h) {
    if (h.fil() == null) {
      return "";
    }
    long kb = Math.max(1, (h.fil().storlek() + 1023) / 1024);
    return Messages.format("diarium.fil.storlek", h.fil().namn(), kb);
  }

  private static <T> TableColumn<Handling, T> column(String key, double width, Function<Handling, T> value,
      Comparator<T> order) {
    TableColumn<Handling, T> c = new TableColumn<>(Messages.get("diarium.hkol." + key));
    c.setId("handlingKol-" + key);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setComparator(order);
    c.setMinWidth(Math.min(width, 100));
    c.setPrefWidth(width);
    EntryForms.fitHeading(c);
    return c;
  }

  private static TableColumn<Handling, String> text(TableColumn<Handling, String> c) {
    c.setCellFactory(col -> new TooltipCell<>());
    return c;
  }
}
