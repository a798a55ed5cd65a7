package se.namndbok.core.db;

/** Another Nämndbok (or another program) already has the embedded store open. */
public class StoreInUseException extends RuntimeException {
  public StoreInUseException(java.nio.file.Path folder, Throwable cause) {
    super("Nämndbok är redan öppet och använder datamappen " + folder
        + ". Stäng det andra fönstret (eller vänta tills kommandot är klart) och försök igen.", cause);
  }
}
