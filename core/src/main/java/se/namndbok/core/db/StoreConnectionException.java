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
      default -> noPassword(cause)
          ? "Inget lösenord angavs för användare " + user + ", och databasservern kräver ett. Kommandon tar det ur "
              + "miljövariabeln NAMNDBOK_DB_PASSWORD."
          : state.startsWith("08") || sql == null
              ? "Kunde inte nå databasservern (" + url + "). Kontrollera adressen och att servern är igång."
                  + detail(cause)
              : "Kunde inte ansluta till databasen " + url + ": " + sql.getMessage();
    };
    return new StoreConnectionException(message, cause);
  }

  /**
   * The server asked for a password and none was given (PostgreSQL's driver says so in English, without a state
   * of its own): not an unreachable server, as the fallback would have it.
   */
  private static boolean noPassword(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("password is an empty string") || m.contains("no password was provided"))) {
        return true;
      }
    }
    return false;
  }

  /** Why the server was out of reach, in Swedish where the cause is a known one; the driver's own words if not. */
  private static String detail(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return switch (root) {
      case java.net.ConnectException c -> " (Servern svarade inte på adressen: ingen databas lyssnar där, eller en "
          + "brandvägg stoppar anslutningen.)";
      case java.net.UnknownHostException u -> " (Det finns ingen dator med namnet " + u.getMessage() + ".)";
      case java.net.SocketTimeoutException t -> " (Servern svarade inte i tid.)";
      default -> root.getMessage() == null ? "" : " (Teknisk orsak: " + root.getMessage() + ")";
    };
  }
}
