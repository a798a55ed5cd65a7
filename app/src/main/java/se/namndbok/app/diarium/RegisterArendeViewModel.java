package se.namndbok.app.diarium;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Drafts;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Completion;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.FieldError;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarievarden;
import se.namndbok.core.arende.Klassificering;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The "Registrera ärende" and "Ändra ärende" form: the values, one Swedish error message per field, and saving
 * through {@link ArendeService#register} or {@link ArendeService#andra}, which validate again and own the
 * transaction (nothing half-saved).
 */
public final class RegisterArendeViewModel {
  static final String HANDLAGGARE = "Handläggare";

  private final Function<NyttArende, Arende> register;
  private final Clock clock;
  private final TaskExecutor executor;
  private final StringProperty klassificering = new SimpleStringProperty("");
  private final StringProperty rubrik = new SimpleStringProperty("");
  private final StringProperty handlaggare = new SimpleStringProperty("");
  private final BooleanProperty sekretess = new SimpleBooleanProperty();
  private final StringProperty klassificeringError = new SimpleStringProperty("");
  private final StringProperty rubrikError = new SimpleStringProperty("");
  private final StringProperty handlaggareError = new SimpleStringProperty("");
  private final StringProperty generalError = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final Map<String, StringProperty> errorsByField = new LinkedHashMap<>();
  private final EntryFormState state = EntryFormState.of(java.util.List.of(klassificering, rubrik, handlaggare,
      sekretess));
  private final StringProperty notice = new SimpleStringProperty("");
  private Arende existing;
  private volatile Diarievarden varden = new Diarievarden(java.util.List.of(), java.util.List.of());

  /** {@code register} is the one core call that registers (in the diarium, or as a meeting's new item). */
  public RegisterArendeViewModel(Function<NyttArende, Arende> register, Clock clock, TaskExecutor executor) {
    this.register = register;
    this.clock = clock;
    this.executor = executor;
    errorsByField.put(Klassificering.FIELD, klassificeringError);
    errorsByField.put("Rubrik", rubrikError);
    errorsByField.put(HANDLAGGARE, handlaggareError);
  }

  /** The form for changing {@code a}: its klassificering, rubrik and handläggare, filled in. */
  public static RegisterArendeViewModel forChange(ArendeService arenden, Clock clock, TaskExecutor executor,
      Arende a) {
    RegisterArendeViewModel vm = new RegisterArendeViewModel(
        nytt -> arenden.andra(a, nytt.klassificering(), nytt.rubrik(), nytt.handlaggare(), nytt.sekretess()), clock,
        executor);
    vm.existing = a;
    vm.klassificering.set(a.klassificering() == null ? "" : a.klassificering().kod());
    vm.rubrik.set(a.rubrik());
    vm.handlaggare.set(a.handlaggare() == null ? "" : a.handlaggare());
    vm.sekretess.set(a.sekretess());
    vm.state.saved();
    return vm;
  }

  /** The ärende's sekretess as stored (false for a new one): what the box is compared with. */
  public boolean sparadSekretess() {
    return existing != null && existing.sekretess();
  }

  /**
   * Keeps what is typed as a draft under {@code key} while the form is open (decision 0171) and fills in one left
   * from before, when the program ended with the form open; {@code what} names it in the list shown at start.
   * Returns this form.
   */
  public RegisterArendeViewModel withDraft(Drafts drafts, String key, Supplier<String> what) {
    // the fields are named when someone else changed them since; a new ärende's cannot have been
    FormDraft draft = FormDraft.inDialog(drafts, state, () -> key, what,
        () -> existing == null ? java.util.List.of() : Messages.list("utkast.falt.arende"), saveText());
    notice.bind(draft.noticeProperty());
    draft.restore();
    return this;
  }

  /** The key of the draft of a change to {@code a}. */
  public static String draftKey(Arende a) {
    return "arende-" + a.id();
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended. */
  public StringProperty noticeProperty() {
    return notice;
  }

  /** The form closed without saving: what it held is thrown away, and its draft with it. */
  public void discard() {
    state.discard();
  }

  /**
   * Fetches, in the background, the klassificeringar and handläggare the diarium uses, which then complete the
   * fields; returns this form.
   */
  public RegisterArendeViewModel withSuggestions(Supplier<Diarievarden> read) {
    BackgroundTask.wrap(read::get).onSuccess(v -> varden = v).executeWith(executor);
    return this;
  }

  /** The klassificeringar in use that start with what is typed, in code order (called off the JavaFX thread). */
  public java.util.List<String> klassificeringar(String typed) {
    return Completion.starting(varden.klassificeringar(), typed);
  }

  /** The handläggare in use whose names contain what is typed (called off the JavaFX thread). */
  public java.util.List<String> handlaggare(String typed) {
    return Completion.among(varden.handlaggare(), typed);
  }

  /** The text of the button that saves the form: "Registrera", or "Spara" for a change. */
  public String saveText() {
    return Messages.get(isChange() ? "knapp.spara" : "registrera.spara");
  }

  /** True when the form changes an existing ärende ("Ändra ärende"). */
  public boolean isChange() {
    return existing != null;
  }

  /** Checks what can be checked without the store, marking the fields; true when the form may be sent. */
  public boolean validate() {
    Validator v = new Validator().notBlank(rubrik.get(), "Rubrik")
        .maxLength(rubrik.get(), ArendeService.RUBRIK_MAX, "Rubrik")
        .maxLength(handlaggare.get(), ArendeService.HANDLAGGARE_MAX, HANDLAGGARE);
    if (!klassificering.get().isBlank()) {
      try {
        Klassificering.parse(klassificering.get());
      } catch (ValidationException e) {
        v.add(e);
      }
    }
    try {
      v.throwIfInvalid();
      FieldError.clear(errorsByField, generalError);
      return true;
    } catch (ValidationException e) {
      FieldError.distribute(e, errorsByField, generalError);
      return false;
    }
  }

  /** Registers (or changes) the ärende in the background; {@code onSaved} gets it, or the fields get the store's refusal. */
  public void save(Consumer<Arende> onSaved) {
    if (saving.get() || !validate()) {
      return;
    }
    NyttArende nytt = NyttArende.nytt(klassificering.get(), rubrik.get(), handlaggare.get(), sekretess.get(),
        clock.today());
    BackgroundTask.wrap(() -> register.apply(nytt))
        .onRunning(() -> saving.set(true))
        .onSuccess(a -> {
          state.saved();
          onSaved.accept(a);
        })
        .onFailure(this::refused)
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  private void refused(Throwable t) {
    if (t instanceof ValidationException e) {
      FieldError.distribute(e, errorsByField, generalError);
    } else {
      ErrorDialog.showUnexpected(t);
    }
  }

  public StringProperty klassificeringProperty() {
    return klassificering;
  }

  public StringProperty rubrikProperty() {
    return rubrik;
  }

  public StringProperty handlaggareProperty() {
    return handlaggare;
  }

  public BooleanProperty sekretessProperty() {
    return sekretess;
  }

  public StringProperty klassificeringErrorProperty() {
    return klassificeringError;
  }

  public StringProperty rubrikErrorProperty() {
    return rubrikError;
  }

  public StringProperty handlaggareErrorProperty() {
    return handlaggareError;
  }

  public StringProperty generalErrorProperty() {
    return generalError;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
