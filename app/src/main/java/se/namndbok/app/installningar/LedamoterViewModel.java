package se.namndbok.app.installningar;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.Uppdrag;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * Ledamöter and ersättare with party, and the selected one's uppdrag (ledamot or ersättare, role, the nämnd or
 * an utskott, mandate period). Sorted by surname the Swedish way.
 */
public final class LedamoterViewModel {
  static final String FORNAMN = "Förnamn";
  static final String EFTERNAMN = "Efternamn";
  static final String PARTI = "Parti";
  static final String FRAN = "Från";
  static final String TILL = "Till";
  static final String ROLL = "Roll";

  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Ledamot> ledamoter = FXCollections.observableArrayList();
  private final ObservableList<Uppdrag> uppdrag = FXCollections.observableArrayList();
  private final ObservableList<Utskott> organ = FXCollections.observableArrayList();
  private final ObjectProperty<Ledamot> selected = new SimpleObjectProperty<>();
  private final StringProperty fornamn = new SimpleStringProperty("");
  private final StringProperty efternamn = new SimpleStringProperty("");
  private final StringProperty parti = new SimpleStringProperty("");
  private final ObjectProperty<UppdragTyp> typ = new SimpleObjectProperty<>(UppdragTyp.ORDINARIE);
  private final ObjectProperty<Roll> roll = new SimpleObjectProperty<>(Roll.LEDAMOT);
  private final ObjectProperty<Utskott> utskott = new SimpleObjectProperty<>();
  private final StringProperty fran = new SimpleStringProperty("");
  private final StringProperty till = new SimpleStringProperty("");
  private final FieldErrors ledamotErrors = new FieldErrors(FORNAMN, EFTERNAMN, PARTI);
  private final FieldErrors uppdragErrors = new FieldErrors(FRAN, TILL, ROLL, "Ledamot/ersättare", "Utskott");
  /** The name and party fields against the selected ledamot's (or empty ones for a new ledamot). */
  private final EntryFormState state = EntryFormState.of(List.of(fornamn, efternamn, parti));
  /** Says which ledamot the name fields change, or that they add a new one; after an add, what to do next. */
  private final StringProperty lage = new SimpleStringProperty(Messages.get("installningar.ledamot.lage.ny"));
  /** Set by an add: the ledamot's uppdrag are what to fill in next. */
  private final javafx.beans.property.BooleanProperty tillagd = new javafx.beans.property.SimpleBooleanProperty();

  public LedamoterViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    int start = mandatperiodensStart(services.clock().today().getYear());
    fran.set(LocalDate.of(start, 1, 1).toString());
    till.set(LocalDate.of(start + 3, 12, 31).toString());
    selected.addListener((o, was, now) -> selectedChanged(now));
    typ.addListener((o, was, now) -> roll.set(now == UppdragTyp.ERSATTARE ? Roll.ERSATTARE : Roll.LEDAMOT));
  }

  public void load() {
    BackgroundTask.wrap(() -> new Loaded(sorted(services.ledamoter().all()), services.namnder().utskott()))
        .onSuccess(l -> {
          ledamoter.setAll(l.ledamoter());
          organ.setAll(l.utskott());
        })
        .executeWith(executor);
  }

  /**
   * The first year of the kommun's four-year term that {@code year} falls in (2023–2026, 2027–2030, …): what a new
   * uppdrag runs over unless the user says otherwise (the dates were fixed at 2023–2026, and a board entered for
   * 2027 had no one in its kallelse).
   */
  static int mandatperiodensStart(int year) {
    return 2023 + Math.floorDiv(year - 2023, 4) * 4;
  }

  private static List<Ledamot> sorted(List<Ledamot> all) {
    return all.stream().sorted((a, b) -> {
      int c = Texts.swedishOrder().compare(a.efternamn(), b.efternamn());
      return c != 0 ? c : Texts.swedishOrder().compare(a.fornamn(), b.fornamn());
    }).toList();
  }

  private void selectedChanged(Ledamot l) {
    lage.set(l == null ? Messages.get("installningar.ledamot.lage.ny")
        : Messages.format("installningar.ledamot.lage.andra", l.namn()));
    ledamotErrors.clear();
    uppdragErrors.clear();
    uppdrag.clear();
    fornamn.set(l == null ? "" : l.fornamn());
    efternamn.set(l == null ? "" : l.efternamn());
    parti.set(l == null ? "" : l.parti());
    state.saved();
    if (l != null) {
      BackgroundTask.wrap(() -> services.ledamoter().uppdrag(l.id())).onSuccess(u -> {
        if (l.equals(selected.get())) {
          uppdrag.setAll(u);
        }
      }).executeWith(executor);
    }
  }

  /**
   * The name or party typed and not saved, asked about before another ledamot is chosen, another area shown or
   * the window closed; Spara saves it onto the selected ledamot, or adds a new one when none is selected (as
   * Enter in the fields does).
   */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(() -> selected.get() == null ? Messages.get("osparat.ny.ledamot")
        : Messages.format("osparat.ledamot", selected.get().namn()), state.dirtyProperty(),
        done -> {
          if (selected.get() == null) {
            addLedamot(done);
          } else {
            updateLedamot(done);
          }
        }, state::discard, ledamotErrors::summary);
  }

  /** Adds a new ledamot from the name and party fields and selects it. */
  public void addLedamot() {
    addLedamot(ok -> { });
  }

  private void addLedamot(java.util.function.Consumer<Boolean> done) {
    ledamotErrors.clear();
    String f = fornamn.get();
    String e = efternamn.get();
    String p = parti.get();
    BackgroundTask.wrap(() -> {
      Ledamot saved = services.ledamoter().add(f, e, p);
      return new Changed(saved, sorted(services.ledamoter().all()));
    }).onSuccess(c -> {
      changed(c, done);
      // a walk typed the next person over the fields of the one just added and Enter renamed him: the form now
      // says it changes him, and the focus goes on to his uppdrag
      lage.set(Messages.format("installningar.ledamot.lage.tillagd", c.ledamot().namn()));
      tillagd.set(true);
      tillagd.set(false);
    }).onFailure(ledamotErrors.refused(done)).executeWith(executor);
  }

  /** Saves the name and party fields onto the selected ledamot. */
  public void updateLedamot() {
    updateLedamot(ok -> { });
  }

  private void updateLedamot(java.util.function.Consumer<Boolean> done) {
    Ledamot l = selected.get();
    if (l == null) {
      done.accept(false);
      return;
    }
    ledamotErrors.clear();
    Ledamot changed = new Ledamot(l.id(), l.namndId(), fornamn.get(), efternamn.get(), parti.get(), l.telefon(), l.epost(),
        l.version());
    BackgroundTask.wrap(() -> new Changed(services.ledamoter().update(changed), sorted(services.ledamoter().all())))
        .onSuccess(c -> changed(c, done)).onFailure(ledamotErrors.refused(done)).executeWith(executor);
  }

  private void changed(Changed c, java.util.function.Consumer<Boolean> done) {
    ledamoter.setAll(c.all());
    selected.set(c.ledamot());
    state.saved();
    done.accept(true);
  }


  /** Gives the selected ledamot a seat; the mandate period typed yyyy-MM-dd. */
  public void addUppdrag() {
    Ledamot l = selected.get();
    if (l == null) {
      return;
    }
    uppdragErrors.clear();
    LocalDate f;
    LocalDate t;
    try {
      Validator v = new Validator();
      f = parse(v, fran.get(), FRAN);
      t = parse(v, till.get(), TILL);
      v.throwIfInvalid();
    } catch (ValidationException e) {
      uppdragErrors.show(e);
      return;
    }
    Long utskottId = utskott.get() == null ? null : utskott.get().id();
    UppdragTyp ty = typ.get();
    Roll r = roll.get();
    int ordning = r == null ? 99 : r.ordinal() + 1;
    BackgroundTask.wrap(() -> {
      services.ledamoter().addUppdrag(l.id(), utskottId, ty, r, ordning, f, t);
      return services.ledamoter().uppdrag(l.id());
    }).onSuccess(uppdrag::setAll).onFailure(uppdragErrors::show).executeWith(executor);
  }

  private LocalDate parse(Validator v, String text, String field) {
    try {
      return TypedDate.parse(text, field, today());
    } catch (ValidationException e) {
      v.add(e);
      return null;
    }
  }

  public void removeUppdrag(Uppdrag u) {
    Ledamot l = selected.get();
    if (u == null || l == null) {
      return;
    }
    BackgroundTask.wrap(() -> {
      services.ledamoter().removeUppdrag(u.id());
      return services.ledamoter().uppdrag(l.id());
    }).onSuccess(uppdrag::setAll).onFailure(uppdragErrors::show).executeWith(executor);
  }

  /** "Nämnden" or the utskott's name, for the uppdrag list. */
  public String organ(Uppdrag u) {
    if (u.utskottId() == null) {
      return se.namndbok.app.shared.Messages.get("installningar.namnden");
    }
    return organ.stream().filter(o -> o.id() == u.utskottId()).map(Utskott::namn).findFirst().orElse("");
  }

  public ObservableList<Ledamot> ledamoter() {
    return ledamoter;
  }

  public ObservableList<Uppdrag> uppdrag() {
    return uppdrag;
  }

  public ObservableList<Utskott> organ() {
    return organ;
  }

  /** "Ny ledamot: …" or "Du ändrar Örjan Öhman: …": what Enter in the name fields will do. */
  public javafx.beans.property.ReadOnlyStringProperty lageProperty() {
    return lage;
  }

  /** Turns true (and back) when a ledamot was added: the view moves on to the uppdrag. */
  public javafx.beans.property.ReadOnlyBooleanProperty tillagdProperty() {
    return tillagd;
  }

  public ObjectProperty<Ledamot> selectedProperty() {
    return selected;
  }

  public StringProperty fornamnProperty() {
    return fornamn;
  }

  public StringProperty efternamnProperty() {
    return efternamn;
  }

  public StringProperty partiProperty() {
    return parti;
  }

  public ObjectProperty<UppdragTyp> typProperty() {
    return typ;
  }

  public ObjectProperty<Roll> rollProperty() {
    return roll;
  }

  public ObjectProperty<Utskott> utskottProperty() {
    return utskott;
  }

  public StringProperty franProperty() {
    return fran;
  }

  public StringProperty tillProperty() {
    return till;
  }

  public FieldErrors ledamotErrors() {
    return ledamotErrors;
  }

  public FieldErrors uppdragErrors() {
    return uppdragErrors;
  }

  private record Loaded(List<Ledamot> ledamoter, List<Utskott> utskott) {}

  private record Changed(Ledamot ledamot, List<Ledamot> all) {}

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return services.clock().today();
  }
}
