package se.namndbok.app.sammantrade;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * "Nytt sammanträde": datum (typed, picked, or "Nästa sammanträde" from the meeting plan), tid and plats from the
 * board's defaults, nämnd or utskott; says which standard punkter the board's meeting starts with. Closes with the
 * new meeting; Enter creates it, Esc cancels.
 */
public final class NyttSammantradeDialog extends Dialog<Sammantrade> {

  public NyttSammantradeDialog(Window owner, NyttSammantradeViewModel vm, List<Organ> organ) {
    Button save = FormDialog.setUp(this, owner, new FormDialog.Spec<Sammantrade>(Messages.get("nytt.rubrik"),
        "nyttSammantradeDialog", Messages.get("nytt.spara"), "nyttSpara", "nyttAvbryt", form(vm, organ), "nyttDatum",
        vm.savingProperty(), vm::save, List.of(vm.datumErrorProperty(), vm.tidErrorProperty(),
            vm.platsErrorProperty(), vm.organErrorProperty(), vm.generalErrorProperty())));
    FormDialog.askBeforeDiscarding(this, save, getTitle());
    getDialogPane().setPrefWidth(520);
  }

  private static VBox form(NyttSammantradeViewModel vm, List<Organ> organ) {
    ChoiceBox<Organ> vem = new ChoiceBox<>();
    vem.setId("nyttOrgan");
    vem.getItems().setAll(organ);
    vem.valueProperty().bindBidirectional(vm.organProperty());
    Label intro = new Label(Messages.get("nytt.text"));
    intro.getStyleClass().add("muted");
    Forms.wrapping(intro);
    Label punkter = new Label();
    punkter.setId("nyttStandardpunkter");
    punkter.getStyleClass().add("muted");
    Forms.wrapping(punkter);
    punkter.textProperty().bind(vm.standardpunkterProperty());
    return new VBox(10, intro, Forms.errorLabel("nyttError", vm.generalErrorProperty()), datumField(vm),
        Forms.textField("nyttTid", Messages.get("nytt.tid"), Messages.get("nytt.tid.exempel"), vm.tidProperty(),
            vm.tidErrorProperty()),
        Forms.textField("nyttPlats", Messages.get("nytt.plats"), Messages.get("nytt.plats.exempel"),
            vm.platsProperty(), vm.platsErrorProperty()),
        Forms.labelled(vem, Messages.get("nytt.organ"), vm.organErrorProperty()), punkter);
  }

  /** The date typed (2025-11-20, 20251120 or 20/11), the calendar beside it, and "Nästa sammanträde". */
  private static VBox datumField(NyttSammantradeViewModel vm) {
    VBox box = EntryForms.dateField("nyttDatum", Messages.get("nytt.datum"), vm.datumProperty(),
        vm.datumErrorProperty(), TypedDate.YearOmitted.COMING, vm::today);
    ((TextField) box.lookup("#nyttDatum")).setPromptText(Messages.get("nytt.datum.exempel"));
    Button nasta = new Button(Messages.get("nytt.nasta"), new FontIcon(Material2AL.EVENT));
    nasta.setId("nyttNasta");
    nasta.setMinWidth(Button.USE_PREF_SIZE);
    nasta.setOnAction(e -> vm.nastaSammantrade());
    Label forslag = new Label();
    forslag.setId("nyttForslag");
    forslag.getStyleClass().add("muted");
    Forms.wrapping(forslag);
    forslag.textProperty().bind(vm.forslagProperty());
    HBox row = (HBox) box.getChildren().get(1);
    row.getChildren().add(nasta);
    HBox.setHgrow(row.getChildren().getFirst(), Priority.ALWAYS);
    box.getChildren().add(2, forslag);
    return box;
  }
}
