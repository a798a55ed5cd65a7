package se.namndbok.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.namndbok.core.shared.Sokord;

/**
 * Fills the diarium's search index (V88, decision 0142) for the ärenden and handlingar a store already holds,
 * with the same words the repositories write ({@link Sokord}): the words are Java's lower case, which SQL
 * cannot give alike on H2 and PostgreSQL, so this migration is Java. Runs in Flyway's transaction.
 */
public final class V89__Diariets_sokord extends BaseJavaMigration {
  private static final int BATCH = 5_000;
  /** How often the progress is told, in rows read (about a second's work on a laptop). */
  private static final int TELL_EVERY = 20_000;
  static final String SAGT = "Uppgraderar databasen: bygger diariets sökindex, %s av %s ärenden och handlingar. "
      + "Stäng inte programmet medan det pågår.";

  private final OpenProgress progress;

  V89__Diariets_sokord(OpenProgress progress) {
    this.progress = progress;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    fyll(context.getConnection(), progress);
  }

  /** Indexes every ärende and handling on {@code c} into the (empty) index tables. */
  public static void fyll(Connection c) throws SQLException {
    fyll(c, OpenProgress.NONE);
  }

  private static void fyll(Connection c, OpenProgress progress) throws SQLException {
    Set<String> ordlista = new HashSet<>();
    try (PreparedStatement in = c.prepareStatement("INSERT INTO diarieord (arende_id, kalla, ord) VALUES (?, ?, ?)")) {
      Rader rader = new Rader(progress, antal(c));
      int[] pending = {0};
      lasOchSkriv(c, "SELECT id, id, rubrik, NULL FROM arende", in, ordlista, pending, true, rader);
      lasOchSkriv(c, "SELECT arende_id, id, rubrik, motpart FROM handling", in, ordlista, pending, false, rader);
      in.executeBatch();
    }
    try (PreparedStatement in = c.prepareStatement("INSERT INTO sokord (ord) VALUES (?)")) {
      int n = 0;
      for (String w : ordlista) {
        in.setString(1, w);
        in.addBatch();
        if (++n % BATCH == 0) {
          in.executeBatch();
        }
      }
      in.executeBatch();
    }
  }

  private static long antal(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM arende) + (SELECT COUNT(*) FROM handling)")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The rows read so far, told to the progress now and then (and once at the start, when there are any). */
  private static final class Rader {
    private final OpenProgress progress;
    private final long total;
    private long read;

    Rader(OpenProgress progress, long total) {
      this.progress = progress;
      this.total = total;
      if (total > 0) {
        tell();
      }
    }

    void one() {
      if (++read % TELL_EVERY == 0 || read == total) {
        tell();
      }
    }

    private void tell() {
      progress.report(String.format(SAGT, tal(read), tal(total)));
    }

    /** 1 200 000, with the no-break spaces of Swedish thousands. */
    private static String tal(long n) {
      return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d", n);
    }
  }

  private static void lasOchSkriv(Connection c, String sql, PreparedStatement in, Set<String> ordlista, int[] pending,
      boolean arendet, Rader rader) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.setFetchSize(BATCH);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          rader.one();
          Set<String> words = Sokord.av(rs.getString(3));
          words.addAll(Sokord.av(rs.getString(4)));
          for (String w : words) {
            ordlista.add(w);
            in.setLong(1, rs.getLong(1));
            in.setLong(2, arendet ? 0 : rs.getLong(2));
            in.setString(3, w);
            in.addBatch();
            if (++pending[0] % BATCH == 0) {
              in.executeBatch();
            }
          }
        }
      }
    }
  }
}
