package se.namndbok.app.installningar;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.ValidationException;

/**
 * Inställningar → Kryptering: whether the embedded store is encrypted, and encrypting it (or changing its password)
 * as one step in core ({@link Database#changePassword}) on a background thread (decision 0136). The new password
 * is cleared after the step, whatever its outcome; core keeps it in memory only while the store is open.
 */
public final class KrypteringViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final BooleanProperty krypterad = new SimpleBooleanProperty();
  private final BooleanProperty arbetar = new SimpleBooleanProperty();
  private final StringProperty fel = new SimpleStringProperty("");
  private final StringProperty klar = new SimpleStringProperty("");

  public KrypteringViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    krypterad.set(services.database().encrypted());
  }

  /** Whether Inställningar offers encryption: only for the embedded store (a shared one is its server's). */
  static boolean visas(AppServices services) {
    return services.database().folder() != null;
  }

  /**
   * Encrypts the store with {@code nytt} (or changes its password); {@code done} runs after it succeeded. A refusal
   * (too short, the store busy) is shown in {@link #felProperty()}. {@code nytt} is cleared afterwards.
   */
  public void kryptera(char[] nytt, Runnable done) {
    boolean bytte = krypterad.get();
    fel.set("");
    klar.set("");
    arbetar.set(true);
    Database db = services.database();
    BackgroundTask.wrap(() -> {
          try {
            db.changePassword(nytt);
          } finally {
            Arrays.fill(nytt, '\0');
          }
        })
        .titled(Messages.get("kryptering.arbetar"))
        .onSuccess(v -> {
          krypterad.set(db.encrypted());
          klar.set(Messages.get(bytte ? "kryptering.bytt" : "kryptering.klar"));
          done.run();
        })
        .onFailure(t -> {
          if (t instanceof ValidationException v) {
            fel.set(v.getMessage());
          } else {
            ErrorDialog.showUnexpected(t);
          }
        })
        .onFinished(() -> arbetar.set(false))
        .executeWith(executor);
  }

  public ReadOnlyBooleanProperty krypteradProperty() {
    return krypterad;
  }

  public BooleanProperty arbetarProperty() {
    return arbetar;
  }

  public StringProperty felProperty() {
    return fel;
  }

  public StringProperty klarProperty() {
    return klar;
  }
}
