package se.namndbok.app.shared;

import impl.org.controlsfx.autocompletion.AutoCompletionTextFieldBinding;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.util.Callback;

/**
 * A suggestion list under a text field that never shows late. ControlsFX fetches suggestions on a background
 * thread and shows them when they arrive, with the first one selected; on a busy machine they could arrive
 * after the user had typed on or moved to the next field, and the Enter meant for saving then chose the
 * stale first suggestion instead (replacing the typed diarienummer and saving nothing). Here the list is
 * shown only while the field has the focus and still holds the text the suggestions were fetched for.
 */
public final class Suggestions extends AutoCompletionTextFieldBinding<String> {
  private final Provider provider;

  private Suggestions(TextField field, Provider provider) {
    super(field, provider);
    this.provider = provider;
  }

  /** Completes {@code field} with what {@code suggest} (called off the JavaFX thread) gives for its text. */
  public static Suggestions bind(TextField field, Function<String, List<String>> suggest) {
    return new Suggestions(field, new Provider(suggest));
  }

  @Override
  protected void showPopup() {
    if (stillCurrent()) {
      super.showPopup();
    } else {
      hidePopup();
    }
  }

  /** True when the field has the focus and its text is the one the arriving suggestions answer. */
  private boolean stillCurrent() {
    TextField field = getCompletionTarget();
    return field.isFocused() && field.getText() != null && field.getText().equals(provider.answeredFor);
  }

  /** Fetches the suggestions and remembers which text they answer. */
  private static final class Provider implements Callback<ISuggestionRequest, Collection<String>> {
    private final Function<String, List<String>> suggest;
    private volatile String answeredFor;

    Provider(Function<String, List<String>> suggest) {
      this.suggest = suggest;
    }

    @Override
    public Collection<String> call(ISuggestionRequest request) {
      List<String> found = suggest.apply(request.getUserText());
      answeredFor = request.getUserText();
      return found;
    }
  }
}
