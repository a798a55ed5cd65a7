package se.namndbok.app.shared;

import impl.org.controlsfx.autocompletion.AutoCompletionTextFieldBinding;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;

/**
 * A suggestion list under a text field that only ever shows the answer to the text the field holds. ControlsFX
 * fetches suggestions on a background thread and shows them when they arrive, with the first one selected, and
 * its list takes Tab and Enter as "choose the selected suggestion". On a busy machine two things went wrong:
 * a list arrived after the user had left the field and ate the Enter meant for saving, and a list shown for
 * "2025/113" stayed open while the user typed on, so the Tab after "2025/1130" chose the stale first
 * suggestion and kept the focus (the keyboard-entry window test's decision never saved; the typed keys went
 * into the wrong field). Here the list is hidden as soon as the text changes and shown only while the field
 * has the focus and the arriving list is the answer to its current text. Decision 0137.
 */
public final class Suggestions extends AutoCompletionTextFieldBinding<String> {
  /** The keys that move in or choose from the open list (ControlsFX: Enter and Tab choose, Esc closes). */
  private static final java.util.Set<KeyCode> LIST_KEYS = java.util.EnumSet.of(KeyCode.UP, KeyCode.DOWN,
      KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.ENTER, KeyCode.TAB, KeyCode.ESCAPE);

  private final Provider provider;
  private String shownFor;
  private boolean handingOver;
  /** Where a Tab that is choosing from the open list moves the focus once the field is completed. */
  private javafx.scene.TraversalDirection tabbing;

  private Suggestions(TextField field, Provider provider) {
    super(field, provider);
    this.provider = provider;
    // as wide as the field it completes (ControlsFX's list is a fixed 250 px, narrower than most fields)
    getAutoCompletionPopup().prefWidthProperty().bind(field.widthProperty());
    getAutoCompletionPopup().skinProperty().addListener((o, was, skin) -> {
      if (skin != null && skin.getNode() instanceof ListView<?> list) {
        fitted(list, getAutoCompletionPopup().visibleRowCountProperty());
      }
    });
    // While the list is open JavaFX hands the field's keys to the list first, and the list kept Home, End, Ctrl+A
    // and the like for itself: Home and a letter put the letter last, Ctrl+A selected nothing. Only the keys that
    // choose in the list stay with it; any other key closes the list and goes to the field (once: with the list
    // closed, JavaFX no longer hands it over).
    getAutoCompletionPopup().addEventFilter(KeyEvent.ANY, e -> {
      if (e.getEventType() == KeyEvent.KEY_PRESSED) {
        tabbing = e.getCode() != KeyCode.TAB ? null
            : e.isShiftDown() ? javafx.scene.TraversalDirection.PREVIOUS : javafx.scene.TraversalDirection.NEXT;
      }
      if (handingOver || e.getEventType() != KeyEvent.KEY_TYPED && LIST_KEYS.contains(e.getCode())) {
        return;
      }
      e.consume();
      hidePopup();
      handingOver = true;
      try {
        field.fireEvent(e.copyFor(field, field));
      } finally {
        handingOver = false;
      }
    });
    field.textProperty().addListener((o, was, now) -> {
      if (getAutoCompletionPopup().isShowing() && (now == null || !now.equals(shownFor))) {
        hidePopup();
      }
    });
  }

  /**
   * ControlsFX sizes its list for 24 px rows plus 18 px, so the theme's taller rows left an empty row under one
   * suggestion, and its own stylesheet (on the list, where the window's cannot override it) names Modena colours
   * the theme does not define (a ClassCastException logged at every first list). Here every row is one line of the
   * theme's font high and the list exactly as high as its rows; app.css gives it the theme's colours.
   */
  private static void fitted(ListView<?> list, javafx.beans.value.ObservableIntegerValue rows) {
    list.getStylesheets().removeIf(s -> s.endsWith("/autocompletion.css"));
    double row = Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2);
    list.setFixedCellSize(row);
    list.prefHeightProperty().unbind();
    list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
        () -> Math.min(rows.get(), list.getItems().size()) * row + list.snappedTopInset() + list.snappedBottomInset(),
        rows, list.getItems(), list.insetsProperty()));
    list.maxHeightProperty().bind(list.prefHeightProperty());
  }

  /** Completes {@code field} with what {@code suggest} (called off the JavaFX thread) gives for its text. */
  public static Suggestions bind(TextField field, Function<String, List<String>> suggest) {
    return new Suggestions(field, new Provider(suggest));
  }

  /**
   * Tab chooses the selected suggestion (ControlsFX) and then moves on, as Tab does everywhere else in a form: the
   * focus stayed in the field, so what the user typed next for the next field was added to this one ("MAS" Tab
   * "6.1" gave the delegat "MAS/MAR/SAS6.1"; found by a keyboard walk). Enter chooses and stays, so that the next
   * Enter saves.
   */
  @Override
  protected void completeUserInput(String completion) {
    super.completeUserInput(completion);
    javafx.scene.TraversalDirection move = tabbing;
    tabbing = null;
    if (move != null) {
      getCompletionTarget().requestFocusTraversal(move);
    }
  }

  @Override
  protected void showPopup() {
    TextField field = getCompletionTarget();
    String text = field.getText();
    if (field.isFocused() && text != null && provider.answers(text, getAutoCompletionPopup().getSuggestions())) {
      shownFor = text;
      super.showPopup();
    } else {
      hidePopup();
    }
  }

  /** Fetches the suggestions and remembers the latest answer and the text it answers. */
  private static final class Provider implements Callback<ISuggestionRequest, Collection<String>> {
    private final Function<String, List<String>> suggest;
    private volatile Answer latest = new Answer("", List.of());

    Provider(Function<String, List<String>> suggest) {
      this.suggest = suggest;
    }

    @Override
    public Collection<String> call(ISuggestionRequest request) {
      List<String> found = List.copyOf(suggest.apply(request.getUserText()));
      latest = new Answer(request.getUserText(), found);
      return found;
    }

    /** True when {@code shown} is what the latest fetch found for {@code text}. */
    boolean answers(String text, List<String> shown) {
      Answer a = latest;
      return a.text().equals(text) && a.found().equals(shown);
    }
  }

  private record Answer(String text, List<String> found) {}
}
