package se.namndbok.app.ejverkstallda;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TooltipCell;
import se.namndbok.app.shared.OutputFiles;
import se.namndbok.app.shared.OutputNotice;
import se.namndbok.app.shared.RememberedSplit;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Tabell;

/** The Statistik area: law and quarter, the table with totals, the status text, the trend, import, fastställ, export. */
public final class StatistikView extends VBox implements se.namndbok.app.shared.AreaCommands {
  private final StatistikViewModel vm;
  private final IvoTabell ivoTabell;
  private final AppServices services;
  private final XYChart.Series<String, Number> serie = new XYChart.Series<>();

  public StatistikView(AppServices services, TaskExecutor executor) {
    this.vm = new StatistikViewModel(services.core(), executor);
    this.services = services;
    setId("statistikView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.statistik"));
    title.getStyleClass().add("area-title");
    BeslutFormViewModel form = new BeslutFormViewModel(services.core().beslut(), services.core().clock(), executor)
        .withDrafts(services.drafts());
    ivoTabell = new IvoTabell(vm, form, services);
    TabPane flikar = new TabPane(flik("statistik.flik.tabell", tabell()), flik("ivo.flik", ivoTabell));
    flikar.setId("statistikFlikar");
    se.namndbok.app.shared.TabKeys.install(flikar);
    VBox hoger = hoger();
    SplitPane split = new SplitPane(flikar, hoger);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.55);
    RememberedSplit.remember(split, "statistik", services.preferences());
    visaBredvid(flikar, split, hoger);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().setAll(title, verktyg(), statusrad(), underlagVarning(), avvikelser(), split);
    vm.trend().addListener((javafx.collections.ListChangeListener<Jamforelse>) c -> ritaTrend());
    vm.ladda();
    // an import is heard by itself too: a colleague's unchanged file changes no decision but is the newest import
    services.andringar().pa(java.util.Set.of("gynnande_beslut", "fryst_rapport", "insats",
        se.namndbok.core.ejverkstallda.BeslutInlasning.ENTITET), vm::ladda);
  }

  /** Ctrl+N: "Nytt beslut", as F1 says ("Nytt i området: … beslut"), from whichever tab is shown. */
  @Override
  public boolean nytt() {
    ivoTabell.nytt();
    return true;
  }

  private HBox verktyg() {
    ChoiceBox<Lag> lag = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(Lag.values()));
    lag.setId("statistikLag");
    lag.setAccessibleText(Messages.get("statistik.lag"));
    lag.valueProperty().bindBidirectional(vm.lagProperty());
    ComboBox<se.namndbok.core.ejverkstallda.Kvartal> kvartal = new ComboBox<>(vm.kvartalen());
    kvartal.setId("statistikKvartal");
    kvartal.setAccessibleText(Messages.get("statistik.kvartal"));
    kvartal.valueProperty().bindBidirectional(vm.kvartalProperty());
    // once its list has been open the box took the list's width (with its scroll bar) and pushed the buttons
    // beside it to the right, under the pointer
    kvartal.setPrefWidth(130);
    kvartal.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Button importera = new Button(Messages.get("statistik.importera"), new FontIcon(Material2AL.FILE_UPLOAD));
    importera.setId("statistikImport");
    importera.setOnAction(e -> importera());
    Button faststall = new Button(Messages.get("statistik.faststall"), new FontIcon(Material2AL.LOCK));
    faststall.setId("statistikFaststall");
    faststall.getStyleClass().add(Styles.ACCENT);
    faststall.disableProperty().bind(vm.kanFaststallasProperty().not().or(vm.arbetarProperty()));
    faststall.setOnAction(e -> faststall());
    MenuButton exportera = new MenuButton(Messages.get("statistik.exportera"), new FontIcon(Material2MZ.SAVE_ALT));
    exportera.setId("statistikExport");
    for (StatistikFormat f : StatistikFormat.values()) {
      MenuItem item = new MenuItem(Messages.get("statistik.format." + f.filandelse()));
      item.setId("statistikExport-" + f.filandelse());
      item.setOnAction(e -> exportera(f));
      exportera.getItems().add(item);
    }
    HBox bar = new HBox(12, new Label(Messages.get("statistik.lag")), lag, new Label(Messages.get("statistik.kvartal")),
        kvartal, importera, faststall, exportera);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /**
   * Whether the shown report is fastställd, and under it the last action's message (an import's result, or a
   * refused file line by line) across the whole width: side by side, a long message squeezed the status to "…".
   */
  private VBox statusrad() {
    Label faststalld = new Label();
    faststalld.setId("statistikFaststalld");
    faststalld.textProperty().bind(vm.faststalldProperty());
    ProgressBar progress = new ProgressBar();
    progress.setId("statistikProgress");
    progress.progressProperty().bind(vm.progressProperty());
    progress.visibleProperty().bind(vm.arbetarProperty());
    progress.managedProperty().bind(vm.arbetarProperty());
    Label meddelande = new Label();
    meddelande.setId("statistikMeddelande");
    Forms.wrapping(meddelande);
    meddelande.textProperty().bind(vm.meddelandeProperty());
    faststalld.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label underlag = new Label();
    underlag.setId("statistikUnderlag");
    underlag.getStyleClass().add(Styles.TEXT_MUTED);
    underlag.textProperty().bind(vm.underlagProperty());
    Forms.wrapping(underlag); // on a narrow window a second line rather than "…"
    underlag.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(underlag, Priority.ALWAYS);
    HBox rad = new HBox(12, faststalld, underlag, progress);
    rad.setAlignment(Pos.CENTER_LEFT);
    Button allaFel = new Button(Messages.get("statistik.import.allafel"));
    allaFel.setId("statistikAllaFel");
    allaFel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.importFel()));
    allaFel.managedProperty().bind(allaFel.visibleProperty());
    allaFel.setOnAction(e -> se.namndbok.app.shared.ImportErrorsDialog.show(getScene().getWindow(),
        List.copyOf(vm.importFel())));
    Button stang = new Button(null, new FontIcon(Material2AL.CLOSE));
    stang.setId("statistikMeddelandeStang");
    stang.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
    stang.setAccessibleText(Messages.get("statistik.meddelande.stang"));
    stang.setTooltip(new javafx.scene.control.Tooltip(Messages.get("statistik.meddelande.stang")));
    stang.setOnAction(e -> vm.stangMeddelande());
    HBox.setHgrow(meddelande, Priority.ALWAYS);
    meddelande.setMaxWidth(Double.MAX_VALUE);
    HBox meddelandeRad = new HBox(8, meddelande, allaFel, stang);
    meddelandeRad.setAlignment(Pos.TOP_LEFT);
    meddelandeRad.visibleProperty().bind(vm.meddelandeProperty().isNotEmpty());
    meddelandeRad.managedProperty().bind(meddelandeRad.visibleProperty());
    addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !vm.meddelandeProperty().get().isEmpty()) {
        vm.stangMeddelande();
        e.consume();
      }
    });
    return new VBox(4, rad, meddelandeRad);
  }

  private static Tab flik(String key, javafx.scene.Node content) {
    Tab tab = new Tab(Messages.get(key), content);
    tab.setClosable(false);
    return tab;
  }

  /** The warning that the last file's data end before the shown quarter does; hidden when they reach its end. */
  private Label underlagVarning() {
    Label notis = varning("statistikUnderlagVarning", vm.underlagVarningProperty().isNotEmpty());
    notis.textProperty().bind(vm.underlagVarningProperty());
    return notis;
  }

  /** The notice that today's data differ from the fastställd report, insats by insats; hidden when they agree. */
  private Label avvikelser() {
    Label notis = varning("statistikAvvikelser", vm.avvikelseTextProperty().isNotEmpty());
    notis.textProperty().bind(vm.avvikelseTextProperty());
    return notis;
  }

  /** A warning across the area's width, taking no room while {@code visas} is false. */
  private static Label varning(String id, javafx.beans.value.ObservableBooleanValue visas) {
    Label notis = new Label();
    notis.setId(id);
    notis.getStyleClass().addAll(Styles.WARNING, "avvikelse-notis");
    Forms.wrapping(notis);
    notis.setGraphic(new FontIcon(Material2MZ.WARNING));
    notis.visibleProperty().bind(visas);
    notis.managedProperty().bind(notis.visibleProperty());
    return notis;
  }

  private TableView<Tabell.Rad> tabell() {
    TableView<Tabell.Rad> table = new TableView<>(vm.rader());
    table.setId("statistikTabell");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("statistik.tabell"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setSortPolicy(t -> false);
    TableColumn<Tabell.Rad, String> insats = kolumn("insats", Tabell.Rad::etikett);
    insats.setMinWidth(180);
    insats.setPrefWidth(320);
    insats.setCellFactory(col -> new TooltipCell<>());
    table.getColumns().setAll(List.of(insats, tal("kvinnor", 0), tal("man", 1), tal("summa", 2)));
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(Tabell.Rad rad, boolean empty) {
        super.updateItem(rad, empty);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("summa"), !empty && rad != null && rad.summa());
      }
    });
    return table;
  }

  private static TableColumn<Tabell.Rad, String> tal(String key, int index) {
    TableColumn<Tabell.Rad, String> c = kolumn(key, r -> Integer.toString(r.varden().get(index)));
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setMinWidth(82);
    c.setPrefWidth(82);
    c.setMaxWidth(110);
    return c;
  }

  private static TableColumn<Tabell.Rad, String> kolumn(String key, Function<Tabell.Rad, String> value) {
    TableColumn<Tabell.Rad, String> c = new TableColumn<>(Messages.get("statistik.kol." + key));
    c.setId("statistikKol-" + key);
    EntryForms.fitHeading(c);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }

  /**
   * The trend and the texts beside the tabs are the report's: with the IVO list shown they give way, and its ten
   * columns get the area's whole width (beside them they scrolled sideways at 1366×768). Back on the report, they
   * come back where the user last had the divider.
   */
  private static void visaBredvid(TabPane flikar, SplitPane split, VBox hoger) {
    double[] delning = {0.55};
    flikar.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
      boolean ivo = now.intValue() == 1;
      if (ivo && split.getItems().contains(hoger)) {
        delning[0] = split.getDividerPositions()[0];
        split.getItems().remove(hoger);
      } else if (!ivo && !split.getItems().contains(hoger)) {
        split.getItems().add(hoger);
        split.setDividerPositions(delning[0]);
      }
    });
  }

  private VBox hoger() {
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelRotation(0);
    x.setAutoRanging(true);
    NumberAxis y = new NumberAxis();
    y.setLabel(Messages.get("statistik.trend.axel"));
    BarChart<String, Number> chart = new BarChart<>(x, y);
    chart.setId("statistikTrend");
    chart.setTitle(Messages.get("statistik.trend"));
    chart.setLegendVisible(false);
    chart.setAnimated(false);
    chart.getData().add(serie);
    chart.setMinHeight(260);
    chart.setPrefHeight(280);
    ListView<String> status = new ListView<>(vm.status());
    status.setCellFactory(l -> new RadbrytandeCell());
    status.setId("statistikStatus");
    status.setAccessibleText(Messages.get("statistik.status"));
    Label rubrik = new Label(Messages.get("statistik.status"));
    rubrik.getStyleClass().add(Styles.TEXT_BOLD);
    VBox.setVgrow(status, Priority.ALWAYS);
    return new VBox(8, chart, rubrik, status);
  }

  private void ritaTrend() {
    serie.getData().setAll(vm.trend().stream().map(j -> new XYChart.Data<String, Number>(
        j.kvartal() + (j.fryst() ? "\n" + Messages.get("statistik.fryst") : ""), j.summa())).toList());
  }

  /** A status line that wraps at the list's width instead of being cut. */
  private static final class RadbrytandeCell extends javafx.scene.control.ListCell<String> {
    private final Label text = new Label();

    RadbrytandeCell() {
      text.setWrapText(true);
      text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      text.maxWidthProperty().bind(widthProperty().subtract(24));
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      text.setText(empty || item == null ? "" : item);
      // each insats's paragraph set off from the one before, its points indented under it
      boolean punkt = item != null && item.startsWith("•");
      text.setPadding(new javafx.geometry.Insets(punkt || getIndex() <= 0 ? 0 : 8, 0, 0, punkt ? 12 : 0));
      setGraphic(empty ? null : text);
    }

    /**
     * As high as the text wrapped at {@code width}, the width the list is about to give the row: the text's own
     * width still followed the row's previous width then, so a one-line status line could get a two-line row.
     */
    @Override
    protected double computePrefHeight(double width) {
      if (getGraphic() == null || width <= 0) {
        return super.computePrefHeight(width);
      }
      return snappedTopInset() + text.prefHeight(Math.max(0, width - 24)) + snappedBottomInset();
    }
  }

  private void importera() {
    services.fileDialogs().open(getScene().getWindow(), Messages.get("statistik.importera"), null,
        List.of(new FileChooser.ExtensionFilter(Messages.get("import.csvfiler"), "*.csv"))).ifPresent(vm::importera);
  }

  private void faststall() {
    String lag = vm.lagProperty().get().kod();
    String kvartal = vm.kvartalProperty().get().toString();
    String varning = vm.underlagVarningProperty().get();
    String fraga = varning.isEmpty() ? Messages.format("statistik.faststall.fraga", lag, kvartal)
        : Messages.format("statistik.faststall.fraga.varning", lag, kvartal, varning);
    if (se.namndbok.app.shared.Oaterkalleligt.bekraftat(getScene().getWindow(), "faststallDialog",
        Messages.get("statistik.faststall"), fraga, Messages.get("statistik.faststall"))) {
      vm.faststall();
    }
  }

  private void exportera(StatistikFormat f) {
    String name = "statistik-" + vm.lagProperty().get().kod() + "-" + vm.kvartalProperty().get() + "." + f.filandelse();
    OutputFiles.ask(services, getScene().getWindow(), Messages.get("statistik.exportera"), name,
        new FileChooser.ExtensionFilter(f.filandelse().toUpperCase(java.util.Locale.ROOT), "*." + f.filandelse()))
        .ifPresent(file -> vm.exportera(f, file, written -> OutputNotice.OutputEvent.fire(this,
            Messages.get("statistik.klar"), written, List.of())));
  }

  public StatistikViewModel viewModel() {
    return vm;
  }
}
