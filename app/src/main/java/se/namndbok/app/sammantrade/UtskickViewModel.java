package se.namndbok.app.sammantrade;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.kallelse.MotesExport;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.MeetingDocumentViewModel;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.OutputFiles;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.kallelse.Utskick;
import se.namndbok.core.kallelse.Utskickslage;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.sekretess.Version;

/**
 * The selected meeting's place in its life: "Skicka ut kallelse" (both PDFs kept exactly as sent, as the next
 * version), the sent versions (each saved byte for byte as sent), "ändrad efter utskick", and "Markera som
 * genomfört". Each action is one core call.
 */
public final class UtskickViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObjectProperty<Sammantrade> sammantrade = new SimpleObjectProperty<>();
  private final ObjectProperty<Utskickslage> lage = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public UtskickViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    sammantrade.addListener((o, was, now) -> {
      // another meeting's versions and state must not stay on show while this one's are read: one click on
      // "Utskickade versioner" would save the wrong meeting's PDF
      lage.set(null);
      text.set("");
      load();
    });
  }

  /** Reads the sent versions and whether the meeting changed since. */
  public void load() {
    Sammantrade s = sammantrade.get();
    error.set("");
    if (s == null) {
      lage.set(null);
      text.set("");
      return;
    }
    BackgroundTask.wrap(() -> services.core().utskick().lage(s.id())).onSuccess(l -> {
      if (s.equals(sammantrade.get())) {
        lage.set(l);
        text.set(text(l));
      }
    }).executeWith(executor);
  }

  /**
   * "Utskickad version 1 2026-12-06 av X", then "ändrad efter utskick", or that it is unchanged since: what says
   * why "Skicka ut kallelse" is not offered.
   */
  static String text(Utskickslage l) {
    return l.senaste().map(u -> Messages.format("utskick.status", u.version(), u.skickad().toLocalDate(),
        u.skickadAv()) + " · " + Messages.get(l.andradEfterUtskick() ? "utskick.andrad" : "utskick.oforandrad"))
        .orElse(Messages.get("utskick.ej"));
  }

  /** Sends the kallelse; {@code done} gets the new version. */
  public void skickaUt(Consumer<Utskick> done) {
    Sammantrade s = sammantrade.get();
    run(() -> services.core().utskick().skickaUt(s.id()), done);
  }

  /** Marks the meeting held ("genomfört"), after which its protokoll can be justerat. */
  public void markeraGenomfort(Consumer<Sammantrade> done) {
    Sammantrade s = sammantrade.get();
    run(() -> services.sammantraden().setStatus(s.id(), SammantradeStatus.GENOMFORT), done);
  }

  /**
   * Takes back "genomfört" (a meeting marked held by mistake, or not held after all): planned again, its list open
   * for changes. Not once the protokoll is justerat.
   */
  public void markeraEjGenomfort(Consumer<Sammantrade> done) {
    Sammantrade s = sammantrade.get();
    run(() -> services.sammantraden().setStatus(s.id(), SammantradeStatus.PLANERAT), done);
  }

  /** Whether "genomfört" can be taken back: held, and the protokoll not justerat. */
  public static boolean kanAngraGenomfort(Sammantrade s) {
    return s != null && s.status() == SammantradeStatus.GENOMFORT;
  }

  /** Where the user wants a sent version saved: the board's output folder, under the meeting's and version's name. */
  public java.util.Optional<Path> askWhere(javafx.stage.Window owner, Utskick u, boolean offentlig) {
    Sammantrade s = sammantrade.get();
    String name = Messages.get("kallelse.fil") + " " + MeetingDocumentViewModel.organ(services, s) + " " + s.datum()
        + " " + Messages.format("utskick.fil", u.version()) + (offentlig ? " " + Messages.get("kallelse.fil.offentlig")
        : "") + ".pdf";
    return OutputFiles.ask(services, owner, Messages.get("utskick.spara.titel"), name,
        new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
  }

  /** Writes a sent version's PDF byte for byte as it was sent. */
  public void spara(Utskick u, boolean offentlig, Path out, Consumer<ExportResult> done) {
    run(() -> new MotesExport(services.core()).skickad(u, offentlig ? Version.OFFENTLIG : Version.LEDAMOT, out), done);
  }

  private <T> void run(java.util.concurrent.Callable<T> call, Consumer<T> done) {
    error.set("");
    BackgroundTask.wrap(call).onRunning(() -> busy.set(true)).onSuccess(r -> {
      done.accept(r);
      load();
    }).onFailure(t -> {
      if (t instanceof ValidationException e) {
        error.set(e.getMessage());
      } else {
        ErrorDialog.showUnexpected(t);
      }
    }).onFinished(() -> busy.set(false)).executeWith(executor);
  }

  /** A meeting can be sent out until it is held; held is stated for a meeting planned or sent. */
  public static boolean kanSkickas(Sammantrade s) {
    return s != null && !s.status().hallet();
  }

  /**
   * Whether "Skicka ut kallelse" is offered for the selected meeting: one not held, never sent or changed since it
   * was. Sending an unchanged kallelse again made a "Reviderad kallelse" with nothing revised (found by a walk); the
   * core refuses it, and the window does not offer it. While the versions are read it is offered (the core decides).
   */
  public boolean kanSkickasUt() {
    Utskickslage l = lage.get();
    return kanSkickas(sammantrade.get()) && (l == null || l.senaste().isEmpty() || l.andradEfterUtskick());
  }

  public ObjectProperty<Sammantrade> sammantradeProperty() {
    return sammantrade;
  }

  public ObjectProperty<Utskickslage> lageProperty() {
    return lage;
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
