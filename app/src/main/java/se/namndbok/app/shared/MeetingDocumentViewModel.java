package se.namndbok.app.shared;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;

/**
 * "Skapa …" and "Skapa offentlig …" for one of a meeting's documents (kallelse, protokoll): the PDF written in
 * the background with progress for the status bar and "Avbryt" (the export stops at its next progress report
 * and leaves no file). The texts come from the bundle under {@code keys} (".fil", ".skapar", ".avbruten", ".fel").
 */
public class MeetingDocumentViewModel {
  /** Writes the document of the meeting {@code s}, the board's or an utskott's. */
  @FunctionalInterface
  public interface Writer {
    ExportResult write(AppServices services, Sammantrade s, Version version, Path out, Progress progress);
  }

  private final AppServices services;
  private final TaskExecutor executor;
  private final String keys;
  private final String publicSkapar;
  private final Writer writer;
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  /** {@code publicSkapar} is the key suffix of the public version's task title (Swedish gender: offentlig/offentligt). */
  protected MeetingDocumentViewModel(AppServices services, TaskExecutor executor, String keys, String publicSkapar,
      Writer writer) {
    this.services = services;
    this.executor = executor;
    this.keys = keys;
    this.publicSkapar = publicSkapar;
    this.writer = writer;
  }

  /**
   * "Kallelse Socialnämnden 2025-10-23.pdf" ("Protokoll Arbetsutskottet 2025-10-09.pdf" for an utskott's meeting),
   * with the public suffix for the public copy.
   */
  public String defaultFileName(Sammantrade s, Version version) {
    String name = Messages.get(keys + ".fil") + " " + organ(services, s) + " " + s.datum();
    return name.strip() + (version == Version.OFFENTLIG ? " " + Messages.get(keys + ".fil.offentlig") : "") + ".pdf";
  }

  /** The name of the board, or of the utskott, whose meeting {@code s} is ("" when the store has no board). */
  public static String organ(AppServices services, Sammantrade s) {
    return s.utskottId() == null ? services.namnder().current().map(n -> n.namn()).orElse("")
        : services.namnder().utskott().stream().filter(u -> u.id() == s.utskottId()).map(u -> u.namn()).findFirst()
            .orElse("");
  }

  /** Writes the document to {@code out}; {@code done} gets the result (pages, PDF/A, warnings). */
  public BackgroundTask<ExportResult> export(Sammantrade s, Version version, Path out, Consumer<ExportResult> done) {
    error.set("");
    return BackgroundTask.withProgress(p -> writer.write(services, s, version, out, fraction -> {
          if (p.isCancelled()) {
            throw new CancellationException(Messages.get(keys + ".avbruten"));
          }
          p.update(Math.round(fraction * 1000), 1000);
        }))
        .titled(Messages.format(keys + (version == Version.OFFENTLIG ? publicSkapar : ".skapar"), s.datum()))
        .onRunning(() -> running.set(true))
        .onSuccess(done)
        .onFailure(t -> error.set(Messages.format(keys + ".fel", t.getMessage())))
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
