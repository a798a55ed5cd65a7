package se.namndbok.app.ejverkstallda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.FormDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.BeslutFalt;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Skal;

/**
 * "Nytt beslut" / "Ändra beslut": the decision's fields with their Swedish messages under them. "Spara" keeps
 * the dialog open while the save runs and while it is refused (the form scrolls when its messages make it taller
 * than the screen, so "Spara" and "Avbryt" stay in view); {@code onSaved} runs after a stored save.
 */
final class BeslutDialog {
  private BeslutDialog() {}

  static void show(Window owner, BeslutFormViewModel vm, java.util.function.Consumer<GynnandeBeslut> onSaved) {
    Dialog<GynnandeBeslut> dialog = new Dialog<>();
    List<StringProperty> messages = new ArrayList<>(Arrays.stream(BeslutFalt.values()).map(vm::error).toList());
    messages.add(vm.generalError());
    Button save = FormDialog.setUp(dialog, owner, new FormDialog.Spec<GynnandeBeslut>(
        Messages.get(vm.andrarProperty().get() ? "beslut.andra" : "beslut.nytt"), "beslutDialog",
        Messages.get("beslut.spara"), "beslutSpara", "beslutAvbryt",
        new VBox(10, Forms.noticeLabel("beslutUtkast", vm.noticeProperty()), innehall(vm)),
        vm.andrarProperty().get() ? "beslutLag" : "beslutReferens", vm.spararProperty(), vm::spara, messages));
    FormDialog.askBeforeDiscarding(dialog, save, dialog.getTitle(), vm.noticeProperty().isNotEmpty(), vm::discard);
    dialog.showAndWait().ifPresent(onSaved);
  }

  private static GridPane innehall(BeslutFormViewModel vm) {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(8);
    grid.setId("beslutForm");
    Node referens = Forms.textField("beslutReferens", BeslutFalt.ID.etikett(), Messages.get("beslut.referens.prompt"),
        vm.referensProperty(), vm.error(BeslutFalt.ID));
    referens.disableProperty().bind(vm.andrarProperty());
    grid.add(referens, 0, 0, 2, 1);
    grid.add(val("beslutLag", BeslutFalt.LAG, FXCollections.observableArrayList(Lag.values()), vm.lagProperty(),
        Lag::kod, vm), 0, 1);
    grid.add(val("beslutKon", BeslutFalt.KON, FXCollections.observableArrayList(Kon.values()), vm.konProperty(),
        Kon::text, vm), 1, 1);
    grid.add(val("beslutInsats", BeslutFalt.INSATS, vm.insatser(), vm.insatsProperty(),
        i -> i.kod() + " – " + i.benamning(), vm), 0, 2, 2, 1);
    grid.add(Forms.textField("beslutFodelsear", BeslutFalt.FODELSEAR.etikett(), "åååå", vm.fodelsearProperty(),
        vm.error(BeslutFalt.FODELSEAR)), 0, 3);
    grid.add(datum("beslutBeslutsdatum", BeslutFalt.BESLUTSDATUM, vm), 1, 3);
    grid.add(datum("beslutAvbrottsdatum", BeslutFalt.AVBROTTSDATUM, vm), 0, 4);
    grid.add(datum("beslutVerkstallighetsdatum", BeslutFalt.VERKSTALLIGHETSDATUM, vm), 1, 4);
    grid.add(datum("beslutAvslutsdatum", BeslutFalt.AVSLUTSDATUM, vm), 0, 5);
    grid.add(val("beslutAvslutsorsak", BeslutFalt.AVSLUTSORSAK, medTomt(Avslutsorsak.values()),
        vm.avslutsorsakProperty(), Avslutsorsak::text, vm), 1, 5);
    grid.add(val("beslutSkal", BeslutFalt.SKAL, medTomt(Skal.values()), vm.skalProperty(), Skal::text, vm), 0, 6, 2, 1);
    grid.add(Forms.textField("beslutErbjudanden", BeslutFalt.ERBJUDANDEN.etikett(),
        Messages.get("beslut.erbjudanden.prompt"), vm.erbjudandenProperty(), vm.error(BeslutFalt.ERBJUDANDEN)), 0, 7, 2, 1);
    grid.add(Forms.errorLabel("beslutFormError", vm.generalError()), 0, 8, 2, 1);
    return grid;
  }

  private static VBox datum(String id, BeslutFalt falt, BeslutFormViewModel vm) {
    return EntryForms.dateField(id, falt.etikett(), vm.datum(falt), vm.error(falt),
        () -> vm.yearOmitted(falt), () -> vm.yearFrom(falt));
  }

  @SafeVarargs
  private static <T> ObservableList<T> medTomt(T... values) {
    ObservableList<T> list = FXCollections.observableArrayList();
    list.add(null);
    list.addAll(values);
    return list;
  }

  private static <T> VBox val(String id, BeslutFalt falt, ObservableList<T> items, ObjectProperty<T> value,
      Function<T, String> text, BeslutFormViewModel vm) {
    ComboBox<T> box = new ComboBox<>(items);
    box.setId(id);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : text.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    });
    box.valueProperty().bindBidirectional(value);
    StringProperty error = vm.error(falt);
    return Forms.labelled(box, falt.etikett(), error);
  }
}
