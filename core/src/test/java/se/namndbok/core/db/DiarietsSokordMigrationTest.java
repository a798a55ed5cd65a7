package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.testing.TestStore;

/** V89 fills the search index for rows written before it existed, with the words the repositories write. */
class DiarietsSokordMigrationTest {

  @Test
  void rowsWrittenBeforeTheIndexAreFoundAfterTheBackFill() throws Exception {
    try (TestStore s = TestStore.create()) {
      try (Connection c = s.db().dataSource().getConnection(); Statement st = c.createStatement()) {
        c.setAutoCommit(false);
        st.execute("INSERT INTO arende (id, ar, lopnummer, rubrik, status, sekretess, registrerad) VALUES "
            + "(1, 2024, 5, 'Ansökan om FÖRSÖRJNINGSSTÖD', 'PAGAENDE', FALSE, DATE '2024-03-01'), "
            + "(2, 2024, 6, 'Yttrande', 'PAGAENDE', FALSE, DATE '2024-03-02')");
        st.execute("INSERT INTO handling (arende_id, ar, lopnummer, datum, riktning, motpart, rubrik, sekretess) VALUES "
            + "(1, 2024, 40, DATE '2024-03-01', 'INKOMMANDE', 'Örjan Åström', 'Läkarintyg', FALSE)");
        st.execute("ALTER TABLE arende ALTER COLUMN id RESTART WITH 3");
        c.commit();
        assertThat(s.core().arenden().search("åström", 10)).as("not yet indexed").isEmpty();

        V89__Diariets_sokord.fyll(c);
        c.commit();
      }

      assertThat(s.core().arenden().search("åström", 10)).extracting(Arende::id).containsExactly(1L);
      assertThat(s.core().arenden().search("stöd läkarintyg", 10)).extracting(Arende::id).containsExactly(1L);
      assertThat(s.core().arenden().search("yttr", 10)).extracting(Arende::id).containsExactly(2L);
      assertThat(s.core().arenden().search("2024/", 10)).extracting(Arende::id).containsExactly(2L, 1L);
    }
  }
}
