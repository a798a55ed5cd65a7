package se.namndbok.app.sammantrade;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.sekretess.Version;

/**
 * The window side of "Skapa kallelse": asks where to save, runs {@link KallelseViewModel#export} (progress and
 * "Avbryt" in the status bar), then a notification "Kallelsen är klar" with "Öppna" and any warnings.
 */
final class KallelseActions {
  private static final Logger LOG = LoggerFactory.getLogger(KallelseActions.class);

  private final KallelseViewModel vm;
  private final Node owner;
  private final TaskExecutor executor;

  KallelseActions(KallelseViewModel vm, Node owner, TaskExecutor executor) {
    this.vm = vm;
    this.owner = owner;
    this.executor = executor;
    vm.errorProperty().addListener((o, was, now) -> {
      if (now != null && !now.isEmpty()) {
        Alert a = new Alert(Alert.AlertType.WARNING, now);
        a.initOwner(owner.getScene().getWindow());
        a.setHeaderText(Messages.get("kallelse.fel.rubrik"));
        a.show();
      }
    });
  }

  void create(Sammantrade s, Version version) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get(version == Version.OFFENTLIG ? "kallelse.skapa.offentlig" : "kallelse.skapa"));
    chooser.setInitialFileName(vm.defaultFileName(s, version));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    File file = chooser.showSaveDialog(owner.getScene().getWindow());
    if (file != null) {
      Path out = file.toPath();
      vm.export(s, version, out, result -> done(out, result));
    }
  }

  private void done(Path out, ExportResult result) {
    StringBuilder text = new StringBuilder(Messages.format("kallelse.klar.text", out.getFileName(), result.pages()));
    result.warnings().forEach(w -> text.append("\n").append(w));
    Notifications n = Notifications.create().title(Messages.get("kallelse.klar")).text(text.toString())
        .owner(owner.getScene().getWindow()).hideAfter(Duration.seconds(result.warnings().isEmpty() ? 10 : 30));
    if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
      n.action(new Action(Messages.get("kallelse.oppna"), e -> open(out)));
    }
    if (result.warnings().isEmpty()) {
      n.showInformation();
    } else {
      n.showWarning();
    }
  }

  /** Opens the PDF with the system's viewer, off the JavaFX thread (the call may block). */
  private void open(Path file) {
    BackgroundTask.wrap(() -> {
      Desktop.getDesktop().open(file.toFile());
      return file;
    }).onFailure(t -> LOG.warn("Kunde inte öppna {}", file, t)).executeWith(executor);
  }

  boolean running() {
    return vm.runningProperty().get();
  }

  ReadOnlyBooleanProperty runningProperty() {
    return vm.runningProperty();
  }
}
