package se.namndbok.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * On the shared store the audit log names the authenticated database user, whatever the client claims, and
 * stays append-only; each role's connection may change only its own tables.
 */
class GranskningPaServernTest {
  private static TestPostgres.Ny store;

  @BeforeAll
  static void usersWithTheirRoles() {
    store = TestPostgres.initialisedDatabase();
    try (Database owner = store.openAsOwner()) {
      ServerService server = new se.namndbok.core.CoreServices(owner, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).server();
      server.laggTill("rut", "rutslosen".toCharArray(), EnumSet.of(AnvandarRoll.REGISTRATOR));
      server.laggTill("sam", "samslosen".toCharArray(), EnumSet.of(AnvandarRoll.SEKRETERARE));
      server.laggTill("stina", "stinaslosen".toCharArray(), EnumSet.of(AnvandarRoll.STATISTIK));
    }
  }

  @Test
  void theAuditLogNamesTheLoggedInUserNotTheNameTheClientGives() throws SQLException {
    try (Database rut = store.open("rut", "rutslosen")) {
      Arende a = new se.namndbok.core.CoreServices(rut, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).arenden()
          .register(NyttArende.nytt(null, "Registrerat av rut", null, false, LocalDate.of(2025, 10, 1)));

      assertThat(TestStore.CLOCK.user()).isEqualTo("testare");
      String anvandare = rut.read(tx -> tx.dsl().fetchSingle("SELECT anvandare FROM audit_logg WHERE entitet = 'arende' "
          + "AND entitet_id = ?", String.valueOf(a.id())).get(0, String.class));
      assertThat(anvandare).isEqualTo("rut");
    }
    try (Connection c = DriverManager.getConnection(store.url(), "rut", "rutslosen"); Statement s = c.createStatement()) {
      s.execute("INSERT INTO audit_logg (tid, anvandare, atgard, entitet, entitet_id) "
          + "VALUES (now(), 'någon annan', 'SKAPA', 'arende', '999')");
      try (var rs = s.executeQuery("SELECT anvandare FROM audit_logg WHERE entitet_id = '999'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("rut");
      }
      assertThatThrownBy(() -> s.execute("UPDATE audit_logg SET anvandare = 'x'")).hasMessageContaining("permission");
      assertThatThrownBy(() -> s.execute("DELETE FROM audit_logg")).hasMessageContaining("permission");
    }
  }

  @Test
  void eachRoleChangesOnlyItsOwnTables() throws SQLException {
    assertRefused("rut", "rutslosen", "INSERT INTO sammantrade (namnd_id, datum, tid, plats, status) "
        + "VALUES (1, DATE '2025-12-01', TIME '08:00', 'x', 'PLANERAT')");
    assertRefused("rut", "rutslosen", "DELETE FROM gynnande_beslut");
    assertRefused("sam", "samslosen", "DELETE FROM gynnande_beslut");
    assertRefused("sam", "samslosen", "UPDATE namnd SET namn = 'x'");
    assertRefused("stina", "stinaslosen", "DELETE FROM arende");
    assertRefused("stina", "stinaslosen", "DELETE FROM protokoll");
  }

  private static void assertRefused(String user, String password, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(store.url(), user, password); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute(sql)).as(user + ": " + sql).isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }
  }
}
