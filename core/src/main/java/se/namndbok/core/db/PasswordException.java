package se.namndbok.core.db;

import java.nio.file.Path;
import java.util.List;
import se.namndbok.core.shared.ValidationException;

/** The embedded store's password is missing, wrong, or given for a store that has none (exit 2). */
public final class PasswordException extends ValidationException {
  /** Why the store could not be opened. */
  public enum Orsak {
    SAKNAS,
    FEL,
    INTE_KRYPTERAD
  }

  private final Orsak orsak;

  private PasswordException(Orsak orsak, String message) {
    super(List.of(new FieldError("Lösenord", message)));
    this.orsak = orsak;
  }

  static PasswordException missing(Path folder) {
    return new PasswordException(Orsak.SAKNAS, "databasen i " + folder + " är krypterad; ange lösenordet (på "
        + "kommandoraden i miljövariabeln NAMNDBOK_LOSENORD eller när programmet frågar)");
  }

  static PasswordException wrong(Path folder) {
    return new PasswordException(Orsak.FEL, "fel lösenord för databasen i " + folder);
  }

  static PasswordException notEncrypted(Path folder) {
    return new PasswordException(Orsak.INTE_KRYPTERAD, "databasen i " + folder + " är inte krypterad; "
        + "öppna den utan lösenord");
  }

  public Orsak orsak() {
    return orsak;
  }
}
