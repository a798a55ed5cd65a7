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
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The "Nytt sammanträde" form: datum typed ({@code 2025-11-20}) or picked, tid ({@code 13:00}), plats and
 * nämnd or utskott. Checked here field by field, then saved through {@link SammantradeService#create}, whose
 * refusals (e.g. a meeting already that day) land at the field they name.
 */
public final class NyttSammantradeViewModel {
  private static final Pattern TID = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

  private final SammantradeService sammantraden;
  private final TaskExecutor executor;
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

  public NyttSammantradeViewModel(SammantradeService sammantraden, TaskExecutor executor, List<Organ> choices) {
    this.sammantraden = sammantraden;
    this.executor = executor;
    organ.set(choices.isEmpty() ? null : choices.getFirst());
    errorsByField.put("Datum", datumError);
    errorsByField.put("Tid", tidError);
    errorsByField.put("Plats", platsError);
    errorsByField.put("Utskott", organError);
  }

  /** The values as a meeting, or the fields marked with Swedish messages and null. */
  NyttSammantrade parse() {
    Validator v = new Validator();
    LocalDate d = null;
    try {
      d = TypedDate.parse(datum.get(), "Datum", LocalDate.now());
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
    BackgroundTask.wrap(() -> sammantraden.create(ny))
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
}
