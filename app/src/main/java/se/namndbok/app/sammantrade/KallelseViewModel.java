package se.namndbok.app.sammantrade;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.kallelse.MotesExport;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.sekretess.Version;

/**
 * "Skapa kallelse" and "Skapa offentlig kallelse": the PDF written in the background with progress for the
 * status bar and "Avbryt" (the export stops at its next progress report and leaves no file).
 */
public final class KallelseViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  public KallelseViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  /** Only the board's own meetings have a kallelse (the export names a meeting by its date). */
  public static boolean hasKallelse(Sammantrade s) {
    return s != null && s.utskottId() == null;
  }

  /** "Kallelse Socialnämnden 2025-10-23.pdf", "... offentlig.pdf" for the public copy. */
  public String defaultFileName(Sammantrade s, Version version) {
    String namnd = services.namnder().current().map(n -> n.namn()).orElse("");
    String name = Messages.get("kallelse.fil") + " " + namnd + " " + s.datum();
    return name.strip() + (version == Version.OFFENTLIG ? " " + Messages.get("kallelse.fil.offentlig") : "") + ".pdf";
  }

  /** Writes the kallelse to {@code out}; {@code done} gets the result (pages, PDF/A, warnings). */
  public BackgroundTask<ExportResult> export(Sammantrade s, Version version, Path out, Consumer<ExportResult> done) {
    error.set("");
    return BackgroundTask.withProgress(p -> new MotesExport(services.database(), services.clock())
            .kallelse(s.datum(), version, out, fraction -> {
              if (p.isCancelled()) {
                throw new CancellationException(Messages.get("kallelse.avbruten"));
              }
              p.update(Math.round(fraction * 1000), 1000);
            }))
        .titled(Messages.format(version == Version.OFFENTLIG ? "kallelse.skapar.offentlig" : "kallelse.skapar",
            s.datum()))
        .onRunning(() -> running.set(true))
        .onSuccess(done)
        .onFailure(t -> error.set(Messages.format("kallelse.fel", t.getMessage())))
        .onFinished(() -> running.set(false))
        .executeWith(executor);
  }

  public BooleanProperty runningProperty() {
    return running;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
