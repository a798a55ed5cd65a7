package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store tells the person waiting how an upgrade goes — each step, and the diarium's index filled row by
 * row — and says nothing when the store is new or already up to date.
 */
class UpgradeProgressTest {
  @TempDir Path dir;

  @Test
  void anUpgradeTellsEachStepAndHowFarTheIndexIsAndANewOrUpToDateStoreTellsNothing() throws Exception {
    Path folder = dir.resolve("lager");
    List<String> said = new ArrayList<>();
    try (Database db = Database.openEmbedded(folder, null, said::add);
        Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      assertThat(said).as("a new store").isEmpty();
      st.execute("INSERT INTO arende (id, ar, lopnummer, rubrik, status, sekretess, registrerad) VALUES "
          + "(1, 2024, 5, 'Ansökan om försörjningsstöd', 'PAGAENDE', FALSE, DATE '2024-03-01'), "
          + "(2, 2024, 6, 'Yttrande', 'PAGAENDE', FALSE, DATE '2024-03-02')");
      st.execute("INSERT INTO handling (arende_id, ar, lopnummer, datum, riktning, motpart, rubrik, sekretess) VALUES "
          + "(1, 2024, 40, DATE '2024-03-01', 'INKOMMANDE', 'Örjan Åström', 'Läkarintyg', FALSE)");
      // as a store of the version before V89: no index, no V89 (nor the later V90) in the history
      st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('89', '90')");
      st.execute("ALTER TABLE gynnande_beslut DROP COLUMN erbjudanden");
      st.execute("DELETE FROM diarieord");
      st.execute("DELETE FROM sokord");
    }

    try (Database db = Database.openEmbedded(folder, null, said::add)) {
      assertThat(said).containsExactly(String.format(Migrations.STEG, 1, 2),
          String.format(V89__Diariets_sokord.SAGT, "0", "3"), String.format(V89__Diariets_sokord.SAGT, "3", "3"),
          String.format(Migrations.STEG, 2, 2));
      assertThat(count(db, "SELECT COUNT(DISTINCT arende_id) FROM diarieord")).as("the index filled").isEqualTo(2);
    }

    said.clear();
    try (Database db = Database.openEmbedded(folder, null, said::add)) {
      assertThat(said).as("up to date").isEmpty();
    }
  }

  private static long count(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
