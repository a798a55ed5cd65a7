package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

  /**
   * Writes and deletes 4,000 rows of 1 kB each without compacting: the file keeps their dead pages. H2 keeps a
   * chunk for 45 s after it stopped being used (RETENTION_TIME, kept in the file); this test store keeps none, so
   * that the dead pages can go at the next close that compacts.
   */
  private void leaveGarbage() throws SQLException {
    try (Database db = Database.openEmbedded(folder, null, OpenProgress.NONE, Database.Compaction.LEFT_TO_WRITERS);
        Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("SET RETENTION_TIME 0");
      st.execute("CREATE TABLE skrap (id INT PRIMARY KEY, t VARCHAR(2000))");
      for (int round = 0; round < 4; round++) {
        st.execute("INSERT INTO skrap SELECT X + " + round * 1000 + ", REPEAT('x', 1000) FROM SYSTEM_RANGE(1, 1000)");
      }
      st.execute("DELETE FROM skrap");
    }
  }

  private long size() throws IOException {
    return Files.size(folder.resolve(EmbeddedStore.FILE));
  }

  @Test
  void aStoreThatOnlyReadIsClosedWithoutRewritingTheFile() throws Exception {
    leaveGarbage();
    long before = size();
    try (Database db = Database.openEmbedded(folder, null, OpenProgress.NONE, Database.Compaction.LEFT_TO_WRITERS);
        Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM skrap")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
    assertThat(size()).as("the file after a session that only read").isGreaterThanOrEqualTo(before);
  }

  /** H2's compaction budget at close (ms): what {@code Store.close} is given, read back from the open store. */
  static int maxCompactTime(Database db) throws SQLException {
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
