package se.namndbok.app.kryptering;

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
import se.namndbok.core.backup.Sakerhetskopior;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.ValidationException;

/**
 * Encryption of the embedded store, offered on the first-run screen and in Inställningar → Kryptering: whether it is
 * encrypted, and encrypting it, changing its password or removing the encryption, each as one step in core
 * ({@link Database#changePassword}) on a background thread (decision 0136). The new password is cleared after the
 * step, whatever its outcome; core keeps it in memory only while the store is open.
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
  public static boolean visas(AppServices services) {
    return services.database().folder() != null;
  }

  /**
   * Encrypts the store with {@code nytt} (or changes its password); {@code done} runs after it succeeded. A refusal
   * (too short, the store busy) is shown in {@link #felProperty()}. {@code nytt} is cleared afterwards.
   */
  public void kryptera(char[] nytt, Runnable done) {
    fel.set("");
    klar.set("");
    String klarText = Messages.get(krypterad.get() ? "kryptering.bytt" : "kryptering.klar");
    byt(nytt, "kryptering.arbetar", klarText, done);
  }

  /**
   * Removes the encryption (the store opens without a password afterwards) once {@code nuvarande} is the store's
   * password: whoever sits at an unlocked window must still know it. {@code done} runs after it succeeded;
   * {@code nuvarande} is cleared.
   */
  public void taBort(char[] nuvarande, Runnable done) {
    fel.set("");
    klar.set("");
    boolean ratt;
    try {
      ratt = samma(nuvarande, services.database().password());
    } finally {
      Arrays.fill(nuvarande, '\0');
    }
    if (ratt) {
      byt(null, "kryptering.tar.bort", Messages.get("kryptering.borttagen"), done);
    } else {
      fel.set(Messages.get("kryptering.tabort.fel"));
    }
  }

  /**
   * Re-encrypts the store with {@code nytt} (null: none) and its automatic backups with it, as one background step
   * ({@link se.namndbok.core.backup.Sakerhetskopior#changePassword}); clears {@code nytt}. What became of the
   * backups is said after {@code klarText}.
   */
  private void byt(char[] nytt, String titelNyckel, String klarText, Runnable done) {
    arbetar.set(true);
    Database db = services.database();
    BackgroundTask.wrap(() -> {
          try {
            return services.core().sakerhetskopior().changePassword(nytt);
          } finally {
            if (nytt != null) {
              Arrays.fill(nytt, '\0');
            }
          }
        })
        .titled(Messages.get(titelNyckel))
        .onSuccess(kopior -> {
          krypterad.set(db.encrypted());
          klar.set(klarText + kopior(kopior, db.encrypted()));
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

  /** " De automatiska säkerhetskopiorna …": what the change did to the backups in the data folder, if any. */
  static String kopior(Sakerhetskopior.Omkrypterade kopior, boolean krypterad) {
    StringBuilder text = new StringBuilder();
    if (kopior.omskrivna() > 0) {
      text.append(' ').append(Messages.format(krypterad ? "kryptering.kopior.krypterade" : "kryptering.kopior.okrypterade",
          kopior.omskrivna()));
    }
    if (kopior.lamnade() > 0) {
      text.append(' ').append(Messages.format("kryptering.kopior.lamnade", kopior.lamnade()));
    }
    return text.toString();
  }

  /** Compares in time independent of where the two differ. */
  private static boolean samma(char[] a, char[] b) {
    if (b == null) {
      return false;
    }
    return java.security.MessageDigest.isEqual(new String(a).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new String(b).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
