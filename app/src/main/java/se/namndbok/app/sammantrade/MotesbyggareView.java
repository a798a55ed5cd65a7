package se.namndbok.app.sammantrade;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.diarium.RegisterArendeDialog;
import se.namndbok.app.diarium.RegisterArendeViewModel;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Debouncer;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.RememberedSplit;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;

/**
 * The meeting builder: the ärendelista (drag or Alt+Upp/Alt+Ned to reorder, Delete to remove, Ctrl+Z to undo,
 * PDF files dropped onto an item attach), the selected item's editor and the live contents preview.
 */
public final class MotesbyggareView extends VBox implements UnsavedChanges.Source {
  private final AppServices services;
  private final TaskExecutor executor;
  private final MotesbyggareViewModel vm;
  private final PunktEditorViewModel editor;
  private final ListView<Punktrad> list = new ListView<>();
  private final PunktEditorView editorView;
  private boolean reverting;

  public MotesbyggareView(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.vm = new MotesbyggareViewModel(services, executor);
    this.editor = new PunktEditorViewModel(services, executor);
    editor.lockedProperty().bind(vm.lockedProperty());
    setId("motesbyggare");
    getStyleClass().add("detail-pane");
    this.editorView = new PunktEditorView(editor, vm, this::chooseAttachment);
    ScrollPane editorPane = new ScrollPane(editorView);
    editorPane.setFitToWidth(true);
    editorPane.setId("punktEditorScroll");
    VBox.setVgrow(editorPane, Priority.ALWAYS);
    SplitPane panes = new SplitPane(listPane(), preview(), new VBox(editorView.header(), editorPane));
    panes.setDividerPositions(0.26, 0.62);
    RememberedSplit.remember(panes, "motesbyggare", services.preferences());
    VBox.setVgrow(panes, Priority.ALWAYS);
    getChildren().setAll(title(), toolbar(), lockedNotice(), Forms.errorLabel("byggareError", vm.errorProperty()),
        panes);
    disableProperty().bind(vm.sammantradeProperty().isNull());
    vm.punkter().addListener((ListChangeListener<Punktrad>) c -> {
      Punktrad shown = editor.punktProperty().get();
      if (shown != null && vm.punkter().stream().anyMatch(p -> p.id() == shown.id())) {
        editor.refreshUnderlag(); // a removed item is not read again: its editor is emptied with the selection
      }
    });
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.SPARA_EDITOR.matches(e)) {
        editorView.save();
        e.consume();
      }
    });
    // a handler, not a filter: a text field's own Ctrl+Z (its typing) comes first and consumes the key
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      boolean undo = Shortcuts.ANGRA.matches(e);
      if (!vm.lockedProperty().get() && (undo || Shortcuts.GOR_OM.matches(e))) {
        Runnable step = undo ? vm::undo : vm::redo;
        step.run();
        e.consume();
      }
    });
    vm.selectedProperty().addListener((o, was, now) -> {
      editor.punktProperty().set(now);
      if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
        list.getSelectionModel().select(now);
        list.scrollTo(now);
      }
    });
  }

  private Label title() {
    Label title = new Label();
    title.getStyleClass().add("detail-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> vm.sammantradeProperty().get() == null
        ? Messages.get("byggare.valj") : Messages.format("byggare.rubrik", vm.sammantradeProperty().get().datum()),
        vm.sammantradeProperty()));
    return title;
  }

  /**
   * What the last change said (removed, restored, already on the list, "not PDF/A"), beside the buttons on one
   * line, the whole text in its tooltip: as a line of its own above the lists it pushed them down 26 px after
   * each removal, and a walk's next click landed on another punkt.
   */
  private Label notice() {
    Label notice = new Label();
    notice.setId("byggareNotice");
    notice.getStyleClass().add("muted");
    notice.textProperty().bind(vm.noticeProperty());
    notice.setMinWidth(0);
    notice.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(notice, Priority.ALWAYS);
    javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
    full.textProperty().bind(vm.noticeProperty());
    full.setWrapText(true);
    full.setMaxWidth(480);
    notice.tooltipProperty().bind(javafx.beans.binding.Bindings.when(notice.textProperty().isEmpty())
        .then((javafx.scene.control.Tooltip) null).otherwise(full));
    return notice;
  }

  /** Says why a justerat meeting's list cannot be changed, and where a correction is made. */
  private Label lockedNotice() {
    Label notice = new Label();
    notice.setId("byggareLast");
    notice.getStyleClass().add("muted");
    notice.setWrapText(true);
    notice.textProperty().bind(Bindings.createStringBinding(() -> vm.sammantradeProperty().get() == null ? ""
        : Messages.format("byggare.last", vm.sammantradeProperty().get().datum()), vm.sammantradeProperty()));
    notice.managedProperty().bind(vm.lockedProperty());
    notice.visibleProperty().bind(vm.lockedProperty());
    return notice;
  }

  private HBox toolbar() {
    MenuItem arende = item("byggareLaggTillArende", "byggare.lagg.arende", this::addArende);
    MenuItem nytt = item("byggareLaggTillNytt", "byggare.lagg.nytt", this::addNytt);
    MenuItem oppning = item("byggareLaggTillOppning", "byggare.lagg.oppning", vm::addOppning);
    MenuItem redovisning = item("byggareLaggTillRedovisning", "byggare.lagg.redovisning", vm::addRedovisning);
    MenuButton add = new MenuButton(Messages.get("byggare.lagg"), new FontIcon(Material2AL.ADD), arende, nytt,
        oppning, redovisning);
    add.setId("byggareLaggTill");
    Button up = button("byggareUpp", "byggare.upp", Material2AL.ARROW_UPWARD, () -> vm.moveUp(selected()));
    Button down = button("byggareNed", "byggare.ned", Material2AL.ARROW_DOWNWARD, () -> vm.moveDown(selected()));
    Button remove = button("byggareTaBort", "byggare.tabort", Material2AL.DELETE, () -> vm.remove(selected()));
    Button undo = button("byggareAngra", "byggare.angra", Material2MZ.UNDO, vm::undo);
    undo.disableProperty().bind(vm.canUndoProperty().not().or(vm.lockedProperty()));
    remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.lockedProperty()));
    // the first punkt cannot go up nor the last down: a button that does nothing said nothing either
    up.disableProperty().bind(remove.disableProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> selected() != null && selected().nummer() <= 1, vm.selectedProperty(), vm.punkter())));
    down.disableProperty().bind(remove.disableProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> selected() != null && selected().nummer() >= vm.punkter().size(), vm.selectedProperty(), vm.punkter())));
    add.disableProperty().bind(vm.lockedProperty());
    for (javafx.scene.control.Control c : List.of(add, up, down, remove, undo)) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the notice beside them gives way, not they
    }
    HBox bar = new HBox(8, add, up, down, remove, undo, notice());
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static MenuItem item(String id, String key, Runnable action) {
    MenuItem m = new MenuItem(Messages.get(key));
    m.setId(id);
    m.setOnAction(e -> action.run());
    return m;
  }

  private static Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
    Button b = new Button(Messages.get(key), new FontIcon(icon));
    b.setId(id);
    b.setAccessibleText(Messages.get(key));
    b.setOnAction(e -> action.run());
    return b;
  }

  private VBox listPane() {
    list.setId("punktLista");
    list.setAccessibleText(Messages.get("byggare.lista"));
    list.setAccessibleHelp(Messages.get("byggare.lista.tips"));
    list.setItems(vm.punkter());
    list.setCellFactory(l -> new PunktCell(vm));
    list.setPlaceholder(placeholder("byggare.tom")); // the list is a third of the area: the line wraps
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now == null || reverting || now.equals(vm.selectedProperty().get())) {
        return;
      }
      if (was != null && vm.selectedProperty().get() != null && now.id() != vm.selectedProperty().get().id()) {
        leave(() -> vm.selectedProperty().set(now), () -> revertTo(was));
      } else {
        vm.selectedProperty().set(now);
      }
    });
    list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    Label caption = new Label(Messages.get("byggare.lista"));
    caption.getStyleClass().add("section-title");
    Label tips = new Label(Messages.get("byggare.lista.tips"));
    tips.getStyleClass().add("muted");
    Forms.wrapping(tips);
    tips.setMinHeight(Region.USE_PREF_SIZE);
    tips.setId("byggareTips");
    // a justerat meeting's list cannot be dragged or dropped on: the hint would promise what is refused
    tips.managedProperty().bind(vm.lockedProperty().not());
    tips.visibleProperty().bind(tips.managedProperty());
    VBox.setVgrow(list, Priority.ALWAYS);
    return new VBox(6, caption, list, tips);
  }

  private void keys(KeyEvent e) {
    Punktrad r = selected();
    if (r == null || vm.lockedProperty().get()) {
      return;
    }
    if (e.isAltDown() && e.getCode() == KeyCode.UP) {
      vm.moveUp(r);
    } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
      vm.moveDown(r);
    } else if (e.getCode() == KeyCode.DELETE) {
      vm.remove(r);
    } else {
      return;
    }
    e.consume();
  }

  private VBox preview() {
    TableView<Innehallsrad> table = new TableView<>(vm.innehall());
    table.setId("innehallTable");
    table.setAccessibleText(Messages.get("byggare.innehall"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(placeholder("byggare.innehall.tom"));
    TableColumn<Innehallsrad, String> punkt = new TableColumn<>(Messages.get("byggare.innehall.punkt"));
    punkt.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(c.getValue().punkt())));
    punkt.setMinWidth(56);
    punkt.setMaxWidth(64);
    TableColumn<Innehallsrad, String> rubrik = new TableColumn<>(Messages.get("byggare.innehall.rubrik"));
    rubrik.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rubrik()));
    rubrik.setCellFactory(c -> new se.namndbok.app.shared.WrappingCell<>());
    TableColumn<Innehallsrad, String> nr = new TableColumn<>(Messages.get("byggare.innehall.arendenr"));
    nr.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().arendenummer()));
    nr.setMinWidth(150);
    nr.setMaxWidth(170);
    table.getColumns().setAll(java.util.List.of(punkt, rubrik, nr));
    table.setSortPolicy(t -> false);
    // the preview follows the punkt chosen in the list: its row marked and scrolled into view, so a punkt just
    // added at the end is seen in the contents too
    Runnable follow = () -> {
      Punktrad p = selected();
      Innehallsrad row = p == null ? null
          : vm.innehall().stream().filter(r -> r.id() == p.id()).findFirst().orElse(null);
      if (row == null) {
        table.getSelectionModel().clearSelection();
      } else {
        table.getSelectionModel().select(row);
        se.namndbok.app.shared.RowAnchor.scrollToIfHidden(table, row, Innehallsrad::punkt);
      }
    };
    vm.selectedProperty().addListener(o -> follow.run());
    vm.innehall().addListener((ListChangeListener<Innehallsrad>) c -> follow.run());
    Label caption = new Label(Messages.get("byggare.innehall"));
    caption.getStyleClass().add("section-title");
    VBox.setVgrow(table, Priority.ALWAYS);
    return new VBox(6, caption, table);
  }

  private Punktrad selected() {
    return vm.selectedProperty().get();
  }

  private void addArende() {
    var sok = new ArendeSokViewModel(services.arenden(), executor, Debouncer.fx(javafx.util.Duration.millis(200)));
    new ArendeSokDialog(getScene().getWindow(), sok).showAndWait().ifPresent(vm::addArenden);
  }

  private void addNytt() {
    var mote = vm.sammantradeProperty().get();
    if (mote == null) {
      return;
    }
    var form = new RegisterArendeViewModel(vm::addNyttArende, services.clock(), executor);
    form.withDraft(services.drafts(), "arende-ny-sammantrade-" + mote.id(), () -> Messages.format(
        "utkast.vad.arende.sammantrade", Messages.quoted(form.rubrikProperty().get()), mote.datum())).withSuggestions(
            services.arenden()::varden);
    new RegisterArendeDialog(getScene().getWindow(), form).showAndWait().ifPresent(a -> vm.showAdded());
  }

  private void chooseAttachment() {
    Punktrad r = selected();
    if (r == null) {
      return;
    }
    services.fileDialogs().open(getScene().getWindow(), Messages.get("editor.bifoga"), null,
        java.util.List.of(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"))).ifPresent(file -> vm.attach(r, file));
  }

  /** The punkt editor, with unsaved input asked about before it is replaced. */
  @Override
  public java.util.List<UnsavedChanges.Guard> guards() {
    Punktrad r = editor.punktProperty().get();
    String what = r == null ? Messages.get("editor.valj") : Messages.format("osparat.punkt", r.namn());
    return java.util.List.of(UnsavedChanges.guard(what, editor.dirtyProperty(), done -> editor.save(saved -> {
      done.accept(true);
      vm.reload(null);
    }, () -> done.accept(false)), editor::discard));
  }

  /** Another punkt chosen: {@code proceed} once the editor's input is saved or discarded, {@code stay} on Avbryt. */
  void leave(Runnable proceed, Runnable stay) {
    UnsavedChanges.check(guards(), UnsavedChanges.dialog(getScene() == null ? null : getScene().getWindow()), proceed,
        stay);
  }

  private void revertTo(Punktrad was) {
    reverting = true;
    javafx.application.Platform.runLater(() -> {
      list.getSelectionModel().select(was);
      reverting = false;
    });
  }

  public MotesbyggareViewModel viewModel() {
    return vm;
  }

  TaskExecutor executor() {
    return executor;
  }

  /**
   * What an empty list or table of the builder says, wrapped and centred in its narrow column: while the meeting's
   * list is being read, that it is.
   */
  private Label placeholder(String key) {
    Label label = Forms.wrapping(new Label());
    label.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
        .then(Messages.get("byggare.laddar")).otherwise(Messages.get(key)));
    label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    label.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
    return label;
  }
}
