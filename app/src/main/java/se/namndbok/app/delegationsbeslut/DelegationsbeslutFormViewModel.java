package se.namndbok.app.delegationsbeslut;

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
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutService;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;

/**
 * The keyboard-first entry form: the values as typed, a Swedish message per field, saving in the background
 * through {@link DelegationsbeslutService} (which assigns the next meeting). After a save the form is empty
 * for the next decision; a refused save keeps the values and saves nothing.
 */
public final class DelegationsbeslutFormViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final StringProperty diarienummer = new SimpleStringProperty("");
  private final StringProperty delegat = new SimpleStringProperty("");
  private final StringProperty delegationspunkt = new SimpleStringProperty("");
  private final StringProperty beslutsdatum = new SimpleStringProperty("");
  private final StringProperty rubrik = new SimpleStringProperty("");
  private final BooleanProperty sekretess = new SimpleBooleanProperty();
  private final ObservableList<String> delegater = FXCollections.observableArrayList();
  private final EntrySaving<NyttDelegationsbeslut, Delegationsbeslut> saving;

  public DelegationsbeslutFormViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.saving = new EntrySaving<>(services, executor, List.of(Diarienummer.FIELD, DelegatService.FIELD,
        DelegationsbeslutService.DELEGATIONSPUNKT, DelegationsbeslutService.BESLUTSDATUM, DelegationsbeslutService.RUBRIK),
        new EntrySaving.Registration<>(NyttDelegationsbeslut::diarienummer, ny -> services.delegationsbeslut().register(ny),
            (tx, ny) -> services.delegationsbeslut().register(tx, ny, true)));
  }

  /** Fetches the board's delegater for the completion of the Delegat field. */
  public void loadDelegater() {
    BackgroundTask.wrap(() -> services.delegater().all().stream().map(Delegat::namn).toList())
        .onSuccess(delegater::setAll)
        .executeWith(executor);
  }

  /** Called off the JavaFX thread by the completion popup. */
  public List<String> diarienummerForslag(String typed) {
    return Completion.diarienummer(services.arenden(), typed);
  }

  public List<String> delegatForslag(String typed) {
    return Completion.among(List.copyOf(delegater), typed);
  }

  /**
   * Saves in the background. A diarienummer not in the diarium is registered as a new ärende when
   * {@code confirm} says so; otherwise the field says it is unknown. {@code onSaved} gets the saved decision.
   */
  public void save(UnknownArende.Confirm confirm, Consumer<Delegationsbeslut> onSaved) {
    saving.save(this::parsed, confirm, saved -> {
      clear();
      onSaved.accept(saved);
    });
  }

  /** The form as a new decision, or empty with the date's message at its field. */
  Optional<NyttDelegationsbeslut> parsed() {
    return saving.clearAndRead(() -> new NyttDelegationsbeslut(diarienummer.get().strip(), null, delegat.get().strip(),
        delegationspunkt.get(), TypedDate.parse(beslutsdatum.get(), DelegationsbeslutService.BESLUTSDATUM,
            services.clock().today()), rubrik.get(),
        sekretess.get()));
  }

  /** Empties the form and its messages (Esc, and after a save). */
  public void clear() {
    for (StringProperty p : List.of(diarienummer, delegat, delegationspunkt, beslutsdatum, rubrik)) {
      p.set("");
    }
    sekretess.set(false);
    saving.clearErrors();
  }

  public StringProperty diarienummerProperty() {
    return diarienummer;
  }

  public StringProperty delegatProperty() {
    return delegat;
  }

  public StringProperty delegationspunktProperty() {
    return delegationspunkt;
  }

  public StringProperty beslutsdatumProperty() {
    return beslutsdatum;
  }

  public StringProperty rubrikProperty() {
    return rubrik;
  }

  public BooleanProperty sekretessProperty() {
    return sekretess;
  }

  /** The message property of a field, keyed by the Swedish field name the core uses ("Beslutsdatum"). */
  public StringProperty errorProperty(String field) {
    return saving.errorProperty(field);
  }

  public StringProperty generalErrorProperty() {
    return saving.generalErrorProperty();
  }

  public BooleanProperty savingProperty() {
    return saving.savingProperty();
  }

  public ObservableList<String> delegater() {
    return delegater;
  }
}
