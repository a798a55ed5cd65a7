package se.namndbok.app.delegationsbeslut;

import se.namndbok.core.delegationsbeslut.DelegationsbeslutSlag;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
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
    getChildren().setAll(EntryFormFrame.editingNotice("dbAndrar", vm.editingProperty()),
        Forms.noticeLabel("dbAterstallt", vm.aterstalltProperty()),
        Forms.errorLabel("dbFormError", vm.generalErrorProperty()), EntryFormFrame.staleNotice("db", vm.stale()),
        grid);
    EntryFormFrame.keys(this, this::save, () -> {
      vm.clear();
      focusFirst();
    }, vm.dirtyProperty(), vm.history());
  }

  private GridPane grid() {
    VBox diarienummer = EntryForms.field("dbDiarienummer", Messages.get("falt.diarienummer"), "t.ex. 2025/1129",
        vm.diarienummerProperty(), vm.errorProperty(Diarienummer.FIELD), vm::diarienummerForslag);
    first = diarienummer.lookup("#dbDiarienummer");
    VBox delegat = EntryForms.field("dbDelegat", Messages.get("falt.delegat"), "", vm.delegatProperty(),
        vm.errorProperty(DelegatService.FIELD), vm::delegatForslag);
    VBox punkt = EntryForms.field("dbPunkt", Messages.get("falt.delegationspunkt"), "t.ex. 4.2",
        vm.delegationspunktProperty(), vm.errorProperty(DelegationsbeslutSlag.DELEGATIONSPUNKT), vm::punktForslag);
    VBox datum = EntryForms.dateField("dbDatum", Messages.get("falt.beslutsdatum"), vm.beslutsdatumProperty(),
        vm.errorProperty(DelegationsbeslutSlag.BESLUTSDATUM), TypedDate.YearOmitted.RECENT, vm::today);
    VBox rubrik = EntryForms.field("dbRubrik", Messages.get("falt.rubrik"), Messages.get("falt.rubrik.exempel"),
        vm.rubrikProperty(), vm.errorProperty(DelegationsbeslutSlag.RUBRIK), null);
    VBox fattare = EntryForms.field("dbBeslutsfattare", Messages.get("falt.beslutsfattare"), "",
        vm.beslutsfattareProperty(), vm.errorProperty(DelegationsbeslutSlag.BESLUTSFATTARE), null);
    VBox actions = EntryFormFrame.actions("db", vm.sekretessProperty(), vm.savingProperty(), this::save);
    GridPane grid = EntryFormFrame.grid(22, 30, 16, 32);
    grid.addRow(0, diarienummer, delegat, punkt, datum);
    grid.add(rubrik, 0, 1, 2, 1);
    grid.add(fattare, 2, 1);
    grid.add(actions, 3, 1);
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
