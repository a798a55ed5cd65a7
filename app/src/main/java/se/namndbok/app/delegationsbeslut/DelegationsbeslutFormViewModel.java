package se.namndbok.app.delegationsbeslut;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Completion;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.EntrySaving;
import se.namndbok.app.shared.FormClearing;
import se.namndbok.app.shared.StaleEntry;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UndoHistory;
import se.namndbok.app.shared.UnknownArende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutSlag;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;

/**
 * The keyboard-first entry form of a delegationsbeslut: its fields (the rest is the entry forms' shared state,
 * saving and undoable clear). Saving registers a new decision (the core assigns the next meeting) or, when a
 * saved one is being edited, changes it; after a save the form is empty for the next decision; a refused save
 * keeps the values and saves nothing.
 */
public final class DelegationsbeslutFormViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final StringProperty diarienummer = new SimpleStringProperty("");
  private final StringProperty delegat = new SimpleStringProperty("");
  private final StringProperty delegationspunkt = new SimpleStringProperty("");
  private final StringProperty beslutsdatum = new SimpleStringProperty("");
  private final StringProperty rubrik = new SimpleStringProperty("");
  private final StringProperty beslutsfattare = new SimpleStringProperty("");
  private final BooleanProperty sekretess = new SimpleBooleanProperty();
  private final ObservableList<String> delegater = FXCollections.observableArrayList();
  private final ObservableList<String> punkter = FXCollections.observableArrayList();
  private final EntrySaving<NyttDelegationsbeslut, Delegationsbeslut> saving;
  private final EntryFormState state;
  private final FormClearing clearing;
  private final UndoHistory history;
  private final FormDraft draft;
  private final StaleEntry<Delegationsbeslut> stale;
  private String editingHid;

  public DelegationsbeslutFormViewModel(AppServices services, TaskExecutor executor, UndoHistory history) {
    this.services = services;
    this.executor = executor;
    this.state = new EntryFormState(List.of(diarienummer, delegat, delegationspunkt, beslutsdatum, rubrik,
        beslutsfattare), sekretess);
    this.stale = new StaleEntry<>(state, Messages.list("utkast.falt.delegationsbeslut"), executor,
        services.delegationsbeslut()::find, this::show);
    this.saving = new EntrySaving<>(services, executor, List.of(Diarienummer.FIELD, DelegatService.FIELD,
        DelegationsbeslutSlag.DELEGATIONSPUNKT, DelegationsbeslutSlag.BESLUTSDATUM, DelegationsbeslutSlag.RUBRIK,
        DelegationsbeslutSlag.BESLUTSFATTARE),
        new EntrySaving.Registration<>(NyttDelegationsbeslut::diarienummer, services.delegationsbeslut()::register,
            (id, ny) -> services.delegationsbeslut().update(id, state.version(), ny),
            services.delegationsbeslut()::check), stale::refused);
    this.clearing = new FormClearing(state, history, () -> {
      saving.clearErrors();
      stale.close();
    });
    this.history = history;
    this.draft = FormDraft.ofEntry(services.drafts(), state, "delegationsbeslut", () -> state.editingProperty().get() == null
        ? Messages.get("osparat.delegationsbeslut") : Messages.format("utkast.vad.delegationsbeslut.andras", rubrik.get()),
        Messages.list("utkast.falt.delegationsbeslut"));
    draft.restore();
  }

  /** A change refused because someone else changed the decision since it was read: what was typed, and the way on. */
  public StaleEntry<Delegationsbeslut> stale() {
    return stale;
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended (decision 0171). */
  public StringProperty aterstalltProperty() {
    return draft.noticeProperty();
  }

  /** Fetches the board's delegater and delegationsordning for the completion of the Delegat and Punkt fields. */
  public void loadDelegater() {
    BackgroundTask.wrap(() -> services.delegater().all().stream().map(Delegat::namn).toList())
        .onSuccess(delegater::setAll)
        .executeWith(executor);
    BackgroundTask.wrap(() -> services.delegationsordning().all().stream()
        .map(p -> p.nummer() + " " + p.arende()).toList()).onSuccess(punkter::setAll).executeWith(executor);
  }

  /** The points of the delegationsordning whose number starts with what is typed ("6." gives 6.1, 6.2 …). */
  public List<String> punktForslag(String typed) {
    String t = typed == null ? "" : typed.strip();
    return List.copyOf(punkter).stream().filter(p -> !t.isEmpty() && p.startsWith(t)).limit(12)
        .map(p -> p.substring(0, p.indexOf(' '))).toList();
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
    save(confirm, onSaved, () -> { });
  }

  /** {@link #save(UnknownArende.Confirm, Consumer)}; {@code onRefused} when nothing was saved. */
  public void save(UnknownArende.Confirm confirm, Consumer<Delegationsbeslut> onSaved, Runnable onRefused) {
    saving.save(this::parsed, state.editingProperty().get(), confirm, saved -> {
      clearing.emptyAfterSave();
      onSaved.accept(saved);
    }, onRefused);
  }

  /**
   * Shows a saved decision in the form to change it; "Spara" then saves the change. The decision whose change was
   * just refused as stale is read again from the store instead, what was typed kept in sight ({@link #stale}).
   */
  public void edit(Delegationsbeslut b) {
    if (stale.readsAgain(b.id())) {
      stale.readAgain();
      return;
    }
    stale.close();
    show(b);
  }

  private void show(Delegationsbeslut b) {
    editingHid = b.handlingsId() == null ? null : b.handlingsId().toString();
    saving.clearErrors();
    state.edit(b.id(), b.version(), EntryFormState.Values.of(List.of(b.diarienummer().toString(), b.delegat(),
        b.delegationspunkt() == null ? "" : b.delegationspunkt(), b.beslutsdatum().toString(), b.rubrik(),
        b.beslutsfattare() == null ? "" : b.beslutsfattare()),
        b.sekretess()));
    draft.restore();
  }

  /** The form as a new decision, or empty with the messages at their fields. */
  Optional<NyttDelegationsbeslut> parsed() {
    String hid = state.editingProperty().get() == null ? null : editingHid;
    return saving.clearAndRead(() -> TypedDate.parse(beslutsdatum.get(), DelegationsbeslutSlag.BESLUTSDATUM,
            services.clock().today(), TypedDate.YearOmitted.RECENT),
        datum -> new NyttDelegationsbeslut(diarienummer.get().strip(), hid, delegat.get().strip(),
            delegationspunkt.get(), datum, rubrik.get(), sekretess.get()).medBeslutsfattare(beslutsfattare.get()));
  }

  /** Empties the form and its messages; undoable with Ctrl+Z (the area's history). */
  public void clear() {
    clearing.clear();
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

  public StringProperty beslutsfattareProperty() {
    return beslutsfattare;
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

  /** Puts back the values last saved or loaded (Släng). */
  public void discard() {
    state.discard();
  }

  /** Typed but not saved. */
  public BooleanBinding dirtyProperty() {
    return state.dirtyProperty();
  }

  /** The id of the saved decision being edited, null for a new one. */
  public ObjectProperty<Long> editingProperty() {
    return state.editingProperty();
  }

  public ObservableList<String> delegater() {
    return delegater;
  }

  /** The area's undo history, which the form's clear is part of. */
  public UndoHistory history() {
    return history;
  }

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return services.clock().today();
  }
}
