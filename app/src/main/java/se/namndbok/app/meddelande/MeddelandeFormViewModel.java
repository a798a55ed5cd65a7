package se.namndbok.app.meddelande;

import java.time.LocalDate;
import se.namndbok.core.meddelande.MeddelandeSlag;
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
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.EntrySaving;
import se.namndbok.app.shared.FormClearing;
import se.namndbok.app.shared.StaleEntry;
import se.namndbok.app.shared.UndoHistory;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnknownArende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.meddelande.Meddelande;
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
  private final EntryFormState state;
  private final FormClearing clearing;
  private final UndoHistory history;
  private final FormDraft draft;
  private final StaleEntry<Meddelande> stale;

  public MeddelandeFormViewModel(AppServices services, TaskExecutor executor, UndoHistory history) {
    this.services = services;
    this.executor = executor;
    this.state = new EntryFormState(List.of(avsandare, datum, paragraf, amne, diarienummer, hid), sekretess);
    this.stale = new StaleEntry<>(state, Messages.list("utkast.falt.meddelande"), executor,
        services.meddelanden()::find, this::show);
    this.saving = new EntrySaving<>(services, executor, List.of(MeddelandeSlag.AVSANDARE, MeddelandeSlag.DATUM,
        MeddelandeSlag.PARAGRAF, MeddelandeSlag.AMNE, Diarienummer.FIELD, HandlingsId.FIELD),
        new EntrySaving.Registration<>(NyttMeddelande::diarienummer, services.meddelanden()::register,
            (id, ny) -> services.meddelanden().update(id, state.version(), ny),
            services.meddelanden()::check), stale::refused);
    this.clearing = new FormClearing(state, history, () -> {
      saving.clearErrors();
      stale.close();
    });
    this.history = history;
    this.draft = FormDraft.ofEntry(services.drafts(), state, "meddelande", () -> state.editingProperty().get() == null
        ? Messages.get("osparat.meddelande") : Messages.format("utkast.vad.meddelande.andras", amne.get()),
        Messages.list("utkast.falt.meddelande"));
    draft.restore();
  }

  /** A change refused because someone else changed the meddelande since it was read: what was typed, the way on. */
  public StaleEntry<Meddelande> stale() {
    return stale;
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended (decision 0171). */
  public StringProperty aterstalltProperty() {
    return draft.noticeProperty();
  }

  /** Fetches the senders used so far, for the completion of the Avsändare field. */
  public void loadAvsandare() {
    BackgroundTask.wrap(() -> services.meddelanden().motparter())
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
    save(confirm, onSaved, () -> { });
  }

  /** {@link #save(UnknownArende.Confirm, Consumer)}; {@code onRefused} when nothing was saved. */
  public void save(UnknownArende.Confirm confirm, Consumer<Meddelande> onSaved, Runnable onRefused) {
    saving.save(this::parsed, state.editingProperty().get(), confirm, saved -> {
      if (!kandaAvsandare.contains(saved.avsandare())) {
        kandaAvsandare.add(saved.avsandare());
      }
      clearing.emptyAfterSave();
      onSaved.accept(saved);
    }, onRefused);
  }

  /**
   * Shows a saved meddelande in the form to change it; "Spara" then saves the change. The meddelande whose change
   * was just refused as stale is read again from the store instead, what was typed kept in sight ({@link #stale}).
   */
  public void edit(Meddelande m) {
    if (stale.readsAgain(m.id())) {
      stale.readAgain();
      return;
    }
    stale.close();
    show(m);
  }

  private void show(Meddelande m) {
    saving.clearErrors();
    state.edit(m.id(), m.version(), EntryFormState.Values.of(List.of(m.avsandare(), m.datum().toString(),
        m.paragraf() == null ? "" : m.paragraf(), m.amne(), m.diarienummer().toString(),
        m.handlingsId() == null ? "" : m.handlingsId().toString()), m.sekretess()));
    draft.restore();
  }

  Optional<NyttMeddelande> parsed() {
    return saving.clearAndRead(() -> TypedDate.parse(datum.get(), MeddelandeSlag.DATUM, services.clock().today(),
            TypedDate.YearOmitted.RECENT),
        d -> new NyttMeddelande(avsandare.get().strip(), d, paragraf.get(), amne.get(), diarienummer.get().strip(),
            hid.get().strip(), sekretess.get()));
  }

  /** Empties the form and its messages; undoable with Ctrl+Z (the area's history). */
  public void clear() {
    clearing.clear();
  }

  /** Puts back the values last saved or loaded (Släng). */
  public void discard() {
    state.discard();
  }

  /** Typed but not saved. */
  public javafx.beans.binding.BooleanBinding dirtyProperty() {
    return state.dirtyProperty();
  }

  /** The id of the saved meddelande being edited, null for a new one. */
  public javafx.beans.property.ObjectProperty<Long> editingProperty() {
    return state.editingProperty();
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

  /** The area's undo history, which the form's clear is part of. */
  public UndoHistory history() {
    return history;
  }

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return services.clock().today();
  }
}
