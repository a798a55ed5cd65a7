package se.namndbok.app.meddelande;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Completion;
import se.namndbok.app.shared.EntrySaving;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnknownArende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeService;
import se.namndbok.core.meddelande.NyttMeddelande;

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
  private final ObservableList<String> kandaAvsandare = FXCollections.observableArrayList();
  private final EntrySaving<NyttMeddelande, Meddelande> saving;

  public MeddelandeFormViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.saving = new EntrySaving<>(services, executor, List.of(MeddelandeService.AVSANDARE, MeddelandeService.DATUM,
        MeddelandeService.PARAGRAF, MeddelandeService.AMNE, Diarienummer.FIELD, HandlingsId.FIELD),
        new EntrySaving.Registration<>(NyttMeddelande::diarienummer, ny -> services.meddelanden().register(ny),
            (tx, ny) -> services.meddelanden().register(tx, ny, true)));
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
    saving.save(this::parsed, confirm, saved -> {
      if (!kandaAvsandare.contains(saved.avsandare())) {
        kandaAvsandare.add(saved.avsandare());
      }
      clear();
      onSaved.accept(saved);
    });
  }

  Optional<NyttMeddelande> parsed() {
    return saving.clearAndRead(() -> new NyttMeddelande(avsandare.get().strip(),
        TypedDate.parse(datum.get(), MeddelandeService.DATUM, services.clock().today()), paragraf.get(), amne.get(), diarienummer.get().strip(),
        hid.get().strip(), sekretess.get()));
  }

  public void clear() {
    for (StringProperty p : List.of(avsandare, datum, paragraf, amne, diarienummer, hid)) {
      p.set("");
    }
    sekretess.set(false);
    saving.clearErrors();
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
    return saving.errorProperty(field);
  }

  public StringProperty generalErrorProperty() {
    return saving.generalErrorProperty();
  }

  public BooleanProperty savingProperty() {
    return saving.savingProperty();
  }
}
