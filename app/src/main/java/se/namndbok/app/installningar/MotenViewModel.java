package se.namndbok.app.installningar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Motesstandard;
import se.namndbok.core.sammantrade.MotesstandardService;
import se.namndbok.core.sammantrade.Planrad;
import se.namndbok.core.sammantrade.SammantradesplanService;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;

/**
 * Inställningar → Sammanträden: the board's usual time and place and its standard punkter (saved through
 * {@link MotesstandardService}), and the meeting plan (dates added, removed or read from a CSV file through
 * {@link SammantradesplanService}; a refused file is shown line by line and changes nothing).
 */
public final class MotenViewModel {
  static final String TID = MotesstandardService.TID;
  static final String PLATS = MotesstandardService.PLATS;

  private final AppServices services;
  private final TaskExecutor executor;
  private final StringProperty tid = new SimpleStringProperty("");
  private final StringProperty plats = new SimpleStringProperty("");
  private final Map<ArendepunktTyp, BooleanProperty> punkter = new EnumMap<>(ArendepunktTyp.class);
  private final StringProperty status = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(TID, PLATS);
  private final ObservableList<Planrad> plan = FXCollections.observableArrayList();
  private final StringProperty planDatum = new SimpleStringProperty("");
  private final StringProperty planTid = new SimpleStringProperty("");
  private final StringProperty planPlats = new SimpleStringProperty("");
  private final FieldErrors planErrors = new FieldErrors(SammantradesplanService.DATUM, TID, PLATS);

  private final EntryFormState state;
  /** The meeting plan's add form: a date, time or place typed and not added. */
  private final EntryFormState planState = EntryFormState.of(List.of(planDatum, planTid, planPlats));

  public MotenViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    Motesstandard.MOJLIGA.forEach(t -> punkter.put(t, new SimpleBooleanProperty()));
    List<javafx.beans.property.Property<?>> fields = new java.util.ArrayList<>(List.of(tid, plats));
    fields.addAll(punkter.values());
    state = EntryFormState.of(fields);
  }

  /** The usual time, place and punkter typed and not saved, asked about before another area or closing. */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(Messages.get("osparat.motesstandard"), state.dirtyProperty(), this::save,
        state::discard, errors::summary);
  }

  /**
   * A date for the meeting plan typed and not added ("Lägg till"), asked about before another area or closing:
   * it went without a word (found by a walk).
   */
  public UnsavedChanges.Guard planGuard() {
    return UnsavedChanges.guard(Messages.get("osparat.plan"), planState.dirtyProperty(), this::addDatum,
        planState::discard, planErrors::summary);
  }

  public void load() {
    BackgroundTask.wrap(() -> new Loaded(services.motesstandard().standard(), services.sammantradesplan().plan()))
        .onSuccess(l -> {
          show(l.standard());
          plan.setAll(l.plan());
        })
        .executeWith(executor);
  }

  private void show(Motesstandard m) {
    tid.set(m.tid().toString());
    plats.set(m.plats() == null ? "" : m.plats());
    punkter.forEach((typ, on) -> on.set(m.punkter().contains(typ)));
    state.saved();
  }

  /** Saves the usual time, place and standard punkter. */
  public void save() {
    save(ok -> { });
  }

  /** {@link #save()}; {@code done} gets whether it was saved. */
  public void save(Consumer<Boolean> done) {
    errors.clear();
    status.set("");
    LocalTime t;
    try {
      t = SammantradesplanService.tid(tid.get());
      if (t == null) {
        throw ValidationException.of(TID, "måste fyllas i");
      }
    } catch (ValidationException e) {
      errors.show(e);
      done.accept(false);
      return;
    }
    List<ArendepunktTyp> valda = Motesstandard.MOJLIGA.stream().filter(typ -> punkter.get(typ).get()).toList();
    Motesstandard m = new Motesstandard(t, plats.get(), valda);
    BackgroundTask.wrap(() -> services.motesstandard().spara(m))
        .onSuccess(saved -> {
          show(saved);
          status.set(Messages.get("installningar.sparat"));
          done.accept(true);
        })
        .onFailure(e -> {
          errors.show(e);
          done.accept(false);
        })
        .executeWith(executor);
  }

  /** Adds the typed date (with its own time and place, if given) to the plan. */
  public void addDatum() {
    addDatum(ok -> { });
  }

  /** {@link #addDatum()}; {@code done} gets whether the date was added. */
  public void addDatum(java.util.function.Consumer<Boolean> done) {
    planErrors.clear();
    Planrad p;
    try {
      LocalDate d = TypedDate.parse(planDatum.get(), SammantradesplanService.DATUM, services.clock().today(),
          TypedDate.YearOmitted.COMING);
      if (d == null) {
        throw ValidationException.of(SammantradesplanService.DATUM, "måste fyllas i");
      }
      p = new Planrad(d, SammantradesplanService.tid(planTid.get()), planPlats.get());
    } catch (ValidationException e) {
      planErrors.show(e);
      done.accept(false);
      return;
    }
    BackgroundTask.wrap(() -> {
      services.sammantradesplan().add(p);
      return services.sammantradesplan().plan();
    }).onSuccess(rows -> {
      plan.setAll(rows);
      planDatum.set("");
      planTid.set("");
      planPlats.set("");
      planState.saved();
      done.accept(true);
    }).onFailure(planErrors.refused(done)).executeWith(executor);
  }

  public void remove(Planrad p) {
    if (p == null) {
      return;
    }
    BackgroundTask.wrap(() -> {
      services.sammantradesplan().remove(p.datum());
      return services.sammantradesplan().plan();
    }).onSuccess(plan::setAll).onFailure(planErrors::show).executeWith(executor);
  }

  /** Reads a plan file; {@code onRefused} gets every bad line of a refused file, {@code onDone} the dates read. */
  public void importera(Path file, Consumer<List<ImportError>> onRefused, Consumer<Integer> onDone) {
    planErrors.clear();
    BackgroundTask.wrap(() -> {
      int n = services.sammantradesplan().importera(file).size();
      return new Imported(n, services.sammantradesplan().plan());
    }).onSuccess(i -> {
      plan.setAll(i.plan());
      onDone.accept(i.count());
    }).onFailure(t -> {
      if (t instanceof ImportException e) {
        onRefused.accept(e.importErrors());
      } else {
        planErrors.show(t);
      }
    }).executeWith(executor);
  }

  private record Loaded(Motesstandard standard, List<Planrad> plan) {}

  private record Imported(int count, List<Planrad> plan) {}

  public StringProperty tidProperty() {
    return tid;
  }

  public StringProperty platsProperty() {
    return plats;
  }

  public BooleanProperty punktProperty(ArendepunktTyp typ) {
    return punkter.get(typ);
  }

  public StringProperty statusProperty() {
    return status;
  }

  public FieldErrors errors() {
    return errors;
  }

  public ObservableList<Planrad> plan() {
    return plan;
  }

  public StringProperty planDatumProperty() {
    return planDatum;
  }

  public StringProperty planTidProperty() {
    return planTid;
  }

  public StringProperty planPlatsProperty() {
    return planPlats;
  }

  public FieldErrors planErrors() {
    return planErrors;
  }

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return services.clock().today();
  }
}
