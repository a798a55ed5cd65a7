package se.namndbok.app.meddelande;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Completion;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.FieldError;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnknownArende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeService;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;

/**
 * The meddelande entry form, the same pattern as the delegationsbeslut form: Swedish message per field, saved
 * in the background (assigned to the next meeting by the core), empty again for the next one.
 */
public final class MeddelandeFormViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final StringProperty avsandare = new SimpleStringProperty("");
  private final StringProperty datum = new SimpleStringProperty("");
  private final StringProperty paragraf = new SimpleStringProperty("");
  private final StringProperty amne = new SimpleStringProperty("");
  private final StringProperty diarienummer = new SimpleStringProperty("");
  private final StringProperty hid = new SimpleStringProperty("");
  private final BooleanProperty sekretess = new SimpleBooleanProperty();
  private final StringProperty generalError = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final Map<String, StringProperty> errors = new LinkedHashMap<>();
  private final ObservableList<String> kandaAvsandare = FXCollections.observableArrayList();

  public MeddelandeFormViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    for (String f : List.of(MeddelandeService.AVSANDARE, MeddelandeService.DATUM, MeddelandeService.PARAGRAF,
        MeddelandeService.AMNE, Diarienummer.FIELD, HandlingsId.FIELD)) {
      errors.put(f, new SimpleStringProperty(""));
    }
  }

  /** Fetches the senders used so far, for the completion of the Avsändare field. */
  public void loadAvsandare() {
    BackgroundTask.wrap(() -> services.meddelanden().tidigareAvsandare())
        .onSuccess(kandaAvsandare::setAll)
        .executeWith(executor);
  }

  public List<String> avsandareForslag(String typed) {
    return Completion.among(List.copyOf(kandaAvsandare), typed);
  }

  public List<String> diarienummerForslag(String typed) {
    return Completion.diarienummer(services.arenden(), typed);
  }

  /** Saves in the background; an unknown diarienummer is registered as a new ärende when {@code confirm} says so. */
  public void save(UnknownArende.Confirm confirm, Consumer<Meddelande> onSaved) {
    if (saving.get()) {
      return;
    }
    Optional<NyttMeddelande> ny = parsed();
    if (ny.isEmpty()) {
      return;
    }
    BackgroundTask.wrap(() -> UnknownArende.check(services.arenden(), ny.get().diarienummer()))
        .onRunning(() -> saving.set(true))
        .onSuccess(unknown -> register(ny.get(), unknown.isPresent() && confirm.registerNow(unknown.get()), onSaved))
        .onFailure(this::refused)
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  private void register(NyttMeddelande ny, boolean registerArende, Consumer<Meddelande> onSaved) {
    BackgroundTask.wrap(() -> registerArende
            ? services.database().inTransaction(tx -> services.meddelanden().register(tx, ny, true))
            : services.meddelanden().register(ny))
        .onRunning(() -> saving.set(true))
        .onSuccess(saved -> {
          if (!kandaAvsandare.contains(saved.avsandare())) {
            kandaAvsandare.add(saved.avsandare());
          }
          clear();
          onSaved.accept(saved);
        })
        .onFailure(this::refused)
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  Optional<NyttMeddelande> parsed() {
    FieldError.clear(errors, generalError);
    LocalDate d;
    try {
      d = Texts.parseDate(datum.get(), MeddelandeService.DATUM);
    } catch (ValidationException e) {
      FieldError.distribute(e, errors, generalError);
      return Optional.empty();
    }
    return Optional.of(new NyttMeddelande(avsandare.get().strip(), d, paragraf.get(), amne.get(),
        diarienummer.get().strip(), hid.get().strip(), sekretess.get()));
  }

  private void refused(Throwable t) {
    if (t instanceof ValidationException e) {
      FieldError.distribute(e, errors, generalError);
    } else {
      ErrorDialog.showUnexpected(t);
    }
  }

  public void clear() {
    for (StringProperty p : List.of(avsandare, datum, paragraf, amne, diarienummer, hid)) {
      p.set("");
    }
    sekretess.set(false);
    FieldError.clear(errors, generalError);
  }

  public StringProperty avsandareProperty() {
    return avsandare;
  }

  public StringProperty datumProperty() {
    return datum;
  }

  public StringProperty paragrafProperty() {
    return paragraf;
  }

  public StringProperty amneProperty() {
    return amne;
  }

  public StringProperty diarienummerProperty() {
    return diarienummer;
  }

  public StringProperty hidProperty() {
    return hid;
  }

  public BooleanProperty sekretessProperty() {
    return sekretess;
  }

  public StringProperty errorProperty(String field) {
    return errors.get(field);
  }

  public StringProperty generalErrorProperty() {
    return generalError;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
