package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.sekretess.Version;

/**
 * "Skapa protokoll" and "Skapa offentligt protokoll": the PDF written in the background by {@link ProtokollExport}
 * with progress for the status bar and "Avbryt", the same way as the kallelse buttons of the Sammanträden area.
 */
public final class ProtokollExportViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  public ProtokollExportViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  /** "Protokoll Socialnämnden 2025-09-25.pdf", "... offentligt.pdf" for the public copy. */
  public String defaultFileName(Sammantrade s, Version version) {
    String namnd = services.namnder().current().map(n -> n.namn()).orElse("");
    String name = Messages.get("protokoll.fil") + " " + namnd + " " + s.datum();
    return name.strip() + (version == Version.OFFENTLIG ? " " + Messages.get("protokoll.fil.offentlig") : "") + ".pdf";
  }

  /** Writes the protokoll to {@code out}; {@code done} gets the result (pages, warnings). */
  public BackgroundTask<ExportResult> export(Sammantrade s, Version version, Path out, Consumer<ExportResult> done) {
    error.set("");
    return BackgroundTask.withProgress(p -> new ProtokollExport(services.database(), services.clock())
            .protokoll(s.datum(), version, out, fraction -> {
              if (p.isCancelled()) {
                throw new CancellationException(Messages.get("protokoll.avbruten"));
              }
              p.update(Math.round(fraction * 1000), 1000);
            }))
        .titled(Messages.format(version == Version.OFFENTLIG ? "protokoll.skapar.offentligt" : "protokoll.skapar",
            s.datum()))
        .onRunning(() -> running.set(true))
        .onSuccess(done)
        .onFailure(t -> error.set(Messages.format("protokoll.fel", t.getMessage())))
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
