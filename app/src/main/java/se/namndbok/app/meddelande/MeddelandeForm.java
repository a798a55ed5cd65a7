package se.namndbok.app.meddelande;

import se.namndbok.core.meddelande.MeddelandeSlag;
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
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.meddelande.Meddelande;

/** The meddelande entry form: Tab between fields, Enter saves and starts the next one, Esc empties it. */
final class MeddelandeForm extends VBox {
  private final MeddelandeFormViewModel vm;
  private final Consumer<Meddelande> onSaved;
  private Node first;

  MeddelandeForm(MeddelandeFormViewModel vm, Consumer<Meddelande> onSaved) {
    this.vm = vm;
    this.onSaved = onSaved;
    setId("meddelandeForm");
    getStyleClass().add("entry-form");
    setSpacing(6);
    getChildren().setAll(EntryFormFrame.editingNotice("mdAndrar", vm.editingProperty()),
        Forms.noticeLabel("mdAterstallt", vm.aterstalltProperty()),
        Forms.errorLabel("mdFormError", vm.generalErrorProperty()), EntryFormFrame.staleNotice("md", vm.stale()),
        grid());
    EntryFormFrame.keys(this, this::save, () -> {
      vm.clear();
      focusFirst();
    }, vm.dirtyProperty(), vm.history());
  }

  private GridPane grid() {
    VBox avsandare = EntryForms.field("mdAvsandare", Messages.get("falt.avsandare"), "t.ex. Kommunfullmäktige",
        vm.avsandareProperty(), vm.errorProperty(MeddelandeSlag.AVSANDARE), vm::avsandareForslag);
    first = avsandare.lookup("#mdAvsandare");
    VBox datum = EntryForms.dateField("mdDatum", Messages.get("falt.datum"), vm.datumProperty(),
        vm.errorProperty(MeddelandeSlag.DATUM), TypedDate.YearOmitted.RECENT, vm::today);
    VBox paragraf = EntryForms.field("mdParagraf", Messages.get("falt.paragraf"), "t.ex. § 159",
        vm.paragrafProperty(), vm.errorProperty(MeddelandeSlag.PARAGRAF), null);
    VBox amne = EntryForms.field("mdAmne", Messages.get("falt.amne"), Messages.get("falt.amne.exempel"),
        vm.amneProperty(), vm.errorProperty(MeddelandeSlag.AMNE), null);
    VBox nummer = EntryForms.field("mdDiarienummer", Messages.get("falt.diarienummer"), "t.ex. 2025/1130",
        vm.diarienummerProperty(), vm.errorProperty(Diarienummer.FIELD), vm::diarienummerForslag);
    VBox hid = EntryForms.field("mdHid", Messages.get("falt.hid"), "t.ex. 2025.2708", vm.hidProperty(),
        vm.errorProperty(HandlingsId.FIELD), null);
    VBox actions = EntryFormFrame.actions("md", vm.sekretessProperty(), vm.savingProperty(), this::save);
    GridPane grid = EntryFormFrame.grid(30, 26, 18, 26);
    grid.addRow(0, avsandare, datum, paragraf, nummer);
    grid.add(amne, 0, 1, 2, 1);
    grid.add(hid, 2, 1);
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
