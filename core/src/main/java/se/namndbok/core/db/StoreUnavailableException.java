package se.namndbok.core.db;

/**
 * The connection to the shared store was lost during an action. The action's transaction was not committed
 * (the server rolls back a transaction whose connection is gone), so nothing of it is stored; the user may retry.
 */
public class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(Throwable cause) {
    super("Förbindelsen med databasservern bröts. Det du just gjorde sparades inte; försök igen när "
        + "förbindelsen är tillbaka.", cause);
  }
}
