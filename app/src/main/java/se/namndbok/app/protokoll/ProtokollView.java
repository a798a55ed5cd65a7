package se.namndbok.app.protokoll;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.reports.sekretess.Version;

/**
 * The protokoll of the selected meeting, as a tab beside its ärendelista in the Sammanträden area: attendance,
 * the protokoll's details, beslut per §, justering and anslag, and the PDF buttons. Read-only once justerat.
 */
public final class ProtokollView extends ScrollPane implements se.namndbok.app.shared.UnsavedChanges.Source {
  private final ProtokollViewModel vm;
  private final ProtokollExportViewModel export;
  private final ProtokollActions actions;
  private final VBox narvaroRows = new VBox(4);
  private final VBox paragrafRows = new VBox(12);
  private final BooleanBinding locked;
  private final RattelseViewModel rattelse;

  /**
   * "Protokoll Socialnämnden 2025-09-25 version 3 offentligt.pdf", as the other documents are named (it was
   * "Protokoll version 3 offentlig.pdf", saved wherever the last file dialog had been).
   */
  private String versionFil(AppServices services, se.namndbok.core.protokoll.ProtokollVersion v, boolean offentlig) {
    var s = vm.sammantradeProperty().get();
    return Messages.get("protokoll.fil") + " " + se.namndbok.app.shared.MeetingDocumentViewModel.organ(services, s)
        + " " + s.datum() + " " + Messages.format("utskick.fil", v.version())
        + (offentlig ? " " + Messages.get("protokoll.fil.offentlig") : "") + ".pdf";
  }

  public ProtokollView(AppServices services, TaskExecutor executor) {
    this.vm = new ProtokollViewModel(services, executor);
    this.export = new ProtokollExportViewModel(services, executor);
    this.actions = new ProtokollActions(services, export, new ProtokollsutdragViewModel(services, executor), this);
    this.locked = vm.justeratProperty().or(vm.underlagProperty().isNull());
    this.rattelse = new RattelseViewModel(services.core().justeratProtokoll(), services.database(), executor);
    setId("protokollView");
    setFitToWidth(true);
    VBox content = new VBox(16, titleRow(),
        Forms.noticeLabel("protokollAterstallt", vm.aterstalltProperty()),
        Forms.errorLabel("protokollError", vm.errors().general()), narvaroSection(), uppgifterSection(),
        paragrafSection(), new RattelsePane(rattelse, vm.paragrafer(), vm.justeratProperty(), vm::load,
            (v, offentlig) -> se.namndbok.app.shared.OutputFiles.ask(services, getScene().getWindow(),
                Messages.get(offentlig ? "rattelse.spara.offentlig" : "rattelse.spara"),
                versionFil(services, v, offentlig), new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"))),
        anslagSection());
    content.setPadding(new Insets(8));
    setContent(content);
    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (se.namndbok.app.shared.Shortcuts.SPARA_EDITOR.matches(e)) {
        guards().stream().filter(g -> g.dirty().get()).forEach(g -> g.save(ok -> { }));
        e.consume();
      }
    });
    vm.underlagProperty().addListener((o, was, now) -> {
      rebuild();
      if (now != null) {
        rattelse.load(now.sammantrade().id());
      }
    });
  }

  private Node titleRow() {
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(Bindings.createStringBinding(() -> vm.sammantradeProperty().get() == null
        ? Messages.get("protokoll.valj") : Messages.format("protokoll.rubrik", vm.sammantradeProperty().get().datum(),
        vm.statusProperty().get()), vm.sammantradeProperty(), vm.statusProperty()));
    Button justera = new Button(Messages.get("protokoll.justera"));
    justera.setId("protokollJustera");
    // nothing to justera before the protokoll exists (its details create it)
    justera.disableProperty().bind(locked.or(Bindings.createBooleanBinding(() -> vm.underlagProperty().get() == null
        || vm.underlagProperty().get().protokoll() == null, vm.underlagProperty())));
    justera.setOnAction(e -> se.namndbok.app.shared.UnsavedChanges.thenRun(this, this, () -> {
      if (actions.confirmJustera(vm.sammantradeProperty().get())) {
        vm.justera();
      }
    }));
    return EntryForms.titleRow(title, justera, pdfButton("protokollSkapa", "protokoll.skapa", Version.LEDAMOT),
        pdfButton("protokollSkapaOffentligt", "protokoll.skapa.offentligt", Version.OFFENTLIG));
  }

  private Button pdfButton(String id, String key, Version version) {
    Button b = se.namndbok.app.shared.FocusWhileBusy.keep(new Button(Messages.get(key),
        new FontIcon(Material2MZ.PICTURE_AS_PDF)));
    b.setId(id);
    b.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.exporterbart() || export.runningProperty().get(),
        vm.underlagProperty(), export.runningProperty()));
    b.setOnAction(e -> se.namndbok.app.shared.UnsavedChanges.thenRun(this, this,
        () -> actions.create(vm.sammantradeProperty().get(), version)));
    return b;
  }

  private Node narvaroSection() {
    Button spara = saveButton("protokollSparaNarvaro", "protokoll.narvaro.spara");
    spara.setOnAction(e -> vm.sparaNarvaro());
    return section("protokoll.narvaro", narvaroRows,
        Forms.errorLabel("protokollNarvaroError", vm.errors().get("Närvaro")),
        new FlowPane(12, 8, spara, osparad("protokollNarvaroOsparad", vm.narvaroOsparadProperty())));
  }

  private Node uppgifterSection() {
    GridPane grid = new GridPane(16, 4);
    grid.add(Forms.textField("protokollSekreterare", Messages.get("protokoll.sekreterare"), "",
        vm.sekreterareProperty(), vm.errors().get("Sekreterare")), 0, 0);
    grid.add(justerare("protokollJusterare1", "protokoll.justerare1", vm.justerare1Property(), "Justerare"), 1, 0);
    grid.add(justerare("protokollJusterare2", "protokoll.justerare2", vm.justerare2Property(), "Justerare 2"), 2, 0);
    grid.add(EntryForms.dateField("protokollJusteringsdatum", Messages.get("protokoll.justeringsdatum"),
        vm.justeringsdatumProperty(), vm.errors().get("Justeringens datum"), TypedDate.YearOmitted.ON_OR_AFTER,
        vm::motesdatum), 0, 1);
    grid.add(Forms.textField("protokollJusteringsplats", Messages.get("protokoll.justeringsplats"), "",
        vm.justeringsplatsProperty(), vm.errors().get("Justeringens plats")), 1, 1, 2, 1);
    TextArea ovriga = Forms.tabLeaves(new TextArea());
    ovriga.setId("protokollOvriga");
    ovriga.setPrefRowCount(2);
    ovriga.textProperty().bindBidirectional(vm.ovrigaNarvarandeProperty());
    ovriga.disableProperty().bind(locked);
    grid.add(Forms.labelled(ovriga, Messages.get("protokoll.ovriga"), vm.errors().get("Övriga närvarande")), 0, 2, 3, 1);
    VBox start = Forms.textField("protokollStarttid", Messages.get("protokoll.starttid"), "", vm.starttidProperty(),
        vm.errors().get("Började kl."));
    // left empty, the protokoll prints the meeting's own time: the prompt shows that time, not an example
    ((TextField) start.lookup("#protokollStarttid")).promptTextProperty().bind(Bindings.createStringBinding(
        () -> vm.sammantradeProperty().get() == null || vm.sammantradeProperty().get().tid() == null
            ? Messages.get("protokoll.tid.format") : vm.sammantradeProperty().get().tid().toString(),
        vm.sammantradeProperty()));
    grid.add(start, 0, 3);
    grid.add(Forms.textField("protokollSluttid", Messages.get("protokoll.sluttid"), Messages.get("protokoll.tid.format"),
        vm.sluttidProperty(), vm.errors().get("Slutade kl.")), 1, 3);
    TextArea ajourneringar = Forms.tabLeaves(new TextArea());
    ajourneringar.setId("protokollAjourneringar");
    ajourneringar.setPrefRowCount(2);
    ajourneringar.textProperty().bindBidirectional(vm.ajourneringarProperty());
    ajourneringar.editableProperty().bind(locked.not()); // locked as the other texts are: read-only, not disabled
    grid.add(Forms.labelled(ajourneringar, Messages.get("protokoll.ajourneringar"), vm.errors().get("Ajourneringar")),
        2, 3);
    CheckBox inledning = new CheckBox(Messages.get("protokoll.inledning"));
    inledning.setId("protokollInledning");
    inledning.setWrapText(true);
    inledning.selectedProperty().bindBidirectional(vm.inledningProperty());
    inledning.disableProperty().bind(locked);
    grid.add(inledning, 0, 4, 3, 1);
    CheckBox minnes = new CheckBox(Messages.get("protokoll.minnesanteckningar"));
    minnes.setId("protokollMinnesanteckningar");
    minnes.setWrapText(true);
    minnes.selectedProperty().bindBidirectional(vm.minnesanteckningarProperty());
    minnes.disableProperty().bind(locked);
    // Added in the order shown: Tab follows the order of the grid's children, not its rows.
    grid.add(Forms.textField("protokollArendelista", Messages.get("protokoll.arendelista"), "",
        vm.arendelistaAndringProperty(), vm.errors().get("Ärendelistan")), 0, 5, 3, 1);
    grid.add(minnes, 0, 6, 3, 1);
    grid.getChildren().forEach(n -> GridPane.setHgrow(n, Priority.ALWAYS));
    // the fields spanning all three columns made the last one (Justerare 2) three times the first; the last keeps
    // a little more, for Ajourneringar's label at 125 % scaling
    for (double percent : new double[] {30, 30, 40}) {
      javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
      column.setPercentWidth(percent);
      grid.getColumnConstraints().add(column);
    }
    lock(grid);
    grid.lookupAll("#protokollJusteringsdatumPicker").forEach(n -> n.disableProperty().bind(locked));
    Button spara = saveButton("protokollSparaUppgifter", "protokoll.uppgifter.spara");
    spara.setOnAction(e -> vm.sparaUppgifter());
    return section("protokoll.uppgifter", grid, new Label(Messages.get("protokoll.uppgifter.tips")),
        new FlowPane(12, 8, spara, osparad("protokollUppgifterOsparad", vm.uppgifterState().dirtyProperty())));
  }

  private Node justerare(String id, String key, javafx.beans.property.ObjectProperty<Person> value, String field) {
    ComboBox<Person> box = se.namndbok.app.shared.OptionalChoice.of(new ComboBox<>(), vm.justerareVal());
    box.setId(id);
    box.valueProperty().bindBidirectional(value);
    box.disableProperty().bind(locked);
    return Forms.labelled(box, Messages.get(key), vm.errors().get(field));
  }

  private Node paragrafSection() {
    return section("protokoll.paragrafer", paragrafRows,
        Forms.errorLabel("protokollParagrafError", vm.errors().get("Paragraf")), null);
  }

  private Node anslagSection() {
    Label nedtagning = new Label();
    nedtagning.setId("protokollNedtagning");
    nedtagning.textProperty().bind(vm.nedtagningProperty());
    Button anslag = new Button(Messages.get("protokoll.anslag.spara"));
    anslag.setId("protokollAnslag");
    anslag.disableProperty().bind(vm.justeratProperty().not());
    anslag.setOnAction(e -> vm.anslag());
    HBox row = new HBox(12, EntryForms.dateField("protokollAnslagsdatum", Messages.get("protokoll.anslagsdatum"),
        vm.anslagsdatumProperty(), vm.errors().get("Anslagsdatum"), TypedDate.YearOmitted.ON_OR_AFTER,
        vm::motesdatum), anslag, nedtagning); // the button before the text a valid date brings: it stays put
    row.setAlignment(Pos.CENTER_LEFT);
    Node plats = Forms.textField("protokollForvaringsplats", Messages.get("protokoll.forvaringsplats"), "",
        vm.forvaringsplatsProperty(), vm.errors().get("Förvaringsplats"));
    plats.disableProperty().bind(vm.justeratProperty().not());
    Label varningar = new Label();
    varningar.setId("protokollAnslagVarningar");
    varningar.getStyleClass().add(Styles.WARNING);
    Forms.wrapping(varningar);
    varningar.textProperty().bind(vm.varningarProperty());
    Label tips = new Label(Messages.get("protokoll.anslag.tips"));
    Forms.wrapping(tips);
    return section("protokoll.anslag", new VBox(8, row, plats, varningar), tips, null);
  }

  private VBox section(String key, Node body, Node message, Node save) {
    Label heading = new Label(Messages.get(key));
    heading.getStyleClass().add(Styles.TITLE_4);
    VBox box = new VBox(8, heading, body, message);
    if (save != null) {
      box.getChildren().add(save);
    }
    return box;
  }

  private Button saveButton(String id, String key) {
    Button b = new Button(Messages.get(key));
    b.setId(id);
    b.getStyleClass().add(Styles.ACCENT);
    b.disableProperty().bind(locked);
    return b;
  }

  /**
   * The rows made anew from the view model (after every save and every reload). The focus stays where it was:
   * the new row's control with the same id gets it, since the old one leaves the scene — without this a keyboard
   * user who pressed "Spara beslutet" landed in the side menu, where the next Space opened the diarium.
   */
  private void rebuild() {
    String focused = focusedId();
    narvaroRows.getChildren().setAll(vm.narvaro().stream().map(this::narvaroRow).toList());
    paragrafRows.getChildren().setAll(vm.paragrafer().stream().map(this::paragrafRow).toList());
    if (focused != null) {
      Node again = lookup("#" + focused);
      if (again != null) {
        again.requestFocus();
      }
    }
  }

  /** The id of the row control that has the focus (or holds it, as a combo box its editor); null otherwise. */
  private String focusedId() {
    if (getScene() == null) {
      return null;
    }
    for (Node n = getScene().getFocusOwner(); n != null && n != this; n = n.getParent()) {
      if (n.getId() != null && (isInside(n, narvaroRows) || isInside(n, paragrafRows))) {
        return n.getId();
      }
    }
    return null;
  }

  private static boolean isInside(Node n, Node container) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  /** Every control of a row has an id by its person, so that the focus finds it again when the rows are made anew. */
  private Node narvaroRow(NarvaroRad r) {
    long id = r.person().id();
    Label namn = new Label(r.namn() + (r.ersattare() ? " (" + Messages.get("protokoll.ersattare") + ")" : ""));
    namn.setPrefWidth(260);
    CheckBox narvarande = new CheckBox(Messages.get("protokoll.narvarande"));
    narvarande.setId("protokollNarvarande-" + id);
    narvarande.selectedProperty().bindBidirectional(r.narvarandeProperty());
    narvarande.setAccessibleText(Messages.format("protokoll.narvarande.om", r.namn()));
    HBox row = new HBox(12, namn, narvarande);
    if (r.ersattare()) {
      ComboBox<Person> forWhom = se.namndbok.app.shared.OptionalChoice.of(new ComboBox<>(), vm.ordinarie());
      forWhom.setId("protokollTjanstgor-" + id);
      forWhom.setPromptText(Messages.get("protokoll.tjanstgor"));
      forWhom.setAccessibleText(Messages.format("protokoll.tjanstgor.om", r.namn()));
      forWhom.valueProperty().bindBidirectional(r.tjanstgorForProperty());
      row.getChildren().add(forWhom);
    }
    TextField lamnade = new TextField();
    lamnade.setId("protokollLamnade-" + id);
    lamnade.setPromptText(Messages.get("protokoll.lamnade"));
    lamnade.setAccessibleText(Messages.format("protokoll.lamnade.om", r.namn()));
    lamnade.setPrefColumnCount(7);
    lamnade.setMinWidth(TextField.USE_PREF_SIZE);
    lamnade.textProperty().bindBidirectional(r.lamnadeProperty());
    row.setAlignment(Pos.CENTER_LEFT);
    TextField ankom = new TextField();
    ankom.setId("protokollAnkom-" + id);
    ankom.setPromptText(Messages.get("protokoll.ankom"));
    ankom.setAccessibleText(Messages.format("protokoll.ankom.om", r.namn()));
    ankom.setPrefColumnCount(7);
    ankom.setMinWidth(TextField.USE_PREF_SIZE);
    ankom.textProperty().bindBidirectional(r.ankomProperty());
    TextField paragrafer = new TextField();
    paragrafer.setId("protokollDeltar-" + id);
    paragrafer.setPromptText(Messages.get("protokoll.deltar"));
    paragrafer.setAccessibleText(Messages.format("protokoll.deltar.om", r.namn()));
    paragrafer.setPrefColumnCount(18);
    paragrafer.textProperty().bindBidirectional(r.paragraferProperty());
    // Arrival, leaving and the §§ get their own line, side by side, so the row never gets wider than the window
    // (1366×768, 125 %) and the two times are read together.
    HBox andra = new HBox(12, ankom, lamnade, paragrafer);
    andra.setPadding(new Insets(0, 0, 4, 24));
    andra.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(2, row, andra);
    box.disableProperty().bind(locked);
    return box;
  }

  /**
   * "Enligt förslaget": the item's förslag till beslut into its empty beslut — most items are decided as proposed.
   * Not shown for an item without a förslag; not usable once the beslut has text or the protokoll is locked.
   * Focus goes to the beslut, to be read or changed.
   */
  private Node enligtForslaget(ParagrafRad r, TextArea beslut) {
    Button b = new Button(Messages.get("protokoll.enligt.forslaget"));
    b.setId("protokollEnligtForslag-" + r.arendepunktId());
    b.setTooltip(new javafx.scene.control.Tooltip(r.forslag()));
    b.setVisible(!r.forslag().isEmpty());
    b.setManaged(!r.forslag().isEmpty());
    b.disableProperty().bind(locked.or(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> r.beslutProperty().get() != null && !r.beslutProperty().get().isBlank(), r.beslutProperty())));
    b.setOnAction(e -> {
      r.enligtForslaget();
      beslut.requestFocus();
      beslut.end();
    });
    return b;
  }

  /**
   * How the item was handled — yrkanden, propositionsordning, omröstning, reservationer, jäv, anteckningar,
   * beslutsgång — folded under one heading: most items have none of it, and seventeen paragrafer of ten fields
   * each made the tab very long. Open when any of it has text or a message, and it opens itself when one comes.
   */
  private Node folded(ParagrafRad r, Node behandling) {
    javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
        Messages.get("protokoll.behandling"), behandling);
    pane.setId("protokollBehandling-" + r.arendepunktId());
    pane.setAnimated(false);
    java.util.List<javafx.beans.property.StringProperty> texts = java.util.List.of(r.yrkandenProperty(),
        r.propositionsordningProperty(), r.omrostningJaProperty(), r.omrostningNejProperty(), r.rosterProperty(),
        r.reservationerProperty(), r.javProperty(), r.anteckningarProperty(), r.beslutsgangProperty());
    java.util.List<javafx.beans.property.StringProperty> all = new java.util.ArrayList<>(texts);
    ParagrafRad.FALT.stream().filter(f -> !f.equals("Beslut")).map(f -> r.errors().get(f)).forEach(all::add);
    BooleanBinding anything = Bindings.createBooleanBinding(() -> all.stream()
        .anyMatch(t -> t.get() != null && !t.get().isBlank()), all.toArray(javafx.beans.Observable[]::new));
    pane.setExpanded(anything.get());
    anything.addListener((o, was, now) -> {
      if (now) {
        pane.setExpanded(true);
      }
    });
    pane.getProperties().put(ProtokollView.class, anything); // kept as long as the row
    return pane;
  }

  private Node paragrafRow(ParagrafRad r) {
    Label rubrik = new Label(r.paragraf() + "  " + r.rubrik() + (r.sekretess() ? "  (" + Messages.get("byggare.sekretess") + ")" : ""));
    rubrik.getStyleClass().add(Styles.TEXT_BOLD);
    Forms.wrapping(rubrik);
    TextArea beslut = area("protokollBeslut-" + r.arendepunktId(), r.beslutProperty(), 3);
    TextArea gang = area("protokollBeslutsgang-" + r.arendepunktId(), r.beslutsgangProperty(), 2);
    Button spara = saveButton("protokollSparaBeslut-" + r.arendepunktId(), "protokoll.beslut.spara");
    spara.setOnAction(e -> vm.sparaBeslut(r));
    long id = r.arendepunktId();
    VBox behandling = new VBox(4,
        Forms.labelled(area("protokollYrkanden-" + id, r.yrkandenProperty(), 2), Messages.get("protokoll.yrkanden"),
            r.errors().get("Yrkanden")),
        Forms.labelled(area("protokollProposition-" + id, r.propositionsordningProperty(), 2),
            Messages.get("protokoll.propositionsordning"), r.errors().get("Propositionsordning")),
        Forms.textField("protokollJa-" + id, Messages.get("protokoll.omrostning.ja"), "", r.omrostningJaProperty(),
            r.errors().get("Omröstning")),
        Forms.textField("protokollNej-" + id, Messages.get("protokoll.omrostning.nej"), "", r.omrostningNejProperty(),
            new javafx.beans.property.SimpleStringProperty("")),
        Forms.labelled(area("protokollRoster-" + id, r.rosterProperty(), 2), Messages.get("protokoll.roster"),
            new javafx.beans.property.SimpleStringProperty("")),
        Forms.labelled(area("protokollReservationer-" + id, r.reservationerProperty(), 2),
            Messages.get("protokoll.reservationer"), r.errors().get("Reservationer")),
        Forms.textField("protokollJav-" + id, Messages.get("protokoll.jav"), "", r.javProperty(), r.errors().get("Jäv")),
        Forms.labelled(area("protokollAnteckningar-" + id, r.anteckningarProperty(), 2),
            Messages.get("protokoll.anteckningar"), r.errors().get("Protokollsanteckningar")),
        Forms.labelled(gang, Messages.get("protokoll.beslutsgang"), r.errors().get("Beslutsgång")));
    VBox box = new VBox(4, rubrik, Forms.labelled(beslut, Messages.get("protokoll.beslut"), r.errors().get("Beslut")),
        enligtForslaget(r, beslut), folded(r, behandling));
    lock(box);
    lock(behandling); // folded: not among the box's nodes until the fold is first opened
    if (r.sekretess()) {
      CheckBox offentligt = new CheckBox(Messages.get("protokoll.beslut.offentligt"));
      offentligt.setId("protokollBeslutOffentligt-" + id);
      offentligt.setWrapText(true);
      offentligt.selectedProperty().bindBidirectional(r.beslutOffentligtProperty());
      offentligt.disableProperty().bind(locked);
      box.getChildren().add(offentligt);
    }
    Button utdrag = new Button(Messages.get("protokoll.utdrag"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
    utdrag.setId("protokollUtdrag-" + id);
    utdrag.disableProperty().bind(vm.justeratProperty().not());
    utdrag.setOnAction(e -> {
      if (r.nummer() != null) {
        actions.utdrag(vm.sammantradeProperty().get(), r.nummer(), Version.LEDAMOT);
      }
    });
    box.getChildren().addAll(Forms.errorLabel("protokollBeslutError-" + id, r.errors().general()),
        new FlowPane(12, 8, spara, utdrag, osparad("protokollBeslutOsparad-" + id, r.state().dirtyProperty())));
    return box;
  }

  /** "Ej sparad" beside a part's save button while it holds what is typed and not saved, as in the punkt editor. */
  private static Label osparad(String id, javafx.beans.value.ObservableBooleanValue dirty) {
    Label osparad = new Label(Messages.get("editor.osparad"));
    osparad.setId(id);
    osparad.getStyleClass().add("muted");
    osparad.visibleProperty().bind(dirty);
    return osparad;
  }

  /**
   * The text fields under {@code parent} read-only while the protokoll is locked, as its text areas are: the text can
   * still be selected and copied into a letter, and every field looks the same (disabled ones stayed white beside
   * grey areas). A date picker's own field stays with its picker.
   */
  private void lock(javafx.scene.Node parent) {
    parent.lookupAll(".text-field").forEach(n -> {
      if (n instanceof javafx.scene.control.TextField t && !(t.getParent() instanceof javafx.scene.control.ComboBoxBase<?>)) {
        t.editableProperty().bind(locked.not());
      } else {
        n.disableProperty().bind(locked);
      }
    });
  }

  private TextArea area(String id, javafx.beans.property.StringProperty value, int rows) {
    TextArea a = Forms.tabLeaves(new TextArea());
    a.setId(id);
    a.setWrapText(true);
    a.setPrefRowCount(rows);
    a.textProperty().bindBidirectional(value);
    a.editableProperty().bind(locked.not());
    return a;
  }

  /** The attendance, the details and each beslut with unsaved input. */
  @Override
  public java.util.List<se.namndbok.app.shared.UnsavedChanges.Guard> guards() {
    return ProtokollGuards.of(vm);
  }

  public ProtokollViewModel viewModel() {
    return vm;
  }
}
