package se.namndbok.core.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the embedded H2 store executes while a piece of work runs, from H2's own query
 * statistics (every session, every statement, whoever issued it): what a read costs in round trips.
 */
public final class Satsraknare {
  private final DataSource dataSource;

  public Satsraknare(TestStore store) {
    this.dataSource = store.db().dataSource();
  }

  /** What {@code work} returned and the statements it executed, counted per statement text. */
  public record Utfall<T>(T varde, Map<String, Long> satser) {
    public long antal() {
      return satser.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public <T> Utfall<T> rakna(Supplier<T> work) {
    execute("SET QUERY_STATISTICS FALSE"); // drops what was counted before
    execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
    execute("SET QUERY_STATISTICS TRUE");
    T varde = work.get();
    Map<String, Long> satser = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
            + "ORDER BY EXECUTION_COUNT DESC")) {
      while (r.next()) {
        satser.merge(r.getString(1), r.getLong(2), Long::sum);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    execute("SET QUERY_STATISTICS FALSE");
    return new Utfall<>(varde, satser);
  }

  private void execute(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
