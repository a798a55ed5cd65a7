package se.namndbok.app.meddelande;

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
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeService;

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
    getChildren().setAll(Forms.errorLabel("mdFormError", vm.generalErrorProperty()), grid());
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
    VBox avsandare = EntryForms.field("mdAvsandare", Messages.get("falt.avsandare"), "t.ex. Kommunfullmäktige",
        vm.avsandareProperty(), vm.errorProperty(MeddelandeService.AVSANDARE), vm::avsandareForslag);
    first = avsandare.lookup("#mdAvsandare");
    VBox datum = EntryForms.dateField("mdDatum", Messages.get("falt.datum"), vm.datumProperty(),
        vm.errorProperty(MeddelandeService.DATUM));
    VBox paragraf = EntryForms.field("mdParagraf", Messages.get("falt.paragraf"), "t.ex. § 159",
        vm.paragrafProperty(), vm.errorProperty(MeddelandeService.PARAGRAF), null);
    VBox amne = EntryForms.field("mdAmne", Messages.get("falt.amne"), Messages.get("falt.amne.exempel"),
        vm.amneProperty(), vm.errorProperty(MeddelandeService.AMNE), null);
    VBox nummer = EntryForms.field("mdDiarienummer", Messages.get("falt.diarienummer"), "t.ex. 2025/1130",
        vm.diarienummerProperty(), vm.errorProperty(Diarienummer.FIELD), vm::diarienummerForslag);
    VBox hid = EntryForms.field("mdHid", Messages.get("falt.hid"), "t.ex. 2025.2708", vm.hidProperty(),
        vm.errorProperty(HandlingsId.FIELD), null);
    CheckBox sekretess = new CheckBox(Messages.get("falt.sekretess"));
    sekretess.setId("mdSekretess");
    sekretess.selectedProperty().bindBidirectional(vm.sekretessProperty());
    Button save = new Button(Messages.get("spara.enter"), new FontIcon(Material2MZ.SAVE));
    save.setId("mdSpara");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.savingProperty());
    save.setOnAction(e -> save());
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    grid.addRow(0, avsandare, datum, paragraf, nummer);
    grid.add(amne, 0, 1, 2, 1);
    grid.add(hid, 2, 1);
    grid.add(new VBox(8, sekretess, save), 3, 1);
    for (double pct : new double[] {30, 26, 18, 26}) {
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
