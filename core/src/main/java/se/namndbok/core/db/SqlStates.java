package se.namndbok.core.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Reads what went wrong from a chain of exceptions: the first SQLException and its SQLState. */
public final class SqlStates {
  private SqlStates() {}

  static SQLException find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** True when a unique index refused a repeated value (SQLState 23505, the same on H2 and PostgreSQL). */
  public static boolean uniqueViolation(Throwable t) {
    SQLException s = find(t);
    return s != null && "23505".equals(s.getSQLState());
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
