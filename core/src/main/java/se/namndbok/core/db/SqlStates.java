package se.namndbok.core.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Reads what went wrong from a chain of exceptions: the first SQLException and its SQLState. */
final class SqlStates {
  private SqlStates() {}

  static SQLException find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** True when the connection to the server was lost or could not be had (SQLState class 08, pool time-out). */
  static boolean connectionLost(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLTransientConnectionException) {
        return true;
      }
      if (c instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().startsWith("08") || s.getSQLState().equals("57P01"))) {
        return true;
      }
      if (c instanceof java.net.SocketException || c instanceof java.io.EOFException) {
        return true;
      }
    }
    return false;
  }
}
