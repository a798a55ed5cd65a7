package se.namndbok.app.shared;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.shared.ValidationException;

/** Dialogs for what went wrong: the user's own mistakes plainly, unexpected faults logged with the log's path. */
public final class ErrorDialog {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

  private ErrorDialog() {}

  /** Logs the fault and tells the user, in Swedish, that it happened and where the details are. */
  public static void showUnexpected(Throwable t) {
    if (t instanceof ValidationException v) {
      show(Messages.get("fel.rubrik.ogiltigt"), v.getMessage());
      return;
    }
    LOG.error("Oväntat fel", t);
    show(Messages.get("fel.rubrik.ovantat"), unexpectedText(t));
  }

  /** The text of the unexpected-error dialog: what happened and which log file holds the details. */
  public static String unexpectedText(Throwable t) {
    String what = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return LogFile.path().map(p -> Messages.format("fel.ovantat.medlogg", what, p))
        .orElseGet(() -> Messages.format("fel.ovantat.utanlogg", what));
  }

  public static void show(String header, String text) {
    Runnable r = () -> {
      Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
      alert.setTitle(Messages.get("app.titel"));
      alert.setHeaderText(header);
      alert.getDialogPane().setId("errorDialog");
      Theme.style(alert.getDialogPane());
      alert.showAndWait();
    };
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }

  /** Routes faults nobody caught (on any thread) to the log and this dialog instead of a lost stack trace. */
  public static void installAsDefaultHandler() {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      LOG.error("Ofångat fel i tråden {}", thread.getName(), e);
      if (Platform.isFxApplicationThread()) {
        show(Messages.get("fel.rubrik.ovantat"), unexpectedText(e));
      } else {
        Platform.runLater(() -> show(Messages.get("fel.rubrik.ovantat"), unexpectedText(e)));
      }
    });
  }
}
