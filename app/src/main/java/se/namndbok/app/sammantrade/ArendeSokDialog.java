package se.namndbok.app.sammantrade;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Theme;
import se.namndbok.core.arende.Arende;

/** "Lägg till ärende ur diariet": search as you type, pick one (double-click or "Lägg till"). */
final class ArendeSokDialog extends Dialog<Arende> {

  ArendeSokDialog(Window owner, ArendeSokViewModel vm) {
    initOwner(owner);
    setTitle(Messages.get("sok.rubrik"));
    setHeaderText(Messages.get("sok.rubrik"));
    getDialogPane().setId("arendeSokDialog");
    Theme.style(getDialogPane());
    ButtonType add = new ButtonType(Messages.get("sok.lagg"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(Messages.get("registrera.avbryt"), ButtonBar.ButtonData.CANCEL_CLOSE);
    getDialogPane().getButtonTypes().setAll(add, cancel);
    TextField search = new TextField();
    search.setId("arendeSok");
    search.setPromptText(Messages.get("diarium.sok.exempel"));
    search.setAccessibleText(Messages.get("diarium.sok"));
    search.textProperty().bindBidirectional(vm.queryProperty());
    ListView<Arende> list = hitList(vm);
    getDialogPane().setContent(new VBox(8, search, list));
    getDialogPane().setPrefSize(640, 460);
    getDialogPane().lookupButton(add).setId("sokLagg");
    getDialogPane().lookupButton(add).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    setResultConverter(b -> b == add ? list.getSelectionModel().getSelectedItem() : null);
    vm.search("");
    setOnShown(e -> Platform.runLater(search::requestFocus));
  }

  private ListView<Arende> hitList(ArendeSokViewModel vm) {
    ListView<Arende> list = new ListView<>(vm.traffar());
    list.setId("arendeSokTraffar");
    list.setAccessibleText(Messages.get("sok.traffar"));
    list.setPlaceholder(new Label(Messages.get("diarium.inga.traffar")));
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(Arende a, boolean empty) {
        super.updateItem(a, empty);
        setText(empty || a == null ? null : a.arendenummer() + "  " + a.rubrik());
      }
    });
    keepSelection(list);
    list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
        setResult(list.getSelectionModel().getSelectedItem());
      }
    });
    return list;
  }

  /** A hit chosen while the user still types stays chosen when the next answer still contains it. */
  private static void keepSelection(ListView<Arende> list) {
    ObjectProperty<Arende> chosen = new SimpleObjectProperty<>();
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        chosen.set(now);
      }
    });
    list.getItems().addListener((ListChangeListener<Arende>) c -> {
      if (chosen.get() != null && list.getItems().contains(chosen.get())) {
        list.getSelectionModel().select(chosen.get());
      }
    });
  }
}
