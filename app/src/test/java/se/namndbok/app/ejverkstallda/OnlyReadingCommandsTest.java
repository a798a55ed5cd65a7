package se.namndbok.app.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.namndbok.app.cli.StoreOptions;
import se.namndbok.core.db.Database;

/**
 * {@code statistik} and {@code ivo} only read, so their close leaves H2's compaction of the file (up to 200 ms) to
 * the next store that writes (decision 0155); a command that writes keeps H2's default.
 */
class OnlyReadingCommandsTest {
  @TempDir
  Path data;

  private int maxCompactTime(Function<StoreOptions, Database> open) throws SQLException {
    StoreOptions options = new StoreOptions();
    new CommandLine(options).parseArgs("--data", data.toString());
    try (Database db = open.apply(options); Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
      rs.next();
      return Integer.parseInt(rs.getString(1));
    }
  }

  @Test
  void statistikAndIvoCloseWithoutCompactingAndTheOtherCommandsAsBefore() throws SQLException {
    assertThat(maxCompactTime(new StatistikCommand()::open)).isZero();
    assertThat(maxCompactTime(new IvoCommand()::open)).isZero();
    assertThat(maxCompactTime(StoreOptions::open)).as("StoreCommand's own open, as the imports use it").isEqualTo(200);
  }
}
