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

  @Override
  public void migrate(Context context) throws SQLException {
    fyll(context.getConnection());
  }

  /** Indexes every ärende and handling on {@code c} into the (empty) index tables. */
  public static void fyll(Connection c) throws SQLException {
    Set<String> ordlista = new HashSet<>();
    try (PreparedStatement in = c.prepareStatement("INSERT INTO diarieord (arende_id, kalla, ord) VALUES (?, ?, ?)")) {
      int[] pending = {0};
      lasOchSkriv(c, "SELECT id, id, rubrik, NULL FROM arende", in, ordlista, pending, true);
      lasOchSkriv(c, "SELECT arende_id, id, rubrik, motpart FROM handling", in, ordlista, pending, false);
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

  private static void lasOchSkriv(Connection c, String sql, PreparedStatement in, Set<String> ordlista, int[] pending,
      boolean arendet) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.setFetchSize(BATCH);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
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
