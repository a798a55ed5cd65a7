package se.namndbok.app.ejverkstallda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Drafts;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.BeslutFalt;
import se.namndbok.core.ejverkstallda.BeslutService;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Skal;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;

/**
 * "Nytt beslut" and "Ändra beslut": one decision as typed, saved through {@link BeslutService} (the import's
 * validation) in the background. Every refusal, a date that is not yyyy-MM-dd included, is shown at its field
 * and nothing is saved. The referens of a decision being edited cannot change (it is the decision's key).
 */
public final class BeslutFormViewModel {
  private final BeslutService service;
  private final Clock clock;
  private final TaskExecutor executor;
  private final se.namndbok.app.shared.RestCheck restCheck;
  private final StringProperty referens = new SimpleStringProperty("");
  private final ObjectProperty<Lag> lag = new SimpleObjectProperty<>(Lag.SOL);
  private final ObjectProperty<Insats> insats = new SimpleObjectProperty<>();
  private final ObjectProperty<Kon> kon = new SimpleObjectProperty<>();
  private final StringProperty fodelsear = new SimpleStringProperty("");
  private final StringProperty beslutsdatum = new SimpleStringProperty("");
  private final StringProperty avbrottsdatum = new SimpleStringProperty("");
  private final StringProperty verkstallighetsdatum = new SimpleStringProperty("");
  private final StringProperty avslutsdatum = new SimpleStringProperty("");
  private final ObjectProperty<Avslutsorsak> avslutsorsak = new SimpleObjectProperty<>();
  private final ObjectProperty<Skal> skal = new SimpleObjectProperty<>();
  private final StringProperty erbjudanden = new SimpleStringProperty("");
  private final ObservableList<Insats> insatser = FXCollections.observableArrayList();
  private final BooleanProperty andrar = new SimpleBooleanProperty();
  private final BooleanProperty sparar = new SimpleBooleanProperty();
  private final FieldErrors errors = new FieldErrors(
      Arrays.stream(BeslutFalt.values()).map(BeslutFalt::etikett).toArray(String[]::new));
  /** The fields' names in the order of {@link #state}, for a draft's notice ("beslutsdatum"). */
  private static final List<String> FALT = Arrays.stream(BeslutFalt.values())
      .map(f -> f.etikett().toLowerCase(se.namndbok.core.shared.Texts.SWEDISH)).toList();
  /** The insats by its code, for the draft (a draft keeps texts and choices of a fixed set, not records). */
  private final StringProperty insatsKod = new SimpleStringProperty("");
  private final EntryFormState state = EntryFormState.of(List.of(referens, lag, insatsKod, kon, fodelsear,
      beslutsdatum, avbrottsdatum, verkstallighetsdatum, avslutsdatum, avslutsorsak, skal, erbjudanden));
  private final StringProperty notice = new SimpleStringProperty("");
  private FormDraft draft;

  /** {@code clock}: the store's, whose today a date typed without its year is read against (as the check does). */
  public BeslutFormViewModel(BeslutService service, Clock clock, TaskExecutor executor) {
    this.service = service;
    this.clock = clock;
    this.executor = executor;
    this.restCheck = new se.namndbok.app.shared.RestCheck(executor);
    lag.addListener((o, was, now) -> laddaInsatser(now));
    insats.addListener((o, was, now) -> insatsKod.set(now == null ? "" : now.kod()));
    insatsKod.addListener((o, was, now) -> {
      if (!now.equals(insats.get() == null ? "" : insats.get().kod())) {
        insats.set(insatser.stream().filter(i -> i.kod().equals(now)).findFirst().orElse(null));
      }
    });
    laddaInsatser(lag.get());
  }

  /**
   * Keeps what is typed in the dialog as a draft (decision 0171): a new decision's, or a change's by its
   * referens, filled in again when the same dialog opens after the program ended with it open. Returns this form.
   */
  public BeslutFormViewModel withDrafts(Drafts drafts) {
    draft = FormDraft.inDialog(drafts, state, () -> andrar.get() ? "beslut-" + referens.get() : "beslut-ny",
        () -> andrar.get() ? Messages.format("utkast.vad.gynnande.andras", referens.get())
            : Messages.format("utkast.vad.gynnande.ny", Messages.quoted(referens.get())),
        () -> andrar.get() ? FALT : List.of(), Messages.get("beslut.spara"));
    notice.bind(draft.noticeProperty());
    return this;
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended. */
  public StringProperty noticeProperty() {
    return notice;
  }

  /** The dialog closed without saving: what it held is thrown away, and its draft with it. */
  public void discard() {
    state.discard();
  }

  /** The values just shown are what the form is compared with; a draft of the same decision is filled in. */
  private void shown() {
    state.saved();
    if (draft != null) {
      draft.restore();
    }
  }

  private void laddaInsatser(Lag l) {
    String vald = insats.get() == null ? null : insats.get().kod();
    insatser.setAll(l == null ? List.of() : service.insatser(l));
    insats.set(insatser.stream().filter(i -> i.kod().equals(vald)).findFirst().orElse(null));
  }

  /** An empty form for a new decision of {@code l}. */
  public void nytt(Lag l) {
    andrar.set(false);
    referens.set("");
    lag.set(l);
    insats.set(null);
    kon.set(null);
    List.of(fodelsear, beslutsdatum, avbrottsdatum, verkstallighetsdatum, avslutsdatum, erbjudanden)
        .forEach(p -> p.set(""));
    avslutsorsak.set(null);
    skal.set(null);
    errors.clear();
    shown();
  }

  /** The form filled with the stored decision {@code ref}; false when there is none. */
  public boolean andra(String ref) {
    return service.find(ref).map(b -> {
      visa(b);
      return true;
    }).orElse(false);
  }

  private void visa(GynnandeBeslut b) {
    andrar.set(true);
    referens.set(b.referens());
    lag.set(b.lag());
    insats.set(insatser.stream().filter(i -> i.kod().equals(b.insats())).findFirst().orElse(null));
    kon.set(b.kon());
    fodelsear.set(b.fodelsear() == null ? "" : b.fodelsear().toString());
    beslutsdatum.set(text(b.beslutsdatum()));
    avbrottsdatum.set(text(b.avbrottsdatum()));
    verkstallighetsdatum.set(text(b.verkstallighetsdatum()));
    avslutsdatum.set(text(b.avslutsdatum()));
    avslutsorsak.set(b.avslutsorsak());
    skal.set(b.skal());
    erbjudanden.set(String.join(", ", b.erbjudanden().stream().map(LocalDate::toString).toList()));
    errors.clear();
    shown();
  }

  /** Saves in the background; {@code onSaved} gets the stored decision, a refusal stays at the fields. */
  public void spara(Consumer<GynnandeBeslut> onSaved) {
    if (sparar.get()) {
      return;
    }
    errors.clear();
    restCheck.newAttempt();
    List<ValidationException.FieldError> fel = new ArrayList<>();
    GynnandeBeslut b = beslut(fel);
    if (!fel.isEmpty()) {
      // what the form could not read is told at once, and the rest checked by the core (nothing saved), so that
      // a personnummer as Id or a missing insats is told beside a mistyped date and not one save later
      restCheck.tell(new ValidationException(fel), () -> service.check(b), errors::show);
      return;
    }
    boolean nytt = !andrar.get();
    sparar.set(true);
    BackgroundTask.wrap(() -> nytt ? service.register(b) : service.update(b))
        .onSuccess(saved -> {
          andrar.set(true);
          state.saved();
          onSaved.accept(saved);
        })
        .onFailure(errors::show)
        .onFinished(() -> sparar.set(false))
        .executeWith(executor);
  }

  /** The form as a decision; a value it cannot read is left out (null) and its message added to {@code fel}. */
  private GynnandeBeslut beslut(List<ValidationException.FieldError> fel) {
    Integer ar = heltal(fodelsear.get(), fel);
    LocalDate beslut = datum(beslutsdatum.get(), BeslutFalt.BESLUTSDATUM, null, fel);
    LocalDate avbrott = datum(avbrottsdatum.get(), BeslutFalt.AVBROTTSDATUM, beslut, fel);
    LocalDate verkstallt = datum(verkstallighetsdatum.get(), BeslutFalt.VERKSTALLIGHETSDATUM, beslut, fel);
    LocalDate avslut = datum(avslutsdatum.get(), BeslutFalt.AVSLUTSDATUM, beslut, fel);
    List<LocalDate> erbjudna = dagar(erbjudanden.get(), beslut, fel);
    String kod = insats.get() == null ? "" : insats.get().kod();
    return new GynnandeBeslut(referens.get() == null ? "" : referens.get(), lag.get(), kod, kon.get(), ar, beslut,
        avbrott, verkstallt, avslut, avslutsorsak.get(), skal.get(), erbjudna);
  }

  private static Integer heltal(String text, List<ValidationException.FieldError> fel) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      fel.add(new ValidationException.FieldError(BeslutFalt.FODELSEAR.etikett(), "\"" + text.strip()
          + "\" är inget årtal (skriv fyra siffror, till exempel 1948)"));
      return null;
    }
  }

  /**
   * The date typed in {@code text}; a day and month without a year is the first such day on or after {@code efter}
   * (the beslutsdatum, for a date that cannot come before it) or, when that is null, the recent one by today.
   */
  private LocalDate datum(String text, BeslutFalt falt, LocalDate efter, List<ValidationException.FieldError> fel) {
    try {
      return efter == null ? TypedDate.parse(text, falt.etikett(), clock.today(), TypedDate.YearOmitted.RECENT)
          : TypedDate.parse(text, falt.etikett(), efter, TypedDate.YearOmitted.ON_OR_AFTER);
    } catch (ValidationException e) {
      fel.addAll(e.errors());
      return null;
    }
  }

  /** The beslutsdatum as typed when {@code falt} cannot come before it and it is a date, else null. */
  private LocalDate efter(BeslutFalt falt) {
    if (falt == BeslutFalt.BESLUTSDATUM) {
      return null;
    }
    List<ValidationException.FieldError> fel = new ArrayList<>();
    return datum(beslutsdatum.get(), BeslutFalt.BESLUTSDATUM, null, fel);
  }

  /**
   * How a day and month without a year is placed in {@code falt}'s field: after the beslutsdatum when the field
   * cannot come before it and the beslutsdatum is a date, else as a recent day. The day is {@link #yearFrom}'s.
   */
  public TypedDate.YearOmitted yearOmitted(BeslutFalt falt) {
    return efter(falt) == null ? TypedDate.YearOmitted.RECENT : TypedDate.YearOmitted.ON_OR_AFTER;
  }

  /** The day {@link #yearOmitted} places from: the beslutsdatum, or today. */
  public LocalDate yearFrom(BeslutFalt falt) {
    LocalDate efter = efter(falt);
    return efter == null ? clock.today() : efter;
  }

  /**
   * The days of offers, separated by commas or semicolons, each in any form a date field takes ("3/3, 14 apr");
   * a list copied from the IVO list or a file, ISO dates separated by spaces, is read too.
   */
  private List<LocalDate> dagar(String text, LocalDate efter, List<ValidationException.FieldError> fel) {
    List<LocalDate> dagar = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return dagar;
    }
    for (String del : text.split("[,;]")) {
      if (del.isBlank()) {
        continue;
      }
      List<ValidationException.FieldError> delFel = new ArrayList<>();
      LocalDate dag = datum(del, BeslutFalt.ERBJUDANDEN, efter, delFel);
      if (delFel.isEmpty()) {
        dagar.add(dag);
        continue;
      }
      List<ValidationException.FieldError> ordFel = new ArrayList<>();
      List<LocalDate> ord = java.util.Arrays.stream(del.strip().split("\\s+"))
          .map(o -> datum(o, BeslutFalt.ERBJUDANDEN, efter, ordFel)).toList();
      if (ordFel.isEmpty() && ord.size() > 1) {
        dagar.addAll(ord);
      } else {
        fel.addAll(delFel);
        return dagar;
      }
    }
    return dagar;
  }

  private static String text(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  public StringProperty error(BeslutFalt falt) {
    return errors.get(falt.etikett());
  }

  public StringProperty generalError() {
    return errors.general();
  }

  public StringProperty referensProperty() {
    return referens;
  }

  public ObjectProperty<Lag> lagProperty() {
    return lag;
  }

  public ObjectProperty<Insats> insatsProperty() {
    return insats;
  }

  public ObjectProperty<Kon> konProperty() {
    return kon;
  }

  public StringProperty fodelsearProperty() {
    return fodelsear;
  }

  public StringProperty datum(BeslutFalt falt) {
    return switch (falt) {
      case BESLUTSDATUM -> beslutsdatum;
      case AVBROTTSDATUM -> avbrottsdatum;
      case VERKSTALLIGHETSDATUM -> verkstallighetsdatum;
      case AVSLUTSDATUM -> avslutsdatum;
      default -> throw new IllegalArgumentException(falt + " is not a date");
    };
  }

  /** The days the insats was offered, as typed ("2025-03-03, 14/4"). */
  public StringProperty erbjudandenProperty() {
    return erbjudanden;
  }

  public ObjectProperty<Avslutsorsak> avslutsorsakProperty() {
    return avslutsorsak;
  }

  public ObjectProperty<Skal> skalProperty() {
    return skal;
  }

  public ObservableList<Insats> insatser() {
    return insatser;
  }

  public BooleanProperty andrarProperty() {
    return andrar;
  }

  public BooleanProperty spararProperty() {
    return sparar;
  }

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return clock.today();
  }
}
