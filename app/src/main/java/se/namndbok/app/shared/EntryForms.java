package se.namndbok.app.shared;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import se.namndbok.core.shared.Texts;

/** The pieces the entry areas share: fields with completion, the date field, the undo notification, CSV choice. */
public final class EntryForms {
  /** The key, in a field's properties, of its completion (so Esc and Enter can leave an open list alone). */
  static final String COMPLETION = "namndbok.completion";

  private EntryForms() {}

  /** True while one of {@code form}'s fields shows its list of suggestions. */
  public static boolean suggestionsShowing(Node form) {
    return form.lookupAll(".text-field").stream().map(n -> n.getProperties().get(COMPLETION))
        .anyMatch(b -> b instanceof org.controlsfx.control.textfield.AutoCompletionBinding<?> c
            && c.getAutoCompletionPopup().isShowing());
  }

  /** Closes every open list of suggestions in {@code form}. */
  public static void hideSuggestions(Node form) {
    form.lookupAll(".text-field").stream().map(n -> n.getProperties().get(COMPLETION))
        .filter(b -> b instanceof org.controlsfx.control.textfield.AutoCompletionBinding<?>)
        .forEach(b -> ((org.controlsfx.control.textfield.AutoCompletionBinding<?>) b).getAutoCompletionPopup().hide());
  }

  /** A labelled text field; {@code suggest} (may be null) completes it, called off the JavaFX thread. */
  public static VBox field(String id, String label, String prompt, StringProperty value, StringProperty error,
      Function<String, List<String>> suggest) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(value);
    if (suggest != null) {
      field.getProperties().put(COMPLETION, Suggestions.bind(field, suggest));
    }
    return Forms.labelled(field, label, error);
  }

  /**
   * A date typed (2025-10-23, 20251023, 23/10 or 23 okt, shown as 2025-10-23 once the field is left), or picked
   * with the calendar button beside it (which opens on the typed date and sets the same text).
   */
  public static VBox dateField(String id, String label, StringProperty text, StringProperty error,
      Supplier<LocalDate> today) {
    return dateField(id, label, text, error, TypedDate.YearOmitted.THIS_YEAR, today);
  }

  /**
   * As {@link #dateField(String, String, StringProperty, StringProperty, Supplier)}; a day and month placed by the
   * rule, counted from {@code today} (the store's clock, the same day the view model checks the date against).
   */
  public static VBox dateField(String id, String label, StringProperty text, StringProperty error,
      TypedDate.YearOmitted yearOmitted, Supplier<LocalDate> today) {
    return dateField(id, label, text, error, () -> yearOmitted, today);
  }

  /**
   * As above, the rule and its day asked for each time the field is left or its calendar opened: for a date placed
   * after another field's (an offer after the decision), {@code from} gives that date.
   */
  public static VBox dateField(String id, String label, StringProperty text, StringProperty error,
      Supplier<TypedDate.YearOmitted> yearOmitted, Supplier<LocalDate> from) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText("åååå-mm-dd");
    field.setPrefColumnCount(10);
    field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    field.textProperty().bindBidirectional(text);
    field.focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        text.set(TypedDate.normalize(text.get(), from.get(), yearOmitted.get()));
      }
    });
    VBox box = Forms.labelled(field, label, error);
    DatePicker picker = calendar(id + "Picker", label, text, yearOmitted, from);
    // the calendar from the keyboard too (its button is not in the Tab order; a walk found no key to open it):
    // Alt+Down or F4 in the field, as in a combo box; the focus comes back to the field when it closes
    field.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.F4 && !e.isAltDown()
          || e.getCode() == javafx.scene.input.KeyCode.DOWN && e.isAltDown()) {
        picker.show();
        e.consume();
      }
    });
    picker.setOnHidden(e -> field.requestFocus());
    field.setAccessibleHelp(Messages.get("datum.kalender.tips"));
    HBox row = new HBox(4, field, picker); // caption, message remain
    HBox.setHgrow(field, Priority.ALWAYS);
    box.getChildren().add(1, row);
    return box;
  }

  /**
   * The calendar button of a typed date: Swedish weeks (Monday first) with week numbers, opening on the date in
   * {@code text}; not in the Tab order (the text field is). Picking a day sets {@code text}.
   */
  private static DatePicker calendar(String id, String label, StringProperty text,
      Supplier<TypedDate.YearOmitted> yearOmitted, Supplier<LocalDate> from) {
    DatePicker picker = new DatePicker();
    picker.setId(id);
    picker.setEditable(false);
    picker.setFocusTraversable(false);
    picker.setShowWeekNumbers(true);
    picker.setPrefWidth(44);
    picker.setMinWidth(44);
    picker.setAccessibleText(Messages.format("datum.valj", label));
    picker.setOnShowing(e -> picker.setValue(parsedOrNull(text.get(), yearOmitted.get(), from.get())));
    picker.valueProperty().addListener((o, was, now) -> {
      if (now != null) {
        text.set(Texts.DATE.format(now));
      }
    });
    return picker;
  }

  /**
   * The area's title with its actions at the right. The actions keep their whole text; the title takes the rest
   * and wraps when the window is narrow.
   */
  public static HBox titleRow(javafx.scene.control.Label title, Node... actions) {
    Forms.wrapping(title);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    HBox row = new HBox(8, title);
    for (Node a : actions) {
      if (a instanceof javafx.scene.layout.Region r) {
        r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      }
      row.getChildren().add(a);
    }
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return row;
  }

  /** A label that never shrinks below its text. */
  public static javafx.scene.control.Label fixedLabel(String text) {
    javafx.scene.control.Label l = new javafx.scene.control.Label(text);
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  /**
   * A period end of the list filters, typed as a date field is (2025-10-01, 1/10, 1 okt; the prompt shows the
   * long form), and shown as the date understood once the field is left, the year taken from {@code today}.
   */
  public static TextField dateFilter(String id, String prompt, StringProperty value, Supplier<LocalDate> today) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setAccessibleText(prompt);
    f.setPrefColumnCount(9);
    f.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    f.textProperty().bindBidirectional(value);
    f.focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        value.set(TypedDate.normalize(value.get(), today.get(), TypedDate.YearOmitted.THIS_YEAR));
      }
    });
    return f;
  }

  private static LocalDate parsedOrNull(String text, TypedDate.YearOmitted yearOmitted, LocalDate today) {
    try {
      return TypedDate.parse(text, "Datum", today, yearOmitted);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A notification over {@code owner}'s window that something is done ("Kallelsen är sparad"), for six seconds. */
  public static void notifyDone(Node owner, String text) {
    notifyDone(owner, text, Duration.seconds(6));
  }

  /** {@link #notifyDone(Node, String)} shown for {@code shown} (a test keeps it while it looks). */
  static void notifyDone(Node owner, String text, Duration shown) {
    if (owner.getScene() != null) {
      Notifications.create().owner(owner.getScene().getWindow()).title(Messages.get("app.titel")).text(text)
          .hideAfter(shown).showInformation();
    }
  }

  /** The CSV file to import, or empty when the user cancelled. */
  public static Optional<Path> chooseCsv(FileDialogs files, Window owner, String title) {
    return files.open(owner, title, null, java.util.List.of(
        new FileChooser.ExtensionFilter(Messages.get("import.csvfiler"), "*.csv")));
  }

  /**
   * Asks whether to register an unknown diarienummer as a new ärende now. Nej is the default: a mistyped number
   * and a second Enter would otherwise put an ärende into the diarium that no one meant, and a diarium entry stays.
   */
  public static boolean confirmRegister(Window owner, String diarienummer) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("okant.arende.text", diarienummer),
        ButtonType.YES, ButtonType.NO);
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.titel"));
    alert.setHeaderText(Messages.format("okant.arende.rubrik", diarienummer));
    alert.getDialogPane().setId("okantArendeDialog");
    Theme.style(alert.getDialogPane());
    return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
  }

  /**
   * A sortable column with its id, cells from {@code value}, in {@code order}; never narrower than its heading, and
   * a cell too narrow for its text shows the whole text as a tooltip.
   */
  public static <S, T> TableColumn<S, T> column(String id, String title, Function<S, T> value, Comparator<T> order) {
    TableColumn<S, T> c = new TableColumn<>(title);
    c.setId(id);
    fitHeading(c);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setComparator(order);
    c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty || item == null ? null : item.toString();
        setText(text);
        setTooltip(text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
      }
    });
    return c;
  }

  public static void width(TableColumn<?, ?> c, double min, double pref) {
    c.setMinWidth(Math.max(min, headingWidth(c.getText())));
    c.setPrefWidth(Math.max(pref, c.getMinWidth()));
  }

  /** Keeps a column at least as wide as its heading (bold, with the sort arrow), so the heading is never cut. */
  public static void fitHeading(TableColumn<?, ?> c) {
    c.setMinWidth(Math.max(c.getMinWidth(), headingWidth(c.getText())));
    c.setPrefWidth(Math.max(c.getPrefWidth(), c.getMinWidth()));
  }

  /** The width a column needs for {@code heading}: the bold text, the cell padding and room for the sort arrow. */
  static double headingWidth(String heading) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(heading == null ? "" : heading);
    javafx.scene.text.Font f = javafx.scene.text.Font.getDefault();
    t.setFont(javafx.scene.text.Font.font(f.getFamily(), javafx.scene.text.FontWeight.BOLD, f.getSize()));
    return Math.ceil(t.getLayoutBounds().getWidth()) + 34;
  }
}
