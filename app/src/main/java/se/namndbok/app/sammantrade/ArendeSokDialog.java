package se.namndbok.app.sammantrade;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.app.shared.Theme;
import se.namndbok.core.arende.Arende;

/**
 * "Lägg till ärenden ur diariet": search as you type, mark ärenden with Space or their box (across searches), and
 * add them all with Enter or "Lägg till"; without marks, the highlighted ärende is added. Down arrow goes from the
 * search field to the hits; a double click adds the marked ones and the clicked one.
 */
final class ArendeSokDialog extends Dialog<List<Arende>> {

  ArendeSokDialog(Window owner, ArendeSokViewModel vm) {
    initOwner(owner);
    setTitle(Messages.get("sok.rubrik"));
    setHeaderText(Messages.get("sok.rubrik"));
    setResizable(true);
    getDialogPane().setId("arendeSokDialog");
    Theme.style(getDialogPane());
    ButtonType add = new ButtonType(Messages.get("sok.lagg"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(Messages.get("knapp.avbryt"), ButtonBar.ButtonData.CANCEL_CLOSE);
    getDialogPane().getButtonTypes().setAll(add, cancel);
    TextField search = new TextField();
    search.setId("arendeSok");
    search.setPromptText(Messages.get("sok.exempel")); // the diarium's hint did not fit the dialog
    search.setAccessibleText(Messages.get("diarium.sok"));
    search.textProperty().bindBidirectional(vm.queryProperty());
    ListView<Arende> list = hitList(vm);
    // Pil ned right after typing: the list still holds the previous query's hits, and the first of them would be
    // chosen (and marked by a quick Mellanslag) just before the new hits replace it. The search runs at once
    // instead, and the first of its hits is chosen when they come.
    boolean[] firstWhenShown = {false};
    search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.DOWN && vm.sokerProperty().get()) {
        list.getSelectionModel().clearSelection();
        firstWhenShown[0] = true;
        list.requestFocus();
        vm.searchNow();
        e.consume();
      } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty()) {
          list.getSelectionModel().selectFirst();
        }
        e.consume();
      }
    });
    vm.sokerProperty().addListener((o, was, now) -> {
      if (!now && firstWhenShown[0]) {
        firstWhenShown[0] = false;
        if (list.getItems().isEmpty()) {
          search.requestFocus();
        } else {
          list.getSelectionModel().selectFirst();
          list.getFocusModel().focus(0);
        }
      }
    });
    Label tips = new Label(Messages.get("sok.tips"));
    tips.getStyleClass().add("muted");
    Forms.wrapping(tips);
    Label valda = new Label();
    valda.setId("arendeSokValda");
    Forms.wrapping(valda);
    valda.textProperty().bind(Bindings.createStringBinding(() -> vm.valda().isEmpty() ? Messages.get("sok.valda.inga")
        : Messages.format("sok.valda", String.join(", ", vm.valda().stream()
            .map(a -> a.diarienummer().toString()).toList())), vm.valda()));
    VBox.setVgrow(list, Priority.ALWAYS);
    getDialogPane().setContent(new VBox(8, search, tips, list, valda));
    getDialogPane().setPrefSize(680, 480);
    Button addButton = (Button) getDialogPane().lookupButton(add);
    addButton.setId("sokLagg");
    addButton.textProperty().bind(Bindings.createStringBinding(() -> vm.valda().size() > 1
        ? Messages.format("sok.lagg.antal", vm.valda().size()) : Messages.get("sok.lagg"), vm.valda()));
    // "Lägg till 2 ärenden" is longer than the text the button bar sized it for: it grows with its text
    javafx.scene.control.ButtonBar.setButtonUniformSize(addButton, false);
    addButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    addButton.disableProperty().bind(Bindings.isEmpty(vm.valda())
        .and(list.getSelectionModel().selectedItemProperty().isNull()));
    setResultConverter(b -> b == add ? vm.attLaggaTill(list.getSelectionModel().getSelectedItem()) : null);
    Button cancelButton = (Button) getDialogPane().lookupButton(cancel);
    list.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // a list takes Esc as "cancel editing" even when not editing
      if (e.getCode() == KeyCode.ESCAPE) {
        cancelButton.fire();
        e.consume();
      }
    });
    for (javafx.scene.Node n : List.of(search, list)) {
      n.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // a list keeps Enter to itself: it adds here as everywhere
        if (e.getCode() == KeyCode.ENTER && !addButton.isDisabled()) {
          addButton.fire();
          e.consume();
        }
      });
    }
    vm.search("");
    setOnShown(e -> Platform.runLater(search::requestFocus));
  }

  private ListView<Arende> hitList(ArendeSokViewModel vm) {
    ListView<Arende> list = new ListView<>(vm.traffar());
    list.setId("arendeSokTraffar");
    list.setAccessibleText(Messages.get("sok.traffar"));
    list.setAccessibleHelp(Messages.get("sok.tips"));
    list.setPlaceholder(new Label(Messages.get("diarium.inga.traffar")));
    list.setCellFactory(l -> new MarkableCell(vm));
    keepSelection(list);
    list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.MARKERA.matches(e)) {
        vm.toggle(list.getSelectionModel().getSelectedItem());
        list.refresh();
        e.consume();
      }
    });
    list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      Arende a = list.getSelectionModel().getSelectedItem();
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && a != null) {
        if (!vm.valda().contains(a)) {
          vm.toggle(a);
        }
        setResult(vm.attLaggaTill(a));
      }
    });
    vm.valda().addListener((ListChangeListener<Arende>) c -> list.refresh());
    return list;
  }

  /** A hit: its box (marked or not) and "2025/1185-3.9.0.1  Månadsrapport september 2025". */
  private static final class MarkableCell extends ListCell<Arende> {
    private final CheckBox box = new CheckBox();
    private final ArendeSokViewModel vm;

    MarkableCell(ArendeSokViewModel vm) {
      this.vm = vm;
      box.setFocusTraversable(false);
      box.setOnAction(e -> {
        vm.toggle(getItem());
        box.setSelected(vm.valda().contains(getItem()));
      });
      setWrapText(true);
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Arende a, boolean empty) {
      super.updateItem(a, empty);
      if (empty || a == null) {
        setText(null);
        setGraphic(null);
      } else {
        box.setSelected(vm.valda().contains(a));
        setText(a.arendenummer() + "  " + a.rubrik());
        setGraphic(box);
      }
    }
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
