package se.namndbok.app.ejverkstallda;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.ejverkstallda.BeslutImport;
import se.namndbok.core.ejverkstallda.BeslutInlasning;
import se.namndbok.core.ejverkstallda.FrystRapport;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.KvartalsrapportTabeller;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.reports.ejverkstallda.StatistikTexter;

/**
 * The Statistik area's state: the chosen law and quarter, the computed table with totals, the status text per
 * insats, the trend over the compared quarters, whether the quarter is fastställd, and the work the user starts
 * (import, fastställ, export), each off the JavaFX thread. Refusals come back as a Swedish message.
 */
public final class StatistikViewModel {
  /** How many quarters the quarter chooser offers, newest (the last finished one) first. */
  static final int KVARTAL_I_LISTAN = 12;
  /** How many of a refused file's problems the message names; the rest are counted and listed on request. */
  static final int FEL_I_SAMMANDRAG = 3;

  private final CoreServices core;
  private final Clock clock;
  private final TaskExecutor executor;
  private final KvartalsrapportService rapporter;
  private final ObjectProperty<Lag> lag = new SimpleObjectProperty<>(Lag.SOL);
  private final ObjectProperty<Kvartal> kvartal = new SimpleObjectProperty<>();
  private final ObservableList<Kvartal> kvartalen = FXCollections.observableArrayList();
  private final ObjectProperty<Kvartalsrapport> rapport = new SimpleObjectProperty<>();
  private final ObservableList<Tabell.Rad> rader = FXCollections.observableArrayList();
  private final ObservableList<String> status = FXCollections.observableArrayList();
  private final ObservableList<Jamforelse> trend = FXCollections.observableArrayList();
  private final ObservableList<IvoRad> ivo = FXCollections.observableArrayList();
  private final ObservableList<Avvikelse> avvikelser = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper avvikelseText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper faststalld = new ReadOnlyStringWrapper("");
  private final BooleanProperty kanFaststallas = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper underlag = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper underlagVarning = new ReadOnlyStringWrapper("");
  /** Whether the user has chosen a quarter; until then the data's own may be shown instead of the last one. */
  private volatile boolean kvartalValt; // read by the loading task
  private boolean justerarKvartal;
  private final ObservableList<ImportError> importFel = FXCollections.observableArrayList();
  private final BooleanProperty arbetar = new SimpleBooleanProperty();
  private final DoubleProperty progress = new SimpleDoubleProperty(0);

  public StatistikViewModel(CoreServices core, TaskExecutor executor) {
    this.core = core;
    this.clock = core.clock();
    this.executor = executor;
    this.rapporter = core.kvartalsrapporter();
    Kvartal senast = Kvartal.of(clock.today()).previous();
    for (int i = 0; i < KVARTAL_I_LISTAN; i++, senast = senast.previous()) {
      kvartalen.add(senast);
    }
    kvartal.set(kvartalen.getFirst());
    lag.addListener((o, was, now) -> ladda());
    kvartal.addListener((o, was, now) -> {
      if (!justerarKvartal) {
        kvartalValt = true;
        ladda();
      }
    });
  }

  /** Computes the chosen quarter's report and whether it is fastställd. */
  public void ladda() {
    Lag l = lag.get();
    Kvartal q = kvartal.get();
    if (l == null || q == null) {
      return;
    }
    BackgroundTask.wrap(() -> laddat(l, q))
        .titled(Messages.get("statistik.laddar"))
        .onSuccess(laddat -> {
          if (l == lag.get() && q.equals(kvartal.get())) {
            visa(laddat);
          }
        })
        .onFailure(this::fel)
        .executeWith(executor);
  }

  /**
   * The report as it stands (the fastställda figures once fastställd), whether it is, the IVO list, and the last
   * file read in. Until the user chooses a quarter, a register whose data end before the last finished quarter
   * begins shows the last quarter the data cover to its end (an extract taken on 3 July is the second quarter's):
   * a quarter after them would only repeat what was open then.
   */
  private Laddat laddat(Lag l, Kvartal valt) {
    BeslutInlasning inlasning = core.beslutImport().senaste().orElse(null);
    Kvartal q = kvartalValt ? valt : dataKvartal(valt, inlasning);
    return new Laddat(q, rapporter.gallande(l, q), rapporter.fryst(l, q).orElse(null), core.ivoLista().rader(l, q),
        inlasning);
  }

  private Kvartal dataKvartal(Kvartal valt, BeslutInlasning inlasning) {
    if (inlasning == null || inlasning.uppgifterTill() == null || !inlasning.uppgifterTill().isBefore(valt.forstaDag())) {
      return valt;
    }
    Kvartal data = Kvartal.of(inlasning.uppgifterTill().plusDays(1)).previous();
    return kvartalen.contains(data) ? data : kvartalen.getLast();
  }

  private record Laddat(Kvartal kvartal, Kvartalsrapport rapport, FrystRapport fryst, List<IvoRad> ivo,
      BeslutInlasning inlasning) {}

  private void visa(Laddat laddat) {
    if (!laddat.kvartal().equals(kvartal.get())) {
      justerarKvartal = true;
      try {
        kvartal.set(laddat.kvartal());
      } finally {
        justerarKvartal = false;
      }
    }
    Kvartalsrapport r = laddat.rapport();
    rapport.set(r);
    rader.setAll(KvartalsrapportTabeller.antal(r).rader());
    List<String> text = new ArrayList<>();
    r.status().forEach(s -> {
      text.add(StatistikTexter.statusInledning(s));
      StatistikTexter.statusRader(s).forEach(rad -> text.add("• " + rad));
    });
    status.setAll(text);
    trend.setAll(r.jamforelse());
    ivo.setAll(laddat.ivo());
    avvikelser.setAll(r.avvikelser().stream().filter(a -> a.kvartal().equals(r.kvartal())).toList());
    avvikelseText.set(AvvikelseText.notis(r));
    FrystRapport f = laddat.fryst();
    faststalld.set(f == null ? Messages.get("statistik.ej.faststalld")
        : Messages.format("statistik.faststalld", f.faststalld().toLocalDate().toString(), f.faststalldAv(), f.summa()));
    kanFaststallas.set(f == null && clock.today().isAfter(r.kvartal().sistaDag()));
    visaUnderlag(laddat.inlasning(), f == null ? r.kvartal() : null);
  }

  /**
   * Which file the figures are counted from, and a warning when its data end before the quarter does (not for a
   * fastställd quarter, whose figures are no longer counted).
   */
  private void visaUnderlag(BeslutInlasning i, Kvartal ejFaststallt) {
    if (i == null) {
      underlag.set(Messages.get("statistik.underlag.ingen"));
      underlagVarning.set("");
      return;
    }
    String tid = i.tid().toLocalDate().toString();
    underlag.set(i.uppgifterTill() == null
        ? Messages.format("statistik.underlag.utan.datum", i.fil(), tid, i.anvandare(), i.rader())
        : Messages.format("statistik.underlag", i.fil(), tid, i.anvandare(), i.rader(), i.uppgifterTill().toString()));
    underlagVarning.set(ejFaststallt != null && i.slutarFore(ejFaststallt)
        ? Messages.format("statistik.underlag.varning", i.uppgifterTill().toString(), ejFaststallt.toString(),
            ejFaststallt.sistaDag().toString())
        : "");
  }

  /** Imports a file of decisions (all or nothing) and recomputes; a refused file is explained line by line. */
  public void importera(Path file) {
    BackgroundTask.withProgress(p -> {
      p.update(0, 1);
      BeslutImport.Resultat r = core.beslutImport().importera(file);
      p.update(1, 1);
      return r;
    })
        .titled(Messages.get("statistik.importerar"))
        .onRunning(() -> arbetar(true))
        .onSuccess(r -> {
          meddelande.set(Messages.format("statistik.importerat", file.getFileName().toString(), r.rader(), r.nya(),
              r.andrade()));
          ladda();
        })
        .onFailure(t -> {
          if (t instanceof ImportException e) {
            importFel.setAll(e.importErrors());
            meddelande.set(Messages.format("statistik.import.vagrad", sammandrag(e)));
          } else {
            fel(t);
            if (t instanceof ValidationException) {
              meddelande.set(Messages.format("statistik.import.vagrad", meddelande.get()));
            }
          }
        })
        .onFinished(() -> arbetar(false))
        .executeWith(executor);
  }

  /**
   * The first {@link #FEL_I_SAMMANDRAG} problems of a refused file, each with its file, line and column, and how
   * many more there are: the whole list printed in the header pushed the table and the chart off the screen.
   * Every problem is in {@link #importFel()}.
   */
  static String sammandrag(ImportException e) {
    List<ImportError> listade = e.importErrors().stream().filter(f -> f.line() != Integer.MAX_VALUE).toList();
    List<String> rader = new ArrayList<>(listade.stream().limit(FEL_I_SAMMANDRAG).map(ImportError::toString).toList());
    long fler = e.antal() - rader.size();
    if (fler > 0) {
      rader.add(Messages.format("statistik.import.fler", fler));
    }
    return String.join("\n", rader);
  }

  /** Closes the last action's message, and a refused file's list of problems with it. */
  public void stangMeddelande() {
    meddelande.set("");
    importFel.clear();
  }

  /** "Fastställ": freezes the shown quarter's report as sent. */
  public void faststall() {
    Lag l = lag.get();
    Kvartal q = kvartal.get();
    BackgroundTask.wrap(() -> rapporter.faststall(l, q))
        .titled(Messages.get("statistik.faststaller"))
        .onRunning(() -> arbetar(true))
        .onSuccess(f -> {
          meddelande.set(Messages.format("statistik.faststallt", l.kod(), q.toString()));
          ladda();
        })
        .onFailure(this::fel)
        .onFinished(() -> arbetar(false))
        .executeWith(executor);
  }

  /** Writes the shown report to {@code file} in {@code format}; {@code done} gets the file. */
  void exportera(StatistikFormat format, Path file, java.util.function.Consumer<Path> done) {
    Kvartalsrapport r = rapport.get();
    if (r == null) {
      return;
    }
    BackgroundTask.wrap(() -> {
      StatistikExport.toFile(core, r, format, "", file);
      return file;
    })
        .titled(Messages.get("statistik.exporterar"))
        .onRunning(() -> arbetar(true))
        .onSuccess(f -> {
          meddelande.set(Messages.format("statistik.exporterat", f.getFileName().toString()));
          done.accept(f);
        })
        .onFailure(this::fel)
        .onFinished(() -> arbetar(false))
        .executeWith(executor);
  }

  /**
   * Writes the shown quarter's IVO list as CSV (or XLSX for a {@code .xlsx} name), to a temporary name renamed
   * when complete; {@code done} gets it.
   */
  void exporteraIvo(Path file, java.util.function.Consumer<Path> done) {
    List<IvoRad> rader = List.copyOf(ivo);
    boolean xlsx = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    String blad = lagProperty().get().kod() + " " + kvartalProperty().get();
    BackgroundTask.wrap(() -> {
      Utfil.skriv(file, IvoCommand.writer(rader, xlsx, blad));
      return file;
    })
        .titled(Messages.get("statistik.exporterar"))
        .onRunning(() -> arbetar(true))
        .onSuccess(f -> {
          meddelande.set(Messages.format("statistik.exporterat", f.getFileName().toString()));
          done.accept(f);
        })
        .onFailure(this::fel)
        .onFinished(() -> arbetar(false))
        .executeWith(executor);
  }

  private void arbetar(boolean on) {
    arbetar.set(on);
    progress.set(on ? -1 : 0);
    if (on) {
      stangMeddelande();
    }
  }

  private void fel(Throwable t) {
    if (t instanceof ValidationException v) {
      meddelande.set(v.getMessage());
    } else {
      meddelande.set("");
      se.namndbok.app.shared.ErrorDialog.showUnexpected(t);
    }
  }

  public ObjectProperty<Lag> lagProperty() {
    return lag;
  }

  public ObjectProperty<Kvartal> kvartalProperty() {
    return kvartal;
  }

  public ObservableList<Kvartal> kvartalen() {
    return kvartalen;
  }

  public ObjectProperty<Kvartalsrapport> rapportProperty() {
    return rapport;
  }

  /** The table per insats with the area totals and the grand total, as in the report. */
  public ObservableList<Tabell.Rad> rader() {
    return rader;
  }

  /** Per insats: the sentence, then its lines starting with "• ". */
  public ObservableList<String> status() {
    return status;
  }

  public ObservableList<Jamforelse> trend() {
    return trend;
  }

  /** The shown quarter's decisions as IVO asks for them, one row per decision of the report. */
  public ObservableList<IvoRad> ivo() {
    return ivo;
  }

  /** Where today's data give other figures than the fastställd report of the shown quarter. */
  public ObservableList<Avvikelse> avvikelser() {
    return avvikelser;
  }

  /** The notice of {@link #avvikelser()}, insats by insats with both figures; empty when today's data agree. */
  public ReadOnlyStringProperty avvikelseTextProperty() {
    return avvikelseText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty faststalldProperty() {
    return faststalld.getReadOnlyProperty();
  }

  public BooleanProperty kanFaststallasProperty() {
    return kanFaststallas;
  }

  /** Every problem of the last refused file, while its message is shown; empty otherwise. */
  public ObservableList<ImportError> importFel() {
    return importFel;
  }

  /** The last file of decisions read in: which, when, by whom, and how far its data reach. */
  public ReadOnlyStringProperty underlagProperty() {
    return underlag.getReadOnlyProperty();
  }

  /** Why the shown quarter's figures may be incomplete (the data end before it does); empty when they are not. */
  public ReadOnlyStringProperty underlagVarningProperty() {
    return underlagVarning.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty meddelandeProperty() {
    return meddelande.getReadOnlyProperty();
  }

  public BooleanProperty arbetarProperty() {
    return arbetar;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }
}
