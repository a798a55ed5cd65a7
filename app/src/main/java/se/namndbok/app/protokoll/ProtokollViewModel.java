package se.namndbok.app.protokoll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Drafts;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.protokoll.Protokoll;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.protokoll.ProtokollUppgifter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;

/**
 * The protokoll of the selected meeting: attendance, sekreterare and justerare, beslut per item, justering and
 * anslag. Each save is one service call (one transaction); refusals are shown at their fields in Swedish, and
 * after every save the protokoll is read again so the § numbers and the lock are the service's. Decision 0070.
 */
public final class ProtokollViewModel {
  private final ProtokollService service;
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObjectProperty<Sammantrade> sammantrade = new SimpleObjectProperty<>();
  private final ObjectProperty<ProtokollUnderlag> underlag = new SimpleObjectProperty<>();
  private final ObservableList<NarvaroRad> narvaro = FXCollections.observableArrayList();
  private final ObservableList<ParagrafRad> paragrafer = FXCollections.observableArrayList();
  private final ObservableList<Person> ordinarie = FXCollections.observableArrayList();
  private final ObservableList<Person> justerareVal = FXCollections.observableArrayList();
  private final StringProperty sekreterare = new SimpleStringProperty("");
  private final ObjectProperty<Person> justerare1 = new SimpleObjectProperty<>();
  private final ObjectProperty<Person> justerare2 = new SimpleObjectProperty<>();
  private final StringProperty justeringsdatum = new SimpleStringProperty("");
  private final StringProperty justeringsplats = new SimpleStringProperty("");
  private final StringProperty ovrigaNarvarande = new SimpleStringProperty("");
  private final StringProperty anslagsdatum = new SimpleStringProperty("");
  private final StringProperty forvaringsplats = new SimpleStringProperty("");
  private final StringProperty starttid = new SimpleStringProperty("");
  private final StringProperty sluttid = new SimpleStringProperty("");
  private final StringProperty ajourneringar = new SimpleStringProperty("");
  private final BooleanProperty inledning = new SimpleBooleanProperty(true);
  private final BooleanProperty minnesanteckningar = new SimpleBooleanProperty();
  private final StringProperty arendelistaAndring = new SimpleStringProperty("");
  private final StringProperty varningar = new SimpleStringProperty("");
  private final BooleanProperty justerat = new SimpleBooleanProperty();
  private final BooleanProperty hallet = new SimpleBooleanProperty();
  private final StringProperty status = new SimpleStringProperty("");
  /** The board's sekreterare (Inställningar → Nämnden → Kallelsen): shown until the protokoll names its own. */
  private String forvaldSekreterare = "";
  private final StringBinding nedtagning = Bindings.createStringBinding(() -> nedtagning(anslagsdatum.get()),
      anslagsdatum);
  private final FieldErrors errors = new FieldErrors("Närvaro", "Sekreterare", "Justerare", "Justerare 2",
      "Justeringens datum", "Justeringens plats", "Övriga närvarande", "Första paragraf", "Paragraf", "Beslut",
      "Anslagsdatum", "Började kl.", "Slutade kl.", "Ajourneringar", "Ärendelistan", "Förvaringsplats");

  private final EntryFormState uppgifter = EntryFormState.of(List.of(sekreterare, justerare1, justerare2,
      justeringsdatum, justeringsplats, ovrigaNarvarande, starttid, sluttid, ajourneringar, inledning,
      arendelistaAndring, minnesanteckningar));
  private EntryFormState narvaroState = EntryFormState.of(List.of());
  /** Whether the attendance now shown holds unsaved input (its state is made anew with the rows). */
  private final javafx.beans.property.BooleanProperty narvaroOsparad = new javafx.beans.property.SimpleBooleanProperty();
  /** The details' draft (decision 0171); each beslut's is made with its row. */
  private final Drafts.Draft uppgifterDraft;
  /** What was filled in again from drafts and is still unsaved, by part ("uppgifter", "paragraf-12"): its notice. */
  private final Map<String, Aterstalld> aterstallda = new java.util.LinkedHashMap<>();
  private final StringProperty aterstallt = new SimpleStringProperty("");
  private List<Drafts.Draft> beslutDrafts = List.of();
  private Drafts.Draft narvaroDraft;

  public ProtokollViewModel(AppServices services, TaskExecutor executor) {
    this.service = services.core().protokoll();
    this.services = services;
    this.executor = executor;
    services.drafts().keepAlso(Person.class, Person.UTKAST); // the justerare and who an ersättare serves for
    this.uppgifterDraft = services.drafts().keep(uppgifter,
        () -> sammantrade.get() == null ? null : "protokoll-" + sammantrade.get().id(),
        () -> sammantrade.get() == null ? "" : Messages.format("utkast.vad.uppgifter", sammantrade.get().datum()));
    sammantrade.addListener((o, was, now) -> {
      // another meeting's attendance and beslut must not stay on show under this one's title while it is read,
      // nor be typed into (the form is read-only without its underlag)
      underlag.set(null);
      narvaro.clear();
      paragrafer.clear();
      load();
    });
  }

  /** Reads the selected meeting's protokoll again (in the background) and fills the form from it. */
  public void load() {
    load(Saved.NOTHING);
  }

  /**
   * What a save just stored: after it the form is read again, and every other part keeps what was typed in it
   * and not saved (the attendance, the details, each beslut: one part's save must not throw away another's input).
   */
  private sealed interface Saved {
    Saved NOTHING = new Part("");
    Saved NARVARO = new Part("narvaro");
    Saved UPPGIFTER = new Part("uppgifter");

    record Part(String name) implements Saved {}

    record Beslut(long arendepunktId) implements Saved {}
  }

  private void load(Saved saved) {
    Sammantrade s = sammantrade.get();
    if (s == null) {
      underlag.set(null);
      return;
    }
    BackgroundTask.wrap(() -> read(s)).onSuccess(r -> {
      if (sammantrade.get() != null && sammantrade.get().id() == r.underlag().sammantrade().id()) {
        forvaldSekreterare = r.sekreterare();
        fill(r.underlag(), saved);
      }
    }).executeWith(executor);
  }

  /** What the tab shows, and the sekreterare a protokoll not yet created will get (the kallelse's). */
  private record Read(ProtokollUnderlag underlag, String sekreterare) {}

  /** The recorded protokoll, or for a meeting without one the seats and items with nothing filled in yet. */
  private Read read(Sammantrade s) {
    ProtokollUnderlag u = service.forEditor(s.id());
    String sekreterare = u.protokoll() == null ? services.namnder().kontakt().sekreterareNamn() : null;
    return new Read(u, sekreterare == null ? "" : sekreterare);
  }

  private void fill(ProtokollUnderlag u, Saved saved) {
    boolean sameMeeting = underlag.get() != null && underlag.get().sammantrade().id() == u.sammantrade().id();
    Unsaved unsaved = sameMeeting ? unsaved(saved) : Unsaved.NONE;
    fill(u);
    unsaved.putBack(this);
    restoreDrafts(u, sameMeeting);
  }

  /**
   * Fills in again what was typed in this meeting's protokoll and not saved before the program last ended (each
   * part not already holding newer unsaved input), and tells it above the form until each such part is saved or
   * thrown away.
   */
  private void restoreDrafts(ProtokollUnderlag u, boolean sameMeeting) {
    if (!sameMeeting) {
      aterstallda.clear();
    }
    beslutDrafts.forEach(Drafts.Draft::retire);
    beslutDrafts = List.of();
    if (narvaroDraft != null) {
      narvaroDraft.retire();
    }
    // the attendance's values follow the seats in order: the key names the seats, so a draft of another list of
    // seats is never filled in over this one
    String narvaroKey = "narvaro-" + u.sammantrade().id() + "-" + Integer.toHexString(
        narvaro.stream().map(r -> r.person().id()).toList().hashCode());
    narvaroDraft = services.drafts().keep(narvaroState, () -> narvaroKey,
        () -> Messages.format("utkast.vad.narvaro", u.sammantrade().datum()));
    if (u.protokoll() != null && u.protokoll().justerat()) {
      aterstallt.set(""); // a justerat protokoll takes no typing; its drafts stay listed at start, to be thrown away
      return;
    }
    if (narvaroState.dirtyProperty().get()) {
      narvaroDraft.adopt();
    } else {
      narvaroDraft.restore().ifPresent(d -> aterstallda.put("narvaro", new Aterstalld(
          Messages.get("protokoll.narvaro").toLowerCase(se.namndbok.core.shared.Texts.SWEDISH), d, List.of())));
    }
    uppgifterDraft.restore().ifPresent(d -> aterstallda.put("uppgifter", new Aterstalld(
        Messages.get("protokoll.uppgifter").toLowerCase(se.namndbok.core.shared.Texts.SWEDISH), d,
        Messages.list("utkast.falt.uppgifter"))));
    List<Drafts.Draft> drafts = new java.util.ArrayList<>();
    for (ParagrafRad r : paragrafer) {
      Drafts.Draft draft = services.drafts().keep(r.state(), () -> "paragraf-" + r.arendepunktId(),
          () -> Messages.format("utkast.vad.beslut", r.beslutet(), u.sammantrade().datum()));
      drafts.add(draft);
      if (r.state().dirtyProperty().get()) {
        draft.adopt(); // put back from the row this one replaced
        continue;
      }
      draft.restore().ifPresent(d -> aterstallda.put("paragraf-" + r.arendepunktId(), new Aterstalld(
          r.beslutet(), d, Messages.list("utkast.falt.beslut"))));
    }
    beslutDrafts = drafts;
    aterstallda.keySet().removeIf(part -> part.equals("uppgifter") ? !uppgifter.dirtyProperty().get()
        : part.equals("narvaro") ? !narvaroState.dirtyProperty().get()
        : paragrafer.stream().noneMatch(r -> part.equals("paragraf-" + r.arendepunktId())
            && r.state().dirtyProperty().get()));
    aterstallt.set(aterstallda.isEmpty() ? "" : Messages.format("utkast.aterstallt.delar", aterstallda.values()
        .stream().map(a -> a.del() + " (" + Drafts.when(a.draft()) + ")").collect(Collectors.joining("; ")))
        + aterstallda.values().stream().filter(a -> !a.draft().changedSince().isEmpty())
            .map(a -> " " + Messages.format("utkast.andrat.del", Drafts.changed(a.draft(), a.falt()), a.del()))
            .collect(Collectors.joining()));
  }

  /** A part of the protokoll filled in again from its draft: what it is, when and what was changed since. */
  private record Aterstalld(String del, Drafts.Restored draft, List<String> falt) {}

  /** Non-empty while parts of the form hold drafts filled in again after the program ended without saving them. */
  public StringProperty aterstalltProperty() {
    return aterstallt;
  }

  /** The input of the parts not just saved that differs from what was read; put back after the form is refilled. */
  private record Unsaved(Map<Long, NarvaroRad.Input> narvaro, EntryFormState.Values uppgifter,
      EntryFormState.Values uppgifterOver, Map<Long, EntryFormState.Values> beslut) {
    static final Unsaved NONE = new Unsaved(Map.of(), null, null, Map.of());

    void putBack(ProtokollViewModel vm) {
      vm.narvaro.forEach(r -> {
        NarvaroRad.Input typed = narvaro.get(r.person().id());
        if (typed != null) {
          r.input(typed);
        }
      });
      if (uppgifter != null) {
        vm.uppgifter.putBack(uppgifter, uppgifterOver); // the fields typed in; the rest as read (a new sekreterare)
      }
      vm.paragrafer.forEach(r -> {
        EntryFormState.Values typed = beslut.get(r.arendepunktId());
        if (typed != null) {
          r.state().set(typed);
        }
      });
    }
  }

  private Unsaved unsaved(Saved saved) {
    Map<Long, NarvaroRad.Input> n = saved == Saved.NARVARO || !narvaroState.dirtyProperty().get() ? Map.of()
        : narvaro.stream().collect(Collectors.toMap(r -> r.person().id(), NarvaroRad::input, (a, b) -> a));
    boolean keep = saved != Saved.UPPGIFTER && uppgifter.dirtyProperty().get();
    Map<Long, EntryFormState.Values> b = paragrafer.stream()
        .filter(r -> r.state().dirtyProperty().get() && !saved.equals(new Saved.Beslut(r.arendepunktId())))
        .collect(Collectors.toMap(ParagrafRad::arendepunktId, r -> r.state().values(), (x, y) -> x));
    return new Unsaved(n, keep ? uppgifter.values() : null, keep ? uppgifter.baseline() : null, b);
  }

  private void fill(ProtokollUnderlag u) {
    errors.clear();
    Map<Long, Person> personer = u.platser().stream().map(p -> new Person(p.ledamot().id(), p.ledamot().namn()))
        .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    ordinarie.setAll(u.platser().stream().filter(p -> p.uppdrag().typ() == UppdragTyp.ORDINARIE)
        .map(p -> personer.get(p.ledamot().id())).toList());
    narvaro.setAll(u.platser().stream().map(p -> rad(u, p, personer)).toList());
    justerareVal.setAll(narvaro.stream().filter(NarvaroRad::beslutande).map(NarvaroRad::person).toList());
    Map<Long, String> namn = personer.values().stream().collect(Collectors.toMap(Person::id, Person::namn));
    paragrafer.setAll(u.punkter().stream().map(pp -> new ParagrafRad(pp, namn)).toList());
    Protokoll p = u.protokoll();
    sekreterare.set(p == null ? forvaldSekreterare : p.sekreterare() == null ? "" : p.sekreterare());
    justerare1.set(p == null ? null : personer.get(p.justerare1Id()));
    justerare2.set(p == null ? null : personer.get(p.justerare2Id()));
    justeringsdatum.set(p == null || p.justeringsdatum() == null ? "" : p.justeringsdatum().toString());
    justeringsplats.set(p == null || p.justeringsplats() == null ? "" : p.justeringsplats());
    ovrigaNarvarande.set(p == null || p.ovrigaNarvarande() == null ? "" : p.ovrigaNarvarande());
    anslagsdatum.set(p == null || p.anslagsdatum() == null ? "" : p.anslagsdatum().toString());
    forvaringsplats.set(p == null || p.forvaringsplats() == null ? "" : p.forvaringsplats());
    starttid.set(p == null || p.starttid() == null ? "" : p.starttid().toString());
    sluttid.set(p == null || p.sluttid() == null ? "" : p.sluttid().toString());
    ajourneringar.set(p == null || p.ajourneringar() == null ? "" : p.ajourneringar());
    inledning.set(p == null || p.inledning());
    minnesanteckningar.set(p != null && p.minnesanteckningar());
    arendelistaAndring.set(p == null || p.arendelistaAndring() == null ? "" : p.arendelistaAndring());
    varningar.set(p == null ? "" : String.join("\n", se.namndbok.core.protokoll.Overklagandetid.varningar(
        u.sammantrade().datum(), p.justeringsdatum(), p.anslagsdatum())));
    justerat.set(p != null && p.justerat());
    hallet.set(u.sammantrade().status() == SammantradeStatus.GENOMFORT);
    status.set(p == null ? Messages.get("protokoll.status.inget") : p.status().text());
    uppgifter.saved();
    narvaroState = EntryFormState.of(narvaro.stream().flatMap(r -> java.util.stream.Stream.of(
        (javafx.beans.property.Property<?>) r.narvarandeProperty(), r.tjanstgorForProperty(), r.lamnadeProperty(),
        r.ankomProperty(), r.paragraferProperty()))
        .toList());
    narvaroOsparad.bind(narvaroState.dirtyProperty());
    underlag.set(u);
  }

  private static NarvaroRad rad(ProtokollUnderlag u, Ledamotsplats p, Map<Long, Person> personer) {
    Narvaro saved = u.narvaro(p.ledamot().id()).orElse(null);
    return new NarvaroRad(p, saved, saved == null || saved.tjanstgorFor() == null ? null
        : personer.get(saved.tjanstgorFor()));
  }

  /** Saves the whole attendance list in one call; its rules are the service's. */
  public void sparaNarvaro() {
    sparaNarvaro(ok -> { });
  }

  /**
   * {@link #sparaNarvaro()}; {@code done} gets whether it was saved. The first save of a meeting's attendance
   * creates its protokoll (with the board's sekreterare), as the meeting begins with the upprop.
   */
  public void sparaNarvaro(Consumer<Boolean> done) {
    long id = sammantrade.get().id();
    int version = protokollVersion();
    save(errors, () -> service.registreraNarvaro(id, version, narvaro.stream().map(NarvaroRad::toNarvaro).toList()),
        done, Saved.NARVARO);
  }

  /** Saves sekreterare, justerare, justeringens tid och plats and övriga närvarande in one call. */
  public void sparaUppgifter() {
    sparaUppgifter(ok -> { });
  }

  /** {@link #sparaUppgifter()}; {@code done} gets whether it was saved. */
  public void sparaUppgifter(Consumer<Boolean> done) {
    long id = sammantrade.get().id();
    Integer forsta = underlag.get() == null || underlag.get().protokoll() == null ? null
        : underlag.get().protokoll().forstaParagraf();
    int version = protokollVersion();
    save(errors, () -> service.spara(id, version, new ProtokollUppgifter(sekreterare.get(), idOf(justerare1.get()),
        idOf(justerare2.get()), TypedDate.parse(justeringsdatum.get(), "Justeringens datum", motesdatum(), TypedDate.YearOmitted.ON_OR_AFTER),
        justeringsplats.get(), ovrigaNarvarande.get(), forsta, tid(starttid.get(), "Började kl."),
        tid(sluttid.get(), "Slutade kl."), ajourneringar.get(), inledning.get(), arendelistaAndring.get(),
        minnesanteckningar.get())), done, Saved.UPPGIFTER);
  }

  /** A time typed "08:15", "8:15" or "8.15"; empty is none. */
  private static java.time.LocalTime tid(String text, String falt) {
    String t = text == null ? "" : text.strip().replace('.', ':');
    if (t.isEmpty()) {
      return null;
    }
    try {
      return java.time.LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (java.time.format.DateTimeParseException e) {
      throw se.namndbok.core.shared.ValidationException.of(falt, "\"" + t + "\" är ingen tid; skriv tt:mm, t.ex. 08:15");
    }
  }

  /** Records the item's beslut and beslutsgång in one call; the messages go to the item's own fields. */
  public void sparaBeslut(ParagrafRad rad) {
    sparaBeslut(rad, ok -> { });
  }

  /** {@link #sparaBeslut(ParagrafRad)}; {@code done} gets whether it was saved. */
  public void sparaBeslut(ParagrafRad rad, Consumer<Boolean> done) {
    if (!harProtokoll(rad.errors().get("Beslut"))) {
      done.accept(false);
      return;
    }
    save(rad.errors(), () -> service.sattBeslut(rad.arendepunktId(), rad.version(), rad.beslutProperty().get(),
        rad.beslutsgangProperty().get(), rad.toBehandling()), done, new Saved.Beslut(rad.arendepunktId()));
  }

  /** Justerar (numbers the items a last time and locks the protokoll); what is missing is told at the fields. */
  public void justera() {
    long id = sammantrade.get().id();
    save(errors, () -> service.justera(id));
  }

  /** Records the anslag date (allowed after justering only). */
  public void anslag() {
    long id = sammantrade.get().id();
    save(errors, () -> service.anslag(id, TypedDate.parse(anslagsdatum.get(), "Anslagsdatum", motesdatum(),
        TypedDate.YearOmitted.ON_OR_AFTER),
        forvaringsplats.get()));
  }

  private void save(FieldErrors target, Callable<?> call) {
    save(target, call, ok -> { });
  }

  private void save(FieldErrors target, Callable<?> call, Consumer<Boolean> done) {
    save(target, call, done, Saved.NOTHING);
  }

  private void save(FieldErrors target, Callable<?> call, Consumer<Boolean> done, Saved saved) {
    errors.clear();
    paragrafer.forEach(r -> r.errors().clear());
    BackgroundTask.wrap(call).onSuccess(v -> {
      load(saved);
      done.accept(true);
    }).onFailure(t -> {
      target.show(t);
      done.accept(false);
    }).executeWith(executor);
  }

  /** The protokoll's details as shown: dirty when changed and not saved. */
  public EntryFormState uppgifterState() {
    return uppgifter;
  }

  /** The attendance list as shown: dirty when changed and not saved. */
  public javafx.beans.property.ReadOnlyBooleanProperty narvaroOsparadProperty() {
    return narvaroOsparad;
  }

  public EntryFormState narvaroState() {
    return narvaroState;
  }

  /**
   * Beslut are kept once the protokoll exists, which the attendance or the details create (the meeting's order:
   * upprop first); before that the field tells so.
   */
  private boolean harProtokoll(StringProperty field) {
    errors.clear();
    boolean finns = underlag.get() != null && underlag.get().protokoll() != null;
    field.set(finns ? "" : Messages.get("protokoll.forst.uppgifter"));
    return finns;
  }

  /** The version of the protokoll as shown: a save from it is refused if someone changed it since. */
  private int protokollVersion() {
    return underlag.get() == null || underlag.get().protokoll() == null ? 0 : underlag.get().protokoll().version();
  }

  private static Long idOf(Person p) {
    return p == null ? null : p.id();
  }

  /**
   * "Sista dag för överklagande 2025-10-23, tas ned 2025-10-24" for a valid anslag date (three weeks, moved past
   * weekends and helgdagar; decision 0115), else empty.
   */
  private String nedtagning(String text) {
    try {
      LocalDate d = TypedDate.parse(text, "Anslagsdatum", motesdatum(), TypedDate.YearOmitted.ON_OR_AFTER);
      return d == null ? "" : Messages.format("protokoll.sistadag", se.namndbok.core.protokoll.Overklagandetid.sistaDag(d),
          se.namndbok.core.protokoll.Overklagandetid.nedtagning(d));
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The protokoll can be created as a PDF once one is recorded (the board's meeting or an utskott's). */
  public boolean exporterbart() {
    ProtokollUnderlag u = underlag.get();
    return u != null && u.protokoll() != null;
  }

  public ObjectProperty<Sammantrade> sammantradeProperty() { return sammantrade; }
  public ObjectProperty<ProtokollUnderlag> underlagProperty() { return underlag; }
  public ObservableList<NarvaroRad> narvaro() { return narvaro; }
  public ObservableList<ParagrafRad> paragrafer() { return paragrafer; }
  public ObservableList<Person> ordinarie() { return ordinarie; }
  public ObservableList<Person> justerareVal() { return justerareVal; }
  public StringProperty sekreterareProperty() { return sekreterare; }
  public ObjectProperty<Person> justerare1Property() { return justerare1; }
  public ObjectProperty<Person> justerare2Property() { return justerare2; }
  public StringProperty justeringsdatumProperty() { return justeringsdatum; }
  public StringProperty justeringsplatsProperty() { return justeringsplats; }
  public StringProperty ovrigaNarvarandeProperty() { return ovrigaNarvarande; }
  public StringProperty anslagsdatumProperty() { return anslagsdatum; }
  public StringBinding nedtagningProperty() { return nedtagning; }
  public StringProperty forvaringsplatsProperty() { return forvaringsplats; }
  public StringProperty starttidProperty() { return starttid; }
  public StringProperty sluttidProperty() { return sluttid; }
  public StringProperty ajourneringarProperty() { return ajourneringar; }
  public BooleanProperty inledningProperty() { return inledning; }
  public BooleanProperty minnesanteckningarProperty() { return minnesanteckningar; }
  public StringProperty arendelistaAndringProperty() { return arendelistaAndring; }
  public StringProperty varningarProperty() { return varningar; }
  public BooleanProperty justeratProperty() { return justerat; }
  public BooleanProperty halletProperty() { return hallet; }
  public StringProperty statusProperty() { return status; }
  public FieldErrors errors() { return errors; }

  /** Today by the store's clock. */
  public LocalDate today() {
    return services.clock().today();
  }

  /**
   * The meeting's day: justering and anslag come after it, so a day and month typed without a year is the first
   * such day on or after it (a walk typed "28/10" for a meeting of 2025-10-23 and got 2026-10-28); today when no
   * meeting is shown.
   */
  public LocalDate motesdatum() {
    return sammantrade.get() == null ? today() : sammantrade.get().datum();
  }
}
