package se.namndbok.app.sammantrade;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import se.namndbok.app.protokoll.ProtokollView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.RememberedSplit;
import se.namndbok.app.shared.RowAnchor;
import se.namndbok.app.shared.TooltipCell;
import se.namndbok.app.shared.AreaCommands;
import se.namndbok.app.shared.MeetingDocumentActions;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import java.util.List;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.reports.sekretess.Version;

/** The Sammanträden area: the meetings above, the selected meeting's builder below, the kallelse actions on top. */
public final class SammantradenView extends VBox implements AreaCommands, UnsavedChanges.Source {
  private final SammantradenViewModel vm;
  private final MotesbyggareView builder;
  private final MeetingDocumentActions kallelse;
  private final UtskickViewModel utskick;
  private final ProtokollView protokoll;
  private final TabPane tabs = new TabPane();
  private final TableView<Sammantrade> table = new TableView<>();
  private boolean reverting;

  public SammantradenView(AppServices services, TaskExecutor executor) {
    this.vm = new SammantradenViewModel(services, executor);
    this.builder = new MotesbyggareView(services, executor);
    this.protokoll = new ProtokollView(services, executor);
    this.kallelse = new MeetingDocumentActions(services, new KallelseViewModel(services, executor), this, "kallelse");
    this.utskick = new UtskickViewModel(services, executor);
    setId("sammantradenView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.sammantraden"));
    title.getStyleClass().add("area-title");
    SplitPane split = new SplitPane(table(), tabs());
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.22);
    RememberedSplit.remember(split, "sammantraden", services.preferences());
    // the meetings keep their height when the area's changes ("Kallelsen är klar" opening below it, the window
    // made taller): a list that shrank with the area moved its rows up under the pointer, and the next click
    // chose another meeting. The ärendelista and the protokoll below take the room, or give it.
    SplitPane.setResizableWithParent(table, false);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().setAll(title, toolbar(), new UtskickBar(utskick, vm::reloadSelected, action -> UnsavedChanges.thenRun(this, this, action)), split);
    // the list read back after a change: "ändrad efter utskick" follows what the kallelse would now contain
    builder.viewModel().punkter().addListener((javafx.collections.ListChangeListener<Punktrad>) c -> utskick.load());
    vm.selectedProperty().addListener((o, was, now) -> {
      builder.viewModel().sammantradeProperty().set(now);
      protokoll.viewModel().sammantradeProperty().set(now);
      utskick.sammantradeProperty().set(now);
      if (now != null && now != table.getSelectionModel().getSelectedItem()) {
        table.getSelectionModel().select(now);
        RowAnchor.scrollToIfHidden(table, now, Sammantrade::id);
      }
    });
    protokoll.viewModel().justeratProperty().addListener((o, was, now) -> {
      Sammantrade s = vm.selectedProperty().get();
      if (now && s != null && s.status() != SammantradeStatus.JUSTERAT) {
        vm.reloadSelected(); // justerat just now: the meeting is locked, its list read-only
      }
    });
    vm.load();
    services.andringar().pa(java.util.Set.of("sammantrade", "arendepunkt", "protokoll", "kallelse_utskick",
        "protokoll_version"), vm::load);
  }

  /** The selected meeting's ärendelista (before the meeting) and protokoll (after it) side by side: decision 0070. */
  private TabPane tabs() {
    // wrapped: a Tab sets its content's disable, and the builder binds its own
    Tab lista = new Tab(Messages.get("protokoll.flik.lista"), new javafx.scene.layout.StackPane(builder));
    lista.setId("motenFlikLista");
    Tab prot = new Tab(Messages.get("protokoll.flik"), new javafx.scene.layout.StackPane(protokoll));
    prot.setId("motenFlikProtokoll");
    tabs.getTabs().setAll(lista, prot);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    se.namndbok.app.shared.TabKeys.install(tabs);
    return tabs;
  }

  /** Shows the selected meeting's protokoll tab. */
  public void showProtokoll() {
    tabs.getSelectionModel().select(1);
  }

  public ProtokollView protokoll() {
    return protokoll;
  }

  private HBox toolbar() {
    Button ny = new Button(Messages.get("moten.nytt"), new FontIcon(Material2AL.ADD));
    ny.setId("motenNytt");
    ny.getStyleClass().add(Styles.ACCENT);
    ny.setOnAction(e -> nyttSammantrade());
    Button skapa = kallelseButton("motenKallelse", "kallelse.skapa", Version.LEDAMOT);
    Button offentlig = kallelseButton("motenKallelseOffentlig", "kallelse.skapa.offentlig", Version.OFFENTLIG);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(12, ny, gap, skapa, offentlig);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private Button kallelseButton(String id, String key, Version version) {
    Button b = se.namndbok.app.shared.FocusWhileBusy.keep(new Button(Messages.get(key),
        new FontIcon(Material2MZ.PICTURE_AS_PDF)));
    b.setId(id);
    b.setAccessibleText(Messages.get(key));
    b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> vm.selectedProperty().get() == null || kallelse.running(), // every meeting, an utskott's too
        vm.selectedProperty(), kallelse.runningProperty()));
    b.setOnAction(e -> UnsavedChanges.thenRun(this, this,
        () -> kallelse.create(vm.selectedProperty().get(), version, Messages.get(key))));
    return b;
  }

  private TableView<Sammantrade> table() {
    table.setId("motenTable");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("nav.sammantraden"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    Label tomt = new Label();
    tomt.textProperty().bind(javafx.beans.binding.Bindings.when(vm.laddarProperty())
        .then(Messages.get("moten.laddar")).otherwise(Messages.get("moten.tomt")));
    table.setPlaceholder(tomt);
    table.getColumns().setAll(java.util.List.of(
        column("datum", s -> s.datum().toString(), 120),
        column("tid", s -> s.tid().toString(), 80),
        column("plats", Sammantrade::plats, -1),
        column("organ", vm::organ, 260),
        column("status", s -> s.status().text(), 120)));
    table.setItems(vm.moten());
    RowAnchor.install(table, Sammantrade::id);
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now == null || reverting || now.equals(vm.selectedProperty().get())) {
        return;
      }
      Sammantrade current = vm.selectedProperty().get();
      if (current != null && now.id() != current.id() && UnsavedChanges.any(guards())) {
        // another meeting chosen: what is typed in its editors is saved, discarded or kept (Avbryt)
        UnsavedChanges.check(guards(), UnsavedChanges.dialog(getScene().getWindow()),
            () -> vm.selectedProperty().set(now), () -> revertTo(current));
      } else {
        vm.selectedProperty().set(now);
      }
    });
    return table;
  }

  private static TableColumn<Sammantrade, String> column(String key, Function<Sammantrade, String> value, double width) {
    TableColumn<Sammantrade, String> c = new TableColumn<>(Messages.get("moten.kol." + key));
    c.setId("motenKol-" + key);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setCellFactory(col -> new TooltipCell<>());
    if (width > 0) {
      c.setMinWidth(width);
      c.setPrefWidth(width);
      c.setMaxWidth(width * 1.4);
    } else {
      c.setPrefWidth(400);
    }
    EntryForms.fitHeading(c);
    return c;
  }

  private void nyttSammantrade() {
    AppServices s = vm.services();
    var form = new NyttSammantradeViewModel(s.motesstandard(), s.sammantradesplan(), builder.executor(), vm.organ(),
        s.clock().today());
    form.load();
    new NyttSammantradeDialog(getScene().getWindow(), form, vm.organ()).showAndWait().ifPresent(vm::added);
  }

  @Override
  public boolean nytt() {
    nyttSammantrade();
    return true;
  }

  /** Redigera → Ångra: the ärendelista's last change, unless the meeting is locked. */
  @Override
  public boolean angra() {
    if (builder.viewModel().lockedProperty().get()) {
      return false;
    }
    builder.viewModel().undo();
    return true;
  }

  /** Redigera → Gör om: what Ångra undid in the ärendelista. */
  @Override
  public boolean gorOm() {
    if (builder.viewModel().lockedProperty().get()) {
      return false;
    }
    builder.viewModel().redo();
    return true;
  }

  @Override
  public boolean kanAngra() {
    return !builder.viewModel().lockedProperty().get() && builder.viewModel().history().canUndoProperty().get();
  }

  @Override
  public boolean kanGoraOm() {
    return !builder.viewModel().lockedProperty().get() && builder.viewModel().history().canRedoProperty().get();
  }

  /** The punkt editor's and the protokoll's unsaved input. */
  @Override
  public List<UnsavedChanges.Guard> guards() {
    List<UnsavedChanges.Guard> all = new java.util.ArrayList<>(builder.guards());
    all.addAll(protokoll.guards());
    return all;
  }

  private void revertTo(Sammantrade was) {
    reverting = true;
    javafx.application.Platform.runLater(() -> {
      table.getSelectionModel().select(was);
      reverting = false;
    });
  }

  public SammantradenViewModel viewModel() {
    return vm;
  }

  public MotesbyggareView builder() {
    return builder;
  }
}
