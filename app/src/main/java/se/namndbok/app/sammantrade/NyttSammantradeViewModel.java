package se.namndbok.app.sammantrade;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.FieldError;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Motesstandard;
import se.namndbok.core.sammantrade.MotesstandardService;
import se.namndbok.core.sammantrade.Planrad;
import se.namndbok.core.sammantrade.SammantradesplanService;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The "Nytt sammanträde" form: datum typed ({@code 2025-11-20}) or picked, tid ({@code 13:00}), plats and
 * nämnd or utskott. It starts from the board's defaults: the usual time and place, and the date of the next
 * meeting in the meeting plan ("Nästa sammanträde"). Checked here field by field, then saved through
 * {@link MotesstandardService#skapa} (the board's meeting gets the standard punkter in the same transaction),
 * whose refusals (e.g. a meeting already that day) land at the field they name.
 */
public final class NyttSammantradeViewModel {
  private static final Pattern TID = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

  private final MotesstandardService standard;
  private final SammantradesplanService plan;
  private final TaskExecutor executor;
  private final LocalDate today;
  private final StringProperty forslag = new SimpleStringProperty("");
  private final StringProperty standardpunkter = new SimpleStringProperty("");
  private Planrad nasta;
  private Motesstandard defaults = Motesstandard.INGEN;
  private final StringProperty datum = new SimpleStringProperty("");
  private final StringProperty tid = new SimpleStringProperty("13:00");
  private final StringProperty plats = new SimpleStringProperty("");
  private final ObjectProperty<Organ> organ = new SimpleObjectProperty<>();
  private final StringProperty datumError = new SimpleStringProperty("");
  private final StringProperty tidError = new SimpleStringProperty("");
  private final StringProperty platsError = new SimpleStringProperty("");
  private final StringProperty organError = new SimpleStringProperty("");
  private final StringProperty generalError = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final Map<String, StringProperty> errorsByField = new LinkedHashMap<>();

  public NyttSammantradeViewModel(MotesstandardService standard, SammantradesplanService plan, TaskExecutor executor,
      List<Organ> choices, LocalDate today) {
    this.standard = standard;
    this.plan = plan;
    this.executor = executor;
    this.today = today;
    organ.set(choices.isEmpty() ? null : choices.getFirst());
    organ.addListener((o, was, now) -> visaStandardpunkter());
    errorsByField.put("Datum", datumError);
    errorsByField.put("Tid", tidError);
    errorsByField.put("Plats", platsError);
    errorsByField.put("Utskott", organError);
  }

  /** Fills tid and plats from the board's defaults and datum from the meeting plan, in the background. */
  public void load() {
    BackgroundTask.wrap(() -> new Defaults(standard.standard(), plan.nasta().orElse(null)))
        .onSuccess(d -> {
          defaults = d.standard();
          nasta = d.nasta();
          tid.set(defaults.tid().toString());
          plats.set(defaults.plats() == null ? "" : defaults.plats());
          visaStandardpunkter();
          nastaSammantrade();
        })
        .executeWith(executor);
  }

  /**
   * What the new meeting's list starts with: the board's standard punkter, or, for an utskott (which the core
   * gives none), an empty list — the hint said "the board's meeting begins with …" also when an utskott was chosen.
   */
  private void visaStandardpunkter() {
    boolean utskott = organ.get() != null && organ.get().utskottId() != null;
    standardpunkter.set(utskott ? Messages.get("nytt.standardpunkter.utskott")
        : defaults.punkter().isEmpty() ? Messages.get("nytt.standardpunkter.inga")
        : Messages.format("nytt.standardpunkter", String.join(", ",
            defaults.punkter().stream().map(ArendepunktTyp::text).toList())));
  }

  /** "Nästa sammanträde": the plan's next date (with its own time and place, when it has them). */
  public void nastaSammantrade() {
    if (nasta == null) {
      forslag.set(Messages.get("nytt.forslag.inget"));
      return;
    }
    datum.set(nasta.datum().toString());
    if (nasta.tid() != null) {
      tid.set(nasta.tid().toString());
    }
    if (nasta.plats() != null) {
      plats.set(nasta.plats());
    }
    forslag.set(Messages.format("nytt.forslag", nasta.datum().toString()));
  }

  /** Whether the meeting plan has a next date to propose. */
  public boolean harForslag() {
    return nasta != null;
  }

  private record Defaults(Motesstandard standard, Planrad nasta) {}

  /** The values as a meeting, or the fields marked with Swedish messages and null. */
  NyttSammantrade parse() {
    Validator v = new Validator();
    LocalDate d = null;
    try {
      d = TypedDate.parse(datum.get(), "Datum", today, TypedDate.YearOmitted.COMING);
      v.notNull(d, "Datum");
    } catch (ValidationException e) {
      v.add(e);
    }
    LocalTime t = parseTid(tid.get(), v);
    v.notBlank(plats.get(), "Plats").maxLength(plats.get(), 300, "Plats").notNull(organ.get(), "Utskott");
    try {
      v.throwIfInvalid();
    } catch (ValidationException e) {
      FieldError.distribute(e, errorsByField, generalError);
      return null;
    }
    FieldError.clear(errorsByField, generalError);
    return new NyttSammantrade(organ.get().utskottId(), d, t, plats.get());
  }

  private static LocalTime parseTid(String text, Validator v) {
    Matcher m = TID.matcher(text == null ? "" : text.strip());
    if (text == null || text.isBlank()) {
      v.notBlank(text, "Tid");
      return null;
    }
    int h = m.matches() ? Integer.parseInt(m.group(1)) : -1;
    int min = m.matches() ? Integer.parseInt(m.group(2)) : -1;
    if (h < 0 || h > 23 || min > 59) {
      v.require(false, "Tid", "\"" + text.strip() + "\" är ingen tid; skriv timmar och minuter, t.ex. 13:00");
      return null;
    }
    return LocalTime.of(h, min);
  }

  /** Creates the meeting in the background; {@code onSaved} gets it, or the fields get the store's refusal. */
  public void save(Consumer<Sammantrade> onSaved) {
    NyttSammantrade ny = saving.get() ? null : parse();
    if (ny == null) {
      return;
    }
    BackgroundTask.wrap(() -> standard.skapa(ny))
        .onRunning(() -> saving.set(true))
        .onSuccess(onSaved)
        .onFailure(t -> {
          if (t instanceof ValidationException e) {
            FieldError.distribute(e, errorsByField, generalError);
          } else {
            ErrorDialog.showUnexpected(t);
          }
        })
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  /** "Förslag från sammanträdesplanen: 2025-11-20", or that the plan has no later date. */
  public StringProperty forslagProperty() {
    return forslag;
  }

  /** Which standard punkter the board's meeting starts with. */
  public StringProperty standardpunkterProperty() {
    return standardpunkter;
  }

  public StringProperty datumProperty() {
    return datum;
  }

  public StringProperty tidProperty() {
    return tid;
  }

  public StringProperty platsProperty() {
    return plats;
  }

  public ObjectProperty<Organ> organProperty() {
    return organ;
  }

  public StringProperty datumErrorProperty() {
    return datumError;
  }

  public StringProperty tidErrorProperty() {
    return tidError;
  }

  public StringProperty platsErrorProperty() {
    return platsError;
  }

  public StringProperty organErrorProperty() {
    return organError;
  }

  public StringProperty generalErrorProperty() {
    return generalError;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return today;
  }
}
