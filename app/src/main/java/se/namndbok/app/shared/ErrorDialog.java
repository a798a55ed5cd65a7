package se.namndbok.app.shared;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.anvandare.BehorighetException;
import se.namndbok.core.db.StoreConnectionException;
import se.namndbok.core.db.StoreUnavailableException;
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
    Throwable known = known(t);
    if (known != null) {
      LOG.warn("{}", known.getMessage());
      show(Messages.get(known instanceof BehorighetException ? "fel.rubrik.behorighet" : "fel.rubrik.forbindelse"),
          known.getMessage());
      return;
    }
    LOG.error("Oväntat fel", t);
    show(Messages.get("fel.rubrik.ovantat"), unexpectedText(t));
  }

  /** A refusal or a lost connection, said as it is (in Swedish), not as an unexpected fault. */
  private static Throwable known(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof BehorighetException || c instanceof StoreUnavailableException
          || c instanceof StoreConnectionException) {
        return c;
      }
    }
    return null;
  }

  /** True when the work failed because the connection to the shared store was lost. */
  public static boolean connectionLost(Throwable t) {
    return known(t) instanceof StoreUnavailableException;
  }

  /** "Förbindelsen med databasservern bröts …": Försök igen (true) or Avbryt. */
  static boolean askRetry(Throwable t) {
    ButtonType retry = new ButtonType(Messages.get("fel.forsok.igen"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.WARNING, known(t).getMessage(), retry, ButtonType.CANCEL);
    alert.setTitle(Messages.get("app.titel"));
    alert.setHeaderText(Messages.get("fel.rubrik.forbindelse"));
    alert.getDialogPane().setId("connectionLostDialog");
    return alert.showAndWait().filter(retry::equals).isPresent();
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
