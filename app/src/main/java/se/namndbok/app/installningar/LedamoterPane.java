package se.namndbok.app.installningar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.namndbok.app.shared.EntryFormFrame;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.GuardedSelection;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.Uppdrag;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.shared.Texts;

/** Ledamöter with party on the left; the selected one's name, party and uppdrag on the right. */
final class LedamoterPane extends SplitPane {
  private final LedamoterViewModel vm;
  private Button removeButton;

  LedamoterPane(LedamoterViewModel vm) {
    this.vm = vm;
    setId("ledamoterPane");
    setStyle("-fx-padding: 12 0 0 0;");
    javafx.scene.control.ScrollPane detail = new javafx.scene.control.ScrollPane(detail());
    detail.setFitToWidth(true);
    getItems().setAll(ledamoter(), detail);
    setDividerPositions(0.36);
    vm.load();
  }

  /** Ctrl+N: an empty form for a new ledamot (what is typed for the one shown is asked about first). */
  void ny() {
    se.namndbok.app.shared.UnsavedChanges.thenRun(() -> List.of(vm.guard()), this, () -> {
      vm.selectedProperty().set(null);
      lookup("#ledFornamn").requestFocus();
    });
  }

  private VBox ledamoter() {
    TableView<Ledamot> table = new TableView<>(vm.ledamoter());
    table.setId("ledamoterTable");
    table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
    table.setAccessibleText(Messages.get("installningar.flik.ledamoter"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(List.of(
        EntryForms.column("ledKol-namn", Messages.get("installningar.ledamot.namn"), Ledamot::namn, Texts.swedishOrder()),
        EntryForms.column("ledKol-parti", LedamoterViewModel.PARTI, Ledamot::parti, Texts.swedishOrder())));
    Label inga = new Label(Messages.get("installningar.ledamoter.inga"));
    inga.setWrapText(true); // it was cut at the list's width ("… till…")
    inga.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    table.setPlaceholder(inga);
    GuardedSelection.bind(table, vm.selectedProperty(), () -> List.of(vm.guard()));
    VBox.setVgrow(table, Priority.ALWAYS);
    return new VBox(8, table);
  }

  private VBox detail() {
    var e = vm.ledamotErrors();
    HBox names = new HBox(8,
        grow(Forms.textField("ledFornamn", LedamoterViewModel.FORNAMN, "", vm.fornamnProperty(), e.get(LedamoterViewModel.FORNAMN))),
        grow(Forms.textField("ledEfternamn", LedamoterViewModel.EFTERNAMN, "", vm.efternamnProperty(),
            e.get(LedamoterViewModel.EFTERNAMN))),
        Forms.textField("ledParti", LedamoterViewModel.PARTI, "t.ex. S", vm.partiProperty(), e.get(LedamoterViewModel.PARTI)));
    Button add = button("ledLaggTill", "installningar.ledamot.ny", vm::addLedamot);
    EntryFormFrame.enter(names, () -> {
      if (vm.selectedProperty().get() == null) {
        vm.addLedamot();
      } else {
        vm.updateLedamot();
      }
    });
    Button update = button("ledSpara", "installningar.ledamot.spara", vm::updateLedamot);
    update.disableProperty().bind(vm.selectedProperty().isNull());
    Label uppdragTitle = new Label(Messages.get("installningar.uppdrag"));
    uppdragTitle.getStyleClass().add("section-title");
    Label lage = new Label();
    lage.setId("ledLage");
    lage.setWrapText(true);
    lage.getStyleClass().add("muted");
    lage.textProperty().bind(vm.lageProperty());
    VBox box = new VBox(8, lage, names, new HBox(8, add, update), Forms.errorLabel("ledError", e.general()), uppdragTitle,
        uppdragTable(), uppdragForm());
    vm.tillagdProperty().addListener((o, was, now) -> {
      if (now) {
        box.lookup("#uppTyp").requestFocus();
      }
    });
    box.setStyle("-fx-padding: 0 0 0 12;");
    return box;
  }

  private TableView<Uppdrag> uppdragTable() {
    TableView<Uppdrag> table = new TableView<>(vm.uppdrag());
    table.setId("uppdragTable");
    table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
    table.setAccessibleText(Messages.get("installningar.uppdrag"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(List.of(
        EntryForms.column("uppKol-typ", Messages.get("installningar.uppdrag.kol.typ"), u -> u.typ().text(), Texts.swedishOrder()),
        EntryForms.column("uppKol-roll", LedamoterViewModel.ROLL, u -> u.roll().text(), Texts.swedishOrder()),
        EntryForms.column("uppKol-organ", Messages.get("installningar.uppdrag.kol.organ"), vm::organ, Texts.swedishOrder()),
        EntryForms.<Uppdrag, LocalDate>column("uppKol-fran", LedamoterViewModel.FRAN, Uppdrag::fran, Comparator.naturalOrder()),
        EntryForms.<Uppdrag, LocalDate>column("uppKol-till", LedamoterViewModel.TILL, Uppdrag::till, Comparator.naturalOrder())));
    Label inga = new Label();
    inga.setWrapText(true);
    inga.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
        ? Messages.get("installningar.uppdrag.inga")
        : Messages.format("installningar.uppdrag.inga.valt", vm.selectedProperty().get().namn()), vm.selectedProperty()));
    table.setPlaceholder(inga);
    table.setPrefHeight(150);
    VBox.setVgrow(table, Priority.ALWAYS);
    Button remove = button("uppTaBort", "installningar.uppdrag.tabort",
        () -> vm.removeUppdrag(table.getSelectionModel().getSelectedItem()));
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    removeButton = remove;
    return table;
  }

  private VBox uppdragForm() {
    var e = vm.uppdragErrors();
    ComboBox<UppdragTyp> typ = combo("uppTyp", UppdragTyp.values(), t -> t == null ? "" : t.text(), vm.typProperty());
    ComboBox<Roll> roll = combo("uppRoll", Roll.values(), r -> r == null ? "" : r.text(), vm.rollProperty());
    ComboBox<Utskott> organ = new ComboBox<>(vm.organ());
    organ.setId("uppOrgan");
    organ.setPromptText(Messages.get("installningar.namnden"));
    organ.setConverter(converter(u -> u == null ? Messages.get("installningar.namnden") : u.namn()));
    organ.valueProperty().bindBidirectional(vm.utskottProperty());
    organ.setPrefWidth(190);
    FlowPane row = new FlowPane(8, 6,
        Forms.labelled(typ, Messages.get("installningar.uppdrag.typ"), e.get("Ledamot/ersättare")),
        Forms.labelled(roll, LedamoterViewModel.ROLL, e.get(LedamoterViewModel.ROLL)),
        Forms.labelled(organ, Messages.get("installningar.uppdrag.organ"), e.get("Utskott")),
        EntryForms.dateField("uppFran", LedamoterViewModel.FRAN, vm.franProperty(), e.get(LedamoterViewModel.FRAN),
            vm::today),
        EntryForms.dateField("uppTill", LedamoterViewModel.TILL, vm.tillProperty(), e.get(LedamoterViewModel.TILL),
            vm::today));
    Button add = button("uppLaggTill", "installningar.uppdrag.ny", vm::addUppdrag);
    EntryFormFrame.enter(row, vm::addUppdrag);
    add.disableProperty().bind(vm.selectedProperty().isNull());
    return new VBox(8, row, new HBox(8, add, removeButton), Forms.errorLabel("uppError", e.general()));
  }

  private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> text,
      javafx.beans.property.ObjectProperty<T> value) {
    ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(values));
    c.setId(id);
    c.setConverter(converter(text));
    c.valueProperty().bindBidirectional(value);
    return c;
  }

  private static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return text.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  private static VBox grow(VBox field) {
    HBox.setHgrow(field, Priority.ALWAYS);
    return field;
  }

  private static Button button(String id, String key, Runnable action) {
    Button b = new Button(Messages.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }
}
