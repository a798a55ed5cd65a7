package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store opened {@link Database.Compaction#LEFT_TO_WRITERS} (a command that only reads) does not compact the file
 * when it closes; a store opened as before ({@link Database.Compaction#ON_CLOSE}) keeps H2's default (decision 0155).
 */
class CompactionTest {
  @TempDir
  Path folder;

  /** H2's compaction budget at close (ms): what {@code Store.close} is given, read back from the open store. */
  private static int maxCompactTime(Database db) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
            + " WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
      rs.next();
      return Integer.parseInt(rs.getString(1));
    }
  }

  @Test
  void onlyAStoreLeftToWritersHasNoTimeToCompactAtClose() throws Exception {
    try (Database db = Database.openEmbedded(folder, null, OpenProgress.NONE, Database.Compaction.LEFT_TO_WRITERS)) {
      assertThat(maxCompactTime(db)).isZero();
    }
    try (Database db = Database.openEmbedded(folder)) {
      assertThat(maxCompactTime(db)).as("H2's default, for the window and writers").isEqualTo(200);
    }
  }
}
