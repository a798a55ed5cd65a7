package se.namndbok.core.db;

import java.sql.SQLException;

/**
 * The shared store could not be opened: wrong password, unknown database, server out of reach, or a schema
 * that does not match this version of the program. The message is Swedish and says what to do.
 */
public class StoreConnectionException extends RuntimeException {
  public StoreConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreConnectionException(String message) {
    super(message);
  }

  /** Says in Swedish why connecting as {@code user} to {@code url} failed. */
  static StoreConnectionException from(String url, String user, Throwable cause) {
    SQLException sql = SqlStates.find(cause);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String message = switch (state) {
      case "28P01", "28000" -> "Fel användarnamn eller lösenord för databasen (användare " + user + ").";
      case "3D000" -> "Databasen finns inte på servern: " + url + ".";
      case "42501" -> "Användaren " + user + " får inte ansluta till databasen " + url
          + ". Be den som administrerar databasen lägga till dig med server anvandare lagg-till.";
      default -> state.startsWith("08") || sql == null
          ? "Kunde inte nå databasservern (" + url + "). Kontrollera adressen och att servern är igång."
              + detail(cause)
          : "Kunde inte ansluta till databasen " + url + ": " + sql.getMessage();
    };
    return new StoreConnectionException(message, cause);
  }

  private static String detail(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "" : " (" + root.getMessage() + ")";
  }
}
