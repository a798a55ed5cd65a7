package se.namndbok.app.shared;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import se.namndbok.core.anmalan.Anmalan;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.anmalan.AnmalanImport;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;

/**
 * The list of entries reported (anmäls) to a meeting, the same for delegationsbeslut and meddelanden (one core
 * mechanism, {@code AnmalanService}): filtered by meeting, period and "ej anmälda" through the core (in the
 * background), sorted by the table; delete and move to another meeting, both undoable (Ctrl+Z, Ctrl+Y: the area's
 * {@link UndoHistory}); CSV import. A kind may add filters of its own ({@link #filter}, {@link #fetchMoreChoices}).
 * Each row's sekretess is shown as the public redovisning applies it ({@link #sekretess}): its own marking, or its
 * ärende's.
 *
 * @param <E> the entry, e.g. a delegationsbeslut
 */
public abstract class ReportedEntriesViewModel<E extends Anmalan> {
  protected final AppServices services;
  private final javafx.beans.property.ReadOnlyBooleanWrapper laddar = new javafx.beans.property.ReadOnlyBooleanWrapper();
  private final javafx.beans.property.ReadOnlyBooleanWrapper urval = new javafx.beans.property.ReadOnlyBooleanWrapper();
  private final TaskExecutor executor;
  private final String messages;
  private final AnmalanService<?, E> service;
  private final AnmalanImport<?, E> importer;
  private final UndoHistory history = new UndoHistory();
  private final javafx.beans.property.ObjectProperty<E> visad = new javafx.beans.property.SimpleObjectProperty<>();
  private final javafx.beans.property.StringProperty ejAnmald = new javafx.beans.property.SimpleStringProperty("");
  private Long visaEfter;
  private final EntryUndo<E> steps;
  private final ObservableList<E> rows = FXCollections.observableArrayList();
  private final SortedList<E> sorted = new SortedList<>(rows);
  private final ObservableList<MotesVal> motesval = FXCollections.observableArrayList(MotesVal.ALLA, MotesVal.EJ_ANMALDA);
  private final ObjectProperty<MotesVal> mote = new SimpleObjectProperty<>(MotesVal.ALLA);
  private final StringProperty fran = new SimpleStringProperty("");
  private final StringProperty till = new SimpleStringProperty("");
  private final StringProperty periodError = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final Map<Long, Sammantrade> moten = new HashMap<>();
  private final StringProperty error = new SimpleStringProperty("");
  /** The ärenden of the rows, read with them, and the rule that decides what the public redovisning withholds. */
  private final Map<Long, Arende> arenden = new HashMap<>();
  private Sekretessprovning sekretessprovning;

  /** {@code messages} is the kind's message prefix, with keys {@code .laddar}, {@code .antal}, {@code .flyttat}. */
  protected ReportedEntriesViewModel(AppServices services, TaskExecutor executor, String messages,
      AnmalanService<?, E> service, AnmalanImport<?, E> importer) {
    this.services = services;
    this.executor = executor;
    this.messages = messages;
    this.service = service;
    this.importer = importer;
    this.steps = new EntryUndo<>(service, this::change);
    mote.addListener((o, was, now) -> refresh());
    fran.addListener((o, was, now) -> refresh());
    till.addListener((o, was, now) -> refresh());
  }

  /** The core's filter for the chosen meeting and a valid period, with the kind's own filters. */
  protected AnmalanFilter filter(MotesVal mote, Period period) {
    return new AnmalanFilter(mote.sammantradeId(), period.fran(), period.till(), mote.ejAnmalda(), null);
  }

  /**
   * Fetches, in the background, the choices of the feature's own filters; the returned action puts them in
   * place on the UI thread. None by default.
   */
  protected Runnable fetchMoreChoices() {
    return () -> { };
  }

  /** Fetches the meetings (and the feature's own choices) of the filters, then the list. */
  public void load() {
    laddar.set(true);
    BackgroundTask.wrap(() -> new Choices(services.sammantraden().all(), fetchMoreChoices()))
        .titled(Messages.get(messages + ".laddar"))
        .onFailure(t -> {
          laddar.set(false);
          ErrorDialog.showUnexpected(t);
        })
        .onSuccess(c -> {
          moten.clear();
          c.moten().forEach(s -> moten.put(s.id(), s));
          MotesVal keep = mote.get();
          motesval.setAll(MotesVal.choices(c.moten()));
          mote.set(motesval.stream().filter(v -> v.equals(keep)).findFirst().orElse(MotesVal.ALLA));
          c.more().run();
          refresh();
        })
        .executeWith(executor);
  }

  /** Lists again with the current filter; a bad period shows its message and keeps the list as it is. */
  public void refresh() {
    AnmalanFilter filter;
    try {
      filter = filter();
      periodError.set("");
    } catch (ValidationException e) {
      periodError.set(e.getMessage());
      laddar.set(false);
      return;
    }
    boolean narrowed = !filter.equals(AnmalanFilter.alla());
    BackgroundTask.wrap(() -> lista(filter))
        .onSuccess(lista -> {
          arenden.clear();
          las(lista.sekretess(), lista.rader());
          List<E> list = lista.rader();
          rows.setAll(list);
          urval.set(narrowed);
          count();
          Long visa = visaEfter;
          visaEfter = null;
          if (visa != null) {
            visad.set(null);
            list.stream().filter(x -> x.id() == visa).findFirst().ifPresent(visad::set);
          }
        })
        .onFinished(() -> laddar.set(false))
        .executeWith(executor);
  }

  private Lista<E> lista(AnmalanFilter filter) {
    List<E> list = service.list(filter);
    return new Lista<>(list, services.arenden().sekretessprovning(arendeIds(list)));
  }

  private static Set<Long> arendeIds(List<? extends Anmalan> list) {
    return list.stream().map(Anmalan::arendeId).collect(java.util.stream.Collectors.toSet());
  }

  /** Keeps the ärenden of {@code list} as {@code provning} read them. */
  private void las(Sekretessprovning provning, List<E> list) {
    sekretessprovning = provning;
    arendeIds(list).forEach(id -> arenden.put(id, provning.arendeMedId(id)));
  }

  /**
   * The row's sekretess by the rule the public redovisning uses (decision 0110): "Ja" when marked itself, "Ja
   * (ärendet)" when it follows its confidential ärende, "Nej (friklassad)" when released from it, else "Nej"; ""
   * until its ärende has been read.
   */
  public String sekretess(E entry) {
    Arende arende = arenden.get(entry.arendeId());
    if (sekretessprovning == null || arende == null) {
      return "";
    }
    Sekretess egen = entry.sekretessval();
    if (sekretessprovning.prova(egen, arende).isPresent()) {
      return Messages.get(egen.markerad() ? "ja" : "sekretess.arendet");
    }
    return Messages.get(egen.friklassad() && sekretessprovning.arende(arende).isPresent() ? "sekretess.friklassad"
        : "nej");
  }

  /** Reads the ärende of an entry the list has not seen (just saved), then shows its sekretess. */
  private void lasArendet(E entry) {
    if (arenden.containsKey(entry.arendeId())) {
      return;
    }
    BackgroundTask.wrap(() -> services.arenden().sekretessprovning(Set.of(entry.arendeId())))
        .onSuccess(provning -> {
          las(provning, List.of(entry));
          rows.replaceAll(r -> r);
        })
        .onFailure(ErrorDialog::showUnexpected)
        .executeWith(executor);
  }

  /** Until the first list has come: the empty table then says it is being fetched, not that there is nothing. */
  public javafx.beans.property.ReadOnlyBooleanProperty laddarProperty() {
    return laddar.getReadOnlyProperty();
  }

  /**
   * Whether the list shown is narrowed by a filter (a meeting, a period, the kind's own): an empty table then says
   * that nothing matches the choice, not that there is nothing.
   */
  public javafx.beans.property.ReadOnlyBooleanProperty urvalProperty() {
    return urval.getReadOnlyProperty();
  }

  /** Today by the store's clock: a day and month typed in the period filter get its year. */
  public java.time.LocalDate today() {
    return services.clock().today();
  }

  private AnmalanFilter filter() {
    Period p = Period.parse(fran.get(), till.get(), today());
    return filter(mote.get() == null ? MotesVal.ALLA : mote.get(), p);
  }

  private void count() {
    summary.set(Messages.format(messages + ".antal", rows.size()));
  }

  /** An entry just saved by the form: the list shows it (whatever it filters) at the top. */
  public void added(E entry) {
    rows.addFirst(entry);
    count();
    lasArendet(entry);
    Long sammantradeId = entry.sammantradeId();
    if (sammantradeId != null && !moten.containsKey(sammantradeId)) {
      load();
    }
  }

  /** The board's own meeting chosen in the "Sammanträde" filter, whose redovisning can be made; else null. */
  public Sammantrade redovisningsmote() {
    MotesVal v = mote.get();
    Sammantrade s = v == null || v.sammantradeId() == null ? null : moten.get(v.sammantradeId());
    return s != null && s.utskottId() == null ? s : null;
  }

  /** An entry just saved by the form, new or changed. */
  public void saved(E entry) {
    // a walk saved decisions with no meeting planned ahead and was not told they were reported to none
    ejAnmald.set(entry.sammantradeId() == null ? Messages.get("anmalan.sparad.ej.anmald") : "");
    if (rows.stream().anyMatch(r -> r.id() == entry.id())) {
      updated(entry);
    } else {
      added(entry);
    }
  }

  /** Non-empty after a save that no meeting takes: says so, and how it gets reported later. */
  public javafx.beans.property.StringProperty ejAnmaldProperty() {
    return ejAnmald;
  }

  /** An entry just changed (edited, moved): the list shows it as it now is. */
  public void updated(E entry) {
    rows.replaceAll(r -> r.id() == entry.id() ? entry : r);
    lasArendet(entry);
  }

  /** The meeting an entry is reported to, as the list's column shows it. */
  public String anmalsTill(E entry) {
    Long sammantradeId = entry.sammantradeId();
    if (sammantradeId == null) {
      return Messages.get("filter.ej.anmald");
    }
    Sammantrade s = moten.get(sammantradeId);
    return s == null ? "" : MotesVal.text(s);
  }

  /** Whether the meeting's protokoll is justerat: nothing can be moved to or from it. */
  public boolean justerat(Long sammantradeId) {
    Sammantrade s = sammantradeId == null ? null : moten.get(sammantradeId);
    return s != null && s.status() == se.namndbok.core.sammantrade.SammantradeStatus.JUSTERAT;
  }

  /** Deletes in the background; {@code onDeleted} may offer "Ångra" ({@link #undo}); Ctrl+Z puts it back. */
  public void delete(E entry, Consumer<E> onDeleted) {
    BackgroundTask.wrap(() -> service.delete(entry.id()))
        .onSuccess(deleted -> {
          rows.remove(entry);
          count();
          history.done(steps.borttagen(deleted));
          onDeleted.accept(deleted);
        })
        .onFailure(this::failed)
        .executeWith(executor);
  }

  /** Moves the entry to another meeting ({@code sammantradeId} null: not reported); Ctrl+Z moves it back. */
  public void flytta(E entry, Long sammantradeId) {
    Long from = entry.sammantradeId();
    if (java.util.Objects.equals(from, sammantradeId)) {
      return;
    }
    BackgroundTask.wrap(() -> service.flytta(entry.id(), sammantradeId))
        .onSuccess(moved -> {
          history.done(steps.flyttad(moved.id(), from, sammantradeId));
          refresh();
        })
        .onFailure(this::failed)
        .executeWith(executor);
  }

  /**
   * The entry an undone (or redone) step just changed, once the list is read again: the table selects and shows
   * it (a walk's Ctrl+Z put a deleted decision back at the list's end, unselected, and saw nothing happen).
   */
  public javafx.beans.property.ReadOnlyObjectProperty<E> visadProperty() {
    return visad;
  }

  /** Undoes the area's last delete, clear, or move (Ctrl+Z). */
  public void undo() {
    history.undo();
  }

  /** Redoes what was undone (Ctrl+Y). */
  public void redo() {
    history.redo();
  }

  /** The area's undo history, shared with its entry form. */
  public UndoHistory history() {
    return history;
  }

  /** A refusal of the last change (e.g. a justerat meeting), in Swedish. */
  public StringProperty errorProperty() {
    return error;
  }

  private void failed(Throwable t) {
    if (t instanceof ValidationException e) {
      error.set(e.getMessage());
    } else {
      ErrorDialog.showUnexpected(t);
    }
  }

  private void change(java.util.concurrent.Callable<E> call, Consumer<E> then) {
    error.set("");
    BackgroundTask.wrap(call).onSuccess(e -> {
      then.accept(e);
      visaEfter = e.id(); // an entry put back or moved back is shown where it now is, not left unseen
      refresh();
    }).onFailure(this::failed).executeWith(executor);
  }

  /** Imports a CSV file all-or-nothing; {@code onRefused} gets every bad line, {@code onDone} how many were read. */
  public void importera(Path file, Consumer<List<ImportError>> onRefused, Consumer<Integer> onDone) {
    BackgroundTask.wrap(() -> importer.importera(file).size())
        .titled(Messages.format("import.laser", file.getFileName()))
        .onSuccess(saved -> {
          load();
          onDone.accept(saved);
        })
        .onFailure(t -> {
          if (t instanceof ImportException e) {
            onRefused.accept(e.importErrors());
          } else {
            ErrorDialog.showUnexpected(t);
          }
        })
        .executeWith(executor);
  }

  public SortedList<E> sorted() {
    return sorted;
  }

  public List<E> visible() {
    return List.copyOf(sorted);
  }

  public ObservableList<MotesVal> motesval() {
    return motesval;
  }

  public ObjectProperty<MotesVal> moteProperty() {
    return mote;
  }

  public StringProperty franProperty() {
    return fran;
  }

  public StringProperty tillProperty() {
    return till;
  }

  public StringProperty periodErrorProperty() {
    return periodError;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  private record Choices(List<Sammantrade> moten, Runnable more) {}

  private record Lista<E>(List<E> rader, Sekretessprovning sekretess) {}
}
