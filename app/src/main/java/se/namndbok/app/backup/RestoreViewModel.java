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
import se.namndbok.core.backup.Sakerhetskopior;
import se.namndbok.core.shared.Avbrott;
import se.namndbok.core.shared.ValidationException;

/**
 * "Återställ från säkerhetskopia": the automatic backups and those made before earlier restores to choose from,
 * newest first and each with when it was made and what it holds (or any file), a preview read from the chosen
 * backup's manifest before anything is touched (when it was made, of which nämnd, how much it holds), a
 * confirmation that says the store as it is will be saved first (core does that), and the restore itself as a
 * background task. A refused backup (tampered, cut, wrong password) shows core's Swedish message and leaves the
 * store as it was; after a restore every area reloads, and the message says where the way back is.
 */
public final class RestoreViewModel {
  /** The tables the preview names, with their Swedish labels. */
  static final Map<String, String> TABELLER = tabeller();
  private static final java.time.format.DateTimeFormatter NAR =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", se.namndbok.core.shared.Texts.SWEDISH);
  private static final java.time.format.DateTimeFormatter DAG =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", se.namndbok.core.shared.Texts.SWEDISH);

  private final CoreServices core;
  private final TaskExecutor executor;
  private final Andringar andringar;
  private final ObservableList<Sakerhetskopior.Kopia> kopior = FXCollections.observableArrayList();
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

  /** Lists the backups in the data folder with what each holds, newest first, and chooses the newest. */
  public void ladda() {
    BackgroundTask.wrap(() -> core.sakerhetskopior().kopior())
        .onRunning(() -> arbetar.set(true))
        .onSuccess(list -> {
          kopior.setAll(list);
          if (!list.isEmpty()) {
            valj(list.getFirst().fil());
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
        .onSuccess(aterstallning -> {
          klart.set(klart(file, aterstallning));
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

  /**
   * After a restore: the store is now as it was when the backup was made, with what it holds in the user's terms
   * (not database rows), and where the store as it was before is (when core saved it: the embedded store).
   */
  static String klart(Path file, BackupService.Aterstallning a) {
    BackupSummary s = a.innehall();
    String nar = tid(s.skapad());
    String text = nar == null
        ? Messages.format("aterstall.klar.utan.tid", file.getFileName().toString(), innehall(s))
        : Messages.format("aterstall.klar", nar, file.getFileName().toString(), innehall(s));
    if (a.fore() != null) {
      text += " " + Messages.format("aterstall.klar.fore", etikett(new Sakerhetskopior.Kopia(a.fore(),
          Sakerhetskopior.Slag.FORE_ATERSTALLNING, null, null, -1)), a.fore().getFileName().toString());
    }
    return text;
  }

  /** A backup in the list: "Automatisk säkerhetskopia 6 december 2026 kl. 11.45 – 12 ärenden, 3 sammanträden". */
  static String etikett(Sakerhetskopior.Kopia k) {
    boolean baraDagen = k.innehall() == null && k.slag() == Sakerhetskopior.Slag.AUTOMATISK; // from its name only
    String nar = k.gjord() == null ? k.fil().getFileName().toString()
        : baraDagen ? DAG.format(k.gjord()) : NAR.format(k.gjord());
    String namn = k.slag() == Sakerhetskopior.Slag.FORE_ATERSTALLNING
        ? Messages.format("aterstall.kopia.fore", k.gjord() != null ? nar : foreNamn(k.fil()))
        : Messages.format("aterstall.kopia.automatisk", nar);
    if (k.storlek() < 0 && k.innehall() == null) {
      return namn;
    }
    return namn + " – " + (k.innehall() != null ? innehall(k.innehall())
        : Messages.format("aterstall.kopia.oppnas", storlek(k.storlek())));
  }

  /** The moment in the name of a copy made before a restore, when nothing else is known of it. */
  private static String foreNamn(Path file) {
    String n = file.getFileName().toString().replace("namndbok-fore-aterstallning-", "").replace(".zip", "");
    try {
      return NAR.format(java.time.LocalDateTime.parse(n.substring(0, 17),
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")));
    } catch (RuntimeException e) {
      return n;
    }
  }

  private static String innehall(BackupSummary s) {
    return Messages.format("aterstall.kopia.innehall", s.rows().getOrDefault("arende", 0),
        s.rows().getOrDefault("sammantrade", 0));
  }

  private static String tid(String skapad) {
    try {
      return skapad == null ? null : NAR.format(java.time.LocalDateTime.parse(skapad));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String storlek(long bytes) {
    return bytes < 1024 * 1024 ? Messages.format("aterstall.kopia.kb", Math.max(1, Math.round(bytes / 1024.0)))
        : Messages.format("aterstall.kopia.mb", bytes / (1024.0 * 1024));
  }

  /** The preview: when, which nämnd, and the counts of the main tables and the files. */
  static String text(Path file, BackupSummary s) {
    StringBuilder t = new StringBuilder();
    t.append(Messages.format("aterstall.gjord", s.skapad() == null ? "–" : s.skapad().replace('T', ' '))).append('\n');
    t.append(Messages.format("aterstall.namnd", s.namnd() == null ? "–" : s.namnd())).append('\n');
    t.append(TABELLER.entrySet().stream().filter(e -> s.rows().containsKey(e.getKey()))
        .map(e -> e.getValue() + ": " + s.rows().get(e.getKey())).collect(Collectors.joining("\n"))).append('\n');
    t.append(Messages.format("aterstall.filer", s.files()));
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

  /**
   * What the confirmation says will happen: the store as it is saved first (the embedded store), or, for the
   * shared store (which core makes no such copy of), that the user should make a backup first.
   */
  public String varning() {
    return Messages.get(core.sakerhetskopior().folder().isPresent() ? "aterstall.varning" : "aterstall.varning.delad");
  }

  public ObservableList<Sakerhetskopior.Kopia> kopior() {
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
