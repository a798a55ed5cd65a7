package se.namndbok.app.backup;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.Andringar;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.CoreServices;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.BackupSummary;
import se.namndbok.core.shared.Avbrott;
import se.namndbok.core.shared.ValidationException;

/**
 * "Återställ från säkerhetskopia": the automatic backups to choose from (or any file), a preview read from the
 * chosen backup's manifest before anything is touched (when it was made, of which nämnd, how much it holds),
 * a confirmation, and the restore itself as a background task. A refused backup (tampered, cut, wrong password)
 * shows core's Swedish message and leaves the store as it was; after a restore every area reloads.
 */
public final class RestoreViewModel {
  /** The tables the preview names, with their Swedish labels; the rest count in the total. */
  static final Map<String, String> TABELLER = tabeller();

  private final CoreServices core;
  private final TaskExecutor executor;
  private final Andringar andringar;
  private final ObservableList<Path> kopior = FXCollections.observableArrayList();
  private final ObjectProperty<Path> vald = new SimpleObjectProperty<>();
  private final ObjectProperty<BackupSummary> innehall = new SimpleObjectProperty<>();
  private final StringProperty forhandsvisning = new SimpleStringProperty("");
  private final StringProperty losenord = new SimpleStringProperty("");
  private final BooleanProperty krypterad = new SimpleBooleanProperty();
  private final BooleanProperty bekraftad = new SimpleBooleanProperty();
  private final BooleanProperty arbetar = new SimpleBooleanProperty();
  private final StringProperty fel = new SimpleStringProperty("");
  private final StringProperty klart = new SimpleStringProperty("");
  private final BooleanBinding kanAterstalla;

  public RestoreViewModel(CoreServices core, TaskExecutor executor, Andringar andringar) {
    this.core = core;
    this.executor = executor;
    this.andringar = andringar;
    kanAterstalla = innehall.isNotNull().and(bekraftad).and(arbetar.not());
  }

  /** Lists the automatic backups, newest first, and chooses the newest. */
  public void ladda() {
    BackgroundTask.wrap(() -> core.sakerhetskopior().list())
        .onRunning(() -> arbetar.set(true))
        .onSuccess(list -> {
          kopior.setAll(list);
          if (!list.isEmpty()) {
            valj(list.getFirst());
          }
        })
        .onFailure(this::refused)
        .onFinished(() -> arbetar.set(false))
        .executeWith(executor);
  }

  /** Chooses {@code file} and reads its preview (nothing is changed). */
  public void valj(Path file) {
    vald.set(file);
    innehall.set(null); // also when the same file is read again (with a password now)
    bekraftad.set(false);
    fel.set("");
    forhandsvisning.set("");
    krypterad.set(BackupService.isEncrypted(file) && !core.store().encrypted());
    if (krypterad.get() && losenord.get().isEmpty()) {
      fel.set(Messages.get("aterstall.losenord.behovs"));
      return;
    }
    char[] password = password();
    BackgroundTask.wrap(() -> core.backup().preview(file, password))
        .onRunning(() -> arbetar.set(true))
        .onSuccess(summary -> {
          if (file.equals(vald.get())) {
            innehall.set(summary);
            forhandsvisning.set(text(file, summary));
          }
        })
        .onFailure(this::refused)
        .onFinished(() -> arbetar.set(false))
        .executeWith(executor);
  }

  /** Reads the preview again, with the password now typed. */
  public void forsokIgen() {
    if (vald.get() != null) {
      valj(vald.get());
    }
  }

  /** Replaces the store's content with the chosen backup; {@code done} runs (on success only) when it is in. */
  public void aterstall(Runnable done) {
    Path file = vald.get();
    if (!kanAterstalla.get()) {
      return;
    }
    char[] password = password();
    BackgroundTask.wrap(() -> core.backup().restore(file, password, Avbrott.INGET))
        .titled(Messages.get("aterstall.arbetar"))
        .onRunning(() -> {
          arbetar.set(true);
          fel.set("");
        })
        .onSuccess(summary -> {
          klart.set(Messages.format("aterstall.klar", file.getFileName().toString(), summary.totalRows(),
              summary.files()));
          andringar.andrade(Set.of()); // everything changed: every area reloads
          done.run();
        })
        .onFailure(this::refused)
        .onFinished(() -> arbetar.set(false))
        .executeWith(executor);
  }

  private void refused(Throwable t) {
    if (t instanceof ValidationException v) {
      fel.set(v.getMessage());
    } else {
      se.namndbok.app.shared.ErrorDialog.showUnexpected(t);
    }
  }

  private char[] password() {
    return krypterad.get() && !losenord.get().isEmpty() ? losenord.get().toCharArray() : null;
  }

  /** The preview: when, which nämnd, and the counts of the main tables, the total and the files. */
  static String text(Path file, BackupSummary s) {
    StringBuilder t = new StringBuilder();
    t.append(Messages.format("aterstall.gjord", s.skapad() == null ? "–" : s.skapad().replace('T', ' '))).append('\n');
    t.append(Messages.format("aterstall.namnd", s.namnd() == null ? "–" : s.namnd())).append('\n');
    t.append(TABELLER.entrySet().stream().filter(e -> s.rows().containsKey(e.getKey()))
        .map(e -> e.getValue() + ": " + s.rows().get(e.getKey())).collect(Collectors.joining("\n"))).append('\n');
    t.append(Messages.format("aterstall.totalt", s.totalRows(), s.files()));
    return t.toString();
  }

  private static Map<String, String> tabeller() {
    Map<String, String> t = new LinkedHashMap<>();
    for (String table : List.of("arende", "handling", "sammantrade", "meddelande", "delegationsbeslut",
        "gynnande_beslut")) {
      t.put(table, Messages.get("aterstall.tabell." + table));
    }
    return t;
  }

  public ObservableList<Path> kopior() {
    return kopior;
  }

  public ObjectProperty<Path> valdProperty() {
    return vald;
  }

  public ObjectProperty<BackupSummary> innehallProperty() {
    return innehall;
  }

  public StringProperty forhandsvisningProperty() {
    return forhandsvisning;
  }

  public StringProperty losenordProperty() {
    return losenord;
  }

  public BooleanProperty krypteradProperty() {
    return krypterad;
  }

  public BooleanProperty bekraftadProperty() {
    return bekraftad;
  }

  public BooleanProperty arbetarProperty() {
    return arbetar;
  }

  public StringProperty felProperty() {
    return fel;
  }

  public StringProperty klartProperty() {
    return klart;
  }

  public BooleanBinding kanAterstalla() {
    return kanAterstalla;
  }

  /** Whether the restore may not be started now (bound to the dialog's button). */
  public javafx.beans.value.ObservableBooleanValue inteKlar() {
    return Bindings.not(kanAterstalla);
  }
}
