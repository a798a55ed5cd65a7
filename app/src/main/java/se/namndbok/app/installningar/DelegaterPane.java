package se.namndbok.app.installningar;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;

/** The delegater in report order: add, rename the selected, move with Alt+Up/Down or the buttons, remove. */
final class DelegaterPane extends VBox {

  DelegaterPane(DelegaterViewModel vm) {
    setId("delegaterPane");
    setSpacing(10);
    setStyle("-fx-padding: 16 0 0 0;");
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
        vm.namnProperty().set(now.namn());
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
    getChildren().setAll(intro, list, new HBox(8, up, down, remove), form,
        Forms.errorLabel("delegaterError", vm.errors().general()));
    vm.load();
  }

  private static Button button(String id, String key, Runnable action) {
    Button b = new Button(Messages.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }
}
