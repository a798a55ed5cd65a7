package se.namndbok.app.delegationsbeslut;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutService;
import se.namndbok.core.namnd.DelegatService;

/** The entry form: Tab between fields, Enter saves and starts the next one, Esc empties it. */
final class DelegationsbeslutForm extends VBox {
  private final DelegationsbeslutFormViewModel vm;
  private final Consumer<Delegationsbeslut> onSaved;
  private Node first;

  DelegationsbeslutForm(DelegationsbeslutFormViewModel vm, Consumer<Delegationsbeslut> onSaved) {
    this.vm = vm;
    this.onSaved = onSaved;
    setId("delegationsbeslutForm");
    getStyleClass().add("entry-form");
    setSpacing(6);
    GridPane grid = grid();
    getChildren().setAll(Forms.errorLabel("dbFormError", vm.generalErrorProperty()), grid);
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.SPARA.matches(e)) {
        save();
        e.consume();
      } else if (Shortcuts.RENSA.matches(e)) {
        vm.clear();
        focusFirst();
        e.consume();
      }
    });
  }

  private GridPane grid() {
    VBox diarienummer = EntryForms.field("dbDiarienummer", Messages.get("falt.diarienummer"), "t.ex. 2025/1129",
        vm.diarienummerProperty(), vm.errorProperty(Diarienummer.FIELD), vm::diarienummerForslag);
    first = diarienummer.lookup("#dbDiarienummer");
    VBox delegat = EntryForms.field("dbDelegat", Messages.get("falt.delegat"), "", vm.delegatProperty(),
        vm.errorProperty(DelegatService.FIELD), vm::delegatForslag);
    VBox punkt = EntryForms.field("dbPunkt", Messages.get("falt.delegationspunkt"), "t.ex. 4.2",
        vm.delegationspunktProperty(), vm.errorProperty(DelegationsbeslutService.DELEGATIONSPUNKT), null);
    VBox datum = EntryForms.dateField("dbDatum", Messages.get("falt.beslutsdatum"), vm.beslutsdatumProperty(),
        vm.errorProperty(DelegationsbeslutService.BESLUTSDATUM));
    VBox rubrik = EntryForms.field("dbRubrik", Messages.get("falt.rubrik"), Messages.get("falt.rubrik.exempel"),
        vm.rubrikProperty(), vm.errorProperty(DelegationsbeslutService.RUBRIK), null);
    CheckBox sekretess = new CheckBox(Messages.get("falt.sekretess"));
    sekretess.setId("dbSekretess");
    sekretess.selectedProperty().bindBidirectional(vm.sekretessProperty());
    Button save = new Button(Messages.get("spara.enter"), new FontIcon(Material2MZ.SAVE));
    save.setId("dbSpara");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.savingProperty());
    save.setOnAction(e -> save());
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    grid.addRow(0, diarienummer, delegat, punkt, datum);
    grid.add(rubrik, 0, 1, 3, 1);
    VBox actions = new VBox(8, sekretess, save);
    grid.add(actions, 3, 1);
    for (double pct : new double[] {22, 30, 16, 32}) {
      ColumnConstraints c = new ColumnConstraints();
      c.setPercentWidth(pct);
      c.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(c);
    }
    return grid;
  }

  private void save() {
    vm.save(nummer -> EntryForms.confirmRegister(getScene().getWindow(), nummer), saved -> {
      onSaved.accept(saved);
      focusFirst();
    });
  }

  void focusFirst() {
    Platform.runLater(first::requestFocus);
  }
}
