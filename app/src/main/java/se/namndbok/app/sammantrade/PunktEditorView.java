package se.namndbok.app.sammantrade;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.sammantrade.ForslagAv;

/**
 * The selected item's editor: texts, förslag by whom, confidential, beslutsunderlag and bilagor. Its
 * {@link #header} — title, "Ej sparad" and "Spara punkten" (Ctrl+S) — stays in view above the scrolled fields; a
 * save refused because someone else changed the item shows who and when and keeps the typed text to copy.
 */
final class PunktEditorView extends VBox {
  private final PunktEditorViewModel vm;
  private final MotesbyggareViewModel builder;
  private final VBox header;

  PunktEditorView(PunktEditorViewModel vm, MotesbyggareViewModel builder, Runnable chooseAttachment) {
    this.vm = vm;
    this.builder = builder;
    setId("punktEditor");
    getStyleClass().add("editor");
    setSpacing(10);
    Label title = new Label();
    title.getStyleClass().add("section-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> vm.punktProperty().get() == null
        ? Messages.get("editor.valj") : (vm.punktProperty().get().kallelsenummer() == null ? vm.punktProperty().get().rubrik()
            : Messages.format("editor.rubrik", vm.punktProperty().get().kallelsenummer())),
        vm.punktProperty()));
    Label osparad = new Label(Messages.get("editor.osparad"));
    osparad.setId("editorOsparad");
    osparad.getStyleClass().add("muted");
    osparad.visibleProperty().bind(vm.dirtyProperty());
    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    title.setMinWidth(0); // the title wraps in a narrow pane (never cut); Spara punkten is always shown whole
    title.setWrapText(true);
    title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    osparad.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Button save = saveButton();
    save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox top = new HBox(8, title, osparad, gap, save);
    top.setAlignment(Pos.CENTER_LEFT);
    header = new VBox(6, top, stalePanel());
    header.setPadding(new javafx.geometry.Insets(0, 8, 4, 8));
    VBox fields = new VBox(10, Forms.noticeLabel("editorAterstallt", vm.aterstalltProperty()),
        Forms.errorLabel("editorKollegaAndrade", vm.kollegaAndradeProperty()),
        Forms.errorLabel("editorError", vm.generalErrorProperty()),
        Forms.textField("editorRubrik", Messages.get("editor.rubrikfalt"), "", vm.rubrikProperty(), vm.error("Rubrik")),
        sekretess(), forslagAv(),
        area("editorForslag", "editor.forslag", vm.forslagProperty(), "Förslag till beslut", 4),
        area("editorSammanfattning", "editor.sammanfattning", vm.sammanfattningProperty(), "Sammanfattning", 4),
        area("editorBeskrivning", "editor.beskrivning", vm.beskrivningProperty(), "Beskrivning", 4),
        area("editorDialog", "editor.dialog", vm.dialogProperty(), "Dialog", 2),
        area("editorSkickasTill", "editor.skickas", vm.skickasTillProperty(), "Beslutet skickas till", 2),
        underlag(), bilagor(chooseAttachment));
    fields.disableProperty().bind(vm.punktProperty().isNull());
    getChildren().setAll(fields);
    readOnlyWhenLocked(fields);
  }

  /** Title, unsaved marker and Spara: shown above the scrolled fields, always in view. */
  VBox header() {
    return header;
  }

  /**
   * Shown when a save was refused because someone else changed the item: who and when, what the user typed (to
   * copy), "Läs in den nya versionen" and "Stäng".
   */
  private VBox stalePanel() {
    Label message = Forms.wrapping(new Label()); // never cut to one line when the pane is short
    message.setId("editorInaktuell");
    message.setMinWidth(0);
    message.setMaxWidth(Double.MAX_VALUE);
    message.getStyleClass().add("danger");
    message.textProperty().bind(vm.staleProperty());
    TextArea typed = new TextArea();
    typed.setId("editorDinText");
    typed.setEditable(false);
    typed.setWrapText(true);
    typed.setPrefRowCount(6);
    typed.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the header is not scrolled: it would shrink
    typed.textProperty().bind(vm.staleTextProperty());
    typed.setAccessibleText(Messages.get("editor.dintext"));
    Button reload = new Button(Messages.get("editor.lasin"));
    reload.setId("editorLasIn");
    reload.setOnAction(e -> {
      Punktrad r = vm.punktProperty().get();
      vm.discard();
      builder.reload(r == null ? null : r.id());
    });
    Button close = new Button(Messages.get("editor.stang"));
    close.setId("editorStangInaktuell");
    close.setOnAction(e -> vm.closeStale());
    VBox panel = new VBox(4, message, Forms.wrapping(new Label(Messages.get("editor.dintext"))), typed,
        new HBox(8, reload, close));
    panel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    panel.managedProperty().bind(vm.staleProperty().isNotEmpty());
    panel.visibleProperty().bind(panel.managedProperty());
    return panel;
  }

  /**
   * A justerat meeting's item can be read (texts selectable for copying) but not changed: inputs read-only,
   * everything that changes disabled.
   */
  private void readOnlyWhenLocked(VBox fields) {
    fields.lookupAll(".text-input").forEach(n -> ((javafx.scene.control.TextInputControl) n).editableProperty()
        .bind(builder.lockedProperty().not()));
    for (String inputs : new String[] {".check-box", ".choice-box", ".combo-box"}) {
      fields.lookupAll(inputs).forEach(n -> n.disableProperty().bind(builder.lockedProperty()));
    }
  }

  private VBox sekretess() {
    CheckBox box = new CheckBox(Messages.get("editor.sekretess"));
    box.setId("editorSekretess");
    box.selectedProperty().bindBidirectional(vm.sekretessProperty());
    Label hint = new Label();
    hint.setId("editorSekretessArendet");
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    hint.setMinWidth(0);
    hint.textProperty().bind(vm.sekretessHint());
    hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
    hint.managedProperty().bind(hint.visibleProperty());
    return new VBox(2, box, hint);
  }

  private VBox forslagAv() {
    ChoiceBox<ForslagAv> choice = new ChoiceBox<>();
    choice.setId("editorForslagAv");
    choice.getItems().setAll(ForslagAv.values());
    choice.setConverter(new StringConverter<>() {
      @Override
      public String toString(ForslagAv f) {
        return f == null ? "" : f.text();
      }

      @Override
      public ForslagAv fromString(String s) {
        return null;
      }
    });
    choice.valueProperty().bindBidirectional(vm.forslagAvProperty());
    return Forms.labelled(choice, Messages.get("editor.forslagav"), new javafx.beans.property.SimpleStringProperty(""));
  }

  private VBox area(String id, String key, StringProperty value, String field, int rows) {
    TextArea a = Forms.tabLeaves(new TextArea());
    a.setId(id);
    a.setWrapText(true);
    a.setPrefRowCount(rows);
    a.textProperty().bindBidirectional(value);
    return Forms.labelled(a, Messages.get(key), vm.error(field));
  }

  private Button saveButton() {
    Button save = new Button(Messages.get("editor.spara"), new FontIcon(Material2AL.CHECK));
    save.setId("editorSpara");
    save.setTooltip(new javafx.scene.control.Tooltip(Messages.get("editor.spara.tips")));
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(false);
    save.disableProperty().bind(vm.savingProperty().or(builder.lockedProperty()).or(vm.punktProperty().isNull()));
    save.setOnAction(e -> save());
    return save;
  }

  /** Spara punkten (the button, Ctrl+S). */
  void save() {
    if (vm.punktProperty().get() != null && !builder.lockedProperty().get()) {
      vm.save(saved -> builder.reload(saved.id()));
    }
  }

  private VBox underlag() {
    ListView<Underlagsrad> list = new ListView<>(vm.underlag());
    list.setId("editorUnderlag");
    list.setPrefHeight(110);
    list.setAccessibleText(Messages.get("editor.underlag"));
    list.setPlaceholder(Forms.wrapping(new Label(Messages.get("editor.underlag.tom"))));
    Button remove = new Button(Messages.get("editor.underlag.tabort"));
    remove.setId("editorTaBortUnderlag");
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
        .or(builder.lockedProperty()));
    remove.setOnAction(e -> vm.removeUnderlag(list.getSelectionModel().getSelectedItem()));
    Label caption = new Label(Messages.get("editor.underlag"));
    caption.getStyleClass().add("section-title");
    return new VBox(6, caption, list, handlingRow(), textRow(),
        Forms.errorLabel("editorUnderlagError", vm.error("Beslutsunderlag")), remove);
  }

  /** Pick a handling of the item's ärende and add it. */
  private VBox handlingRow() {
    ComboBox<Handling> handling = new ComboBox<>(vm.handlingar());
    handling.setId("editorHandling");
    handling.setPromptText(Messages.get("editor.underlag.valj"));
    handling.setAccessibleText(Messages.get("editor.underlag.valj"));
    handling.setButtonCell(new HandlingCell());
    handling.setCellFactory(l -> new HandlingCell());
    handling.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(handling, Priority.ALWAYS);
    Button addHandling = new Button(Messages.get("editor.underlag.lagg"));
    addHandling.setId("editorLaggHandling");
    addHandling.setMinWidth(Button.USE_PREF_SIZE);
    addHandling.setOnAction(e -> vm.addHandling(handling.getValue()));
    addHandling.disableProperty().bind(builder.lockedProperty());
    return new VBox(6, handling, addHandling);
  }

  /** A line of text as beslutsunderlag, e.g. "Skickas ut innan sammanträdet". */
  private VBox textRow() {
    TextField text = new TextField();
    text.setId("editorUnderlagText");
    text.setPromptText(Messages.get("editor.underlag.text.exempel"));
    text.setAccessibleText(Messages.get("editor.underlag.text"));
    text.textProperty().bindBidirectional(vm.underlagTextProperty());
    Button addText = new Button(Messages.get("editor.underlag.lagg.text"));
    addText.setId("editorLaggText");
    addText.setMinWidth(Button.USE_PREF_SIZE);
    addText.setOnAction(e -> vm.addText());
    addText.disableProperty().bind(builder.lockedProperty());
    return new VBox(6, text, addText);
  }

  private VBox bilagor(Runnable chooseAttachment) {
    ListView<Underlagsrad> list = new ListView<>(vm.bilagor());
    list.setId("editorBilagor");
    list.setPrefHeight(80);
    list.setAccessibleText(Messages.get("editor.bilagor"));
    list.setPlaceholder(Forms.wrapping(new Label(Messages.get("editor.bilagor.tom"))));
    Button attach = new Button(Messages.get("editor.bifoga"), new FontIcon(Material2AL.ATTACH_FILE));
    attach.setId("editorBifoga");
    attach.setAccessibleText(Messages.get("editor.bifoga"));
    attach.setOnAction(e -> chooseAttachment.run());
    attach.disableProperty().bind(builder.lockedProperty());
    Label caption = new Label(Messages.get("editor.bilagor"));
    caption.getStyleClass().add("section-title");
    return new VBox(6, caption, list, attach);
  }

  /** A handling as "rubrik, Hid: 2025.12 (fil.pdf)". */
  private static final class HandlingCell extends ListCell<Handling> {
    @Override
    protected void updateItem(Handling h, boolean empty) {
      super.updateItem(h, empty);
      setText(empty || h == null ? null : EditorUnderlag.text(h));
    }
  }
}
