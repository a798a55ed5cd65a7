package se.namndbok.app.installningar;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import atlantafx.base.theme.Styles;
import java.util.List;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FileDialogs;
import se.namndbok.app.shared.ImportErrorsDialog;
import se.namndbok.core.delegationsbeslut.Delegationspunkt;
import se.namndbok.core.shared.Texts;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;

/**
 * The delegater in report order (add, rename the selected, move with Alt+Up/Down or the buttons, remove) above
 * the delegationsordning: its points with lagrum and delegat, replaced by a CSV file. The tab scrolls.
 */
final class DelegaterPane extends VBox {
  private final DelegationsordningViewModel ordning;
  private final FileDialogs files;

  DelegaterPane(DelegaterViewModel vm, DelegationsordningViewModel ordning, FileDialogs files) {
    this.ordning = ordning;
    this.files = files;
    setId("delegaterPane");
    setSpacing(24);
    setStyle("-fx-padding: 16 0 0 0;");
    VBox delegater = new VBox(10);
    Label intro = new Label(Messages.get("installningar.delegater.text"));
    intro.getStyleClass().add("muted");
    Forms.wrapping(intro);
    ListView<Delegat> list = new ListView<>(vm.delegater());
    list.setId("delegaterList");
    list.setAccessibleText(Messages.get("installningar.flik.delegater"));
    list.setPrefHeight(260);
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(Delegat d, boolean empty) {
        super.updateItem(d, empty);
        setText(empty || d == null ? null : d.ordning() + ". " + d.namn());
      }
    });
    list.setPlaceholder(new Label(Messages.get("installningar.delegater.inga")));
    var sel = list.getSelectionModel().selectedItemProperty();
    list.setOnKeyPressed(e -> {
      if (Shortcuts.UPP.matches(e)) {
        vm.move(sel.get(), -1);
        e.consume();
      } else if (Shortcuts.NER.matches(e)) {
        vm.move(sel.get(), 1);
        e.consume();
      }
    });
    long[] keep = {-1};
    sel.addListener((o, was, now) -> {
      if (now != null) {
        keep[0] = now.id();
        vm.visa(now);
      }
    });
    vm.delegater().addListener((javafx.collections.ListChangeListener<Delegat>) c ->
        vm.delegater().stream().filter(d -> d.id() == keep[0]).findFirst().ifPresent(d -> {
          list.getSelectionModel().select(d);
          list.requestFocus();
        }));
    VBox namn = Forms.textField("delegatNamn", DelegatService.FIELD, "t.ex. Enhetschef", vm.namnProperty(),
        vm.errors().get(DelegatService.FIELD));
    namn.setPrefWidth(360);
    Button add = button("delegatLaggTill", "installningar.lagg.till", () -> vm.add());
    Button rename = button("delegatByt", "installningar.byt.namn", () -> vm.rename(sel.get()));
    Button up = button("delegatUpp", "installningar.upp", () -> vm.move(sel.get(), -1));
    Button down = button("delegatNer", "installningar.ner", () -> vm.move(sel.get(), 1));
    Button remove = button("delegatTaBort", "tabort", () -> vm.remove(sel.get()));
    for (Button b : new Button[] {rename, up, down, remove}) {
      b.disableProperty().bind(sel.isNull());
    }
    HBox form = new HBox(8, namn, add, rename);
    form.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    EntryFormFrame.enter(form, vm::add);
    delegater.getChildren().setAll(intro, list, new HBox(8, up, down, remove), form,
        Forms.errorLabel("delegaterError", vm.errors().general()));
    getChildren().setAll(delegater, ordning(vm));
    vm.load();
    ordning.load();
  }

  private VBox ordning(DelegaterViewModel vm) {
    Label title = new Label(Messages.get("installningar.delegationsordning"));
    title.getStyleClass().add("section-title");
    Label intro = new Label(Messages.get("installningar.delegationsordning.text"));
    intro.getStyleClass().add("muted");
    Forms.wrapping(intro);
    TableView<Delegationspunkt> table = new TableView<>(ordning.punkter());
    table.setId("delegationsordningTable");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("installningar.delegationsordning"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    TableColumn<Delegationspunkt, String> punkt = EntryForms.column("ordningKol-punkt",
        Messages.get("installningar.delegationsordning.punkt"), Delegationspunkt::nummer, Texts.swedishOrder());
    TableColumn<Delegationspunkt, String> arende = EntryForms.column("ordningKol-arende",
        Messages.get("installningar.delegationsordning.arende"), Delegationspunkt::arende, Texts.swedishOrder());
    TableColumn<Delegationspunkt, String> lagrum = EntryForms.column("ordningKol-lagrum",
        Messages.get("installningar.delegationsordning.lagrum"), p -> p.lagrum() == null ? "" : p.lagrum(),
        Texts.swedishOrder());
    TableColumn<Delegationspunkt, String> delegat = EntryForms.column("ordningKol-delegat",
        Messages.get("installningar.delegationsordning.delegat"), Delegationspunkt::delegat, Texts.swedishOrder());
    EntryForms.width(punkt, 50, 60);
    EntryForms.width(arende, 160, 320);
    EntryForms.width(lagrum, 100, 140);
    EntryForms.width(delegat, 110, 160);
    table.getColumns().setAll(List.of(punkt, arende, lagrum, delegat));
    table.setPlaceholder(new Label(Messages.get("installningar.delegationsordning.tom")));
    table.setPrefHeight(300);
    Button importera = new Button(Messages.get("import.knapp"), new FontIcon(Material2AL.FILE_UPLOAD));
    importera.setId("delegationsordningImport");
    importera.setMinWidth(Button.USE_PREF_SIZE);
    importera.setOnAction(e -> files.open(getScene().getWindow(), Messages.get("installningar.delegationsordning.import"),
        null, List.of(new FileChooser.ExtensionFilter(Messages.get("import.csvfiler"), "*.csv")))
        .ifPresent(file -> ordning.importera(file, errors -> ImportErrorsDialog.show(getScene().getWindow(), errors), n -> {
          vm.load();
          EntryForms.notifyDone(this, Messages.format("import.klar", n, file.getFileName()));
        })));
    return new VBox(8, title, intro, table, importera,
        Forms.errorLabel("delegationsordningError", ordning.errors().general()));
  }

  private static Button button(String id, String key, Runnable action) {
    Button b = new Button(Messages.get(key));
    b.setId(id);
    b.setMinWidth(Button.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }
}
