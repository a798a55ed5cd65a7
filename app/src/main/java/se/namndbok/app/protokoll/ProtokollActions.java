package se.namndbok.app.protokoll;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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

/** The window side of the protokoll's buttons: the justering's confirmation and "Skapa protokoll" to a chosen file. */
final class ProtokollActions {
  private static final Logger LOG = LoggerFactory.getLogger(ProtokollActions.class);

  private final ProtokollExportViewModel vm;
  private final Node owner;
  private final TaskExecutor executor;

  ProtokollActions(ProtokollExportViewModel vm, Node owner, TaskExecutor executor) {
    this.vm = vm;
    this.owner = owner;
    this.executor = executor;
    vm.errorProperty().addListener((o, was, now) -> {
      if (now != null && !now.isEmpty()) {
        Alert a = new Alert(Alert.AlertType.WARNING, now);
        a.initOwner(owner.getScene().getWindow());
        a.setHeaderText(Messages.get("protokoll.fel.rubrik"));
        a.show();
      }
    });
  }

  /** Asks before justering: afterwards nothing but the anslag date can be changed. */
  boolean confirmJustera(Sammantrade s) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("protokoll.justera.fraga", s.datum()),
        ButtonType.OK, ButtonType.CANCEL);
    a.initOwner(owner.getScene().getWindow());
    a.setHeaderText(Messages.get("protokoll.justera.rubrik"));
    return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  void create(Sammantrade s, Version version) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get(version == Version.OFFENTLIG ? "protokoll.skapa.offentligt" : "protokoll.skapa"));
    chooser.setInitialFileName(vm.defaultFileName(s, version));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    File file = chooser.showSaveDialog(owner.getScene().getWindow());
    if (file != null) {
      Path out = file.toPath();
      vm.export(s, version, out, result -> done(out, result));
    }
  }

  private void done(Path out, ExportResult result) {
    StringBuilder text = new StringBuilder(Messages.format("protokoll.klar.text", out.getFileName(), result.pages()));
    result.warnings().forEach(w -> text.append("\n").append(w));
    Notifications n = Notifications.create().title(Messages.get("protokoll.klar")).text(text.toString())
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

  private void open(Path file) {
    BackgroundTask.wrap(() -> {
      Desktop.getDesktop().open(file.toFile());
      return file;
    }).onFailure(t -> LOG.warn("Kunde inte öppna {}", file, t)).executeWith(executor);
  }
}
