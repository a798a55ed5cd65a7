package se.namndbok.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.BehorighetException;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Database;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.server.persistence.ServerSchema;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * A läsare's connection to the shared store (the demo board on a real PostgreSQL server): it cannot write,
 * neither through the program nor with hand-written SQL, and no confidential text reaches it.
 */
class LasareTest {
  private static final String PASSWORD = "lasarlosen1";
  private static TestPostgres.Ny store;

  @BeforeAll
  static void demoBoardOnTheServerWithALasare() {
    store = TestPostgres.initialisedDatabase();
    try (Database owner = store.openAsOwner()) {
      var core = new se.namndbok.core.CoreServices(owner, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create());
      core.demo().load(b -> ("%PDF-1.7 " + b.filnamn()).getBytes(StandardCharsets.UTF_8));
      core.server().laggTill("lasse", PASSWORD.toCharArray(), EnumSet.of(AnvandarRoll.LASARE));
      var arenden = core.arenden();
      long arende = arenden.find(Diarienummer.parse("2025/1207")).orElseThrow().id();
      hemligFil = arenden.registerHandling(arende, new NyHandling(null, LocalDate.of(2025, 10, 20), Riktning.INKOMMANDE,
          "Kalle Anka", "Utredning om Kalle Anka på Paradisäppelvägen 111", true), "kalle.pdf",
          "%PDF-1.7 hemligt om Kalle Anka".getBytes(StandardCharsets.UTF_8)).fil().sha256();
    }
  }

  private static String hemligFil;

  @AfterAll
  static void noop() {}

  private static Connection lasare() throws SQLException {
    return DriverManager.getConnection(store.url(), "lasse", PASSWORD);
  }

  @Test
  void theProgramRefusesALasaresChangeInSwedishNamingTheRoleNeededAndWritesNothing() {
    try (Database lasare = store.open("lasse", PASSWORD)) {
      var arenden = new se.namndbok.core.CoreServices(lasare, lasare.clock(), se.namndbok.core.testing.TextRenderers.create()).arenden();
      int before = arenden.count();

      assertThatThrownBy(() -> arenden.register(NyttArende.nytt(null, "Försök", null, false, LocalDate.of(2025, 10, 1))))
          .isInstanceOf(BehorighetException.class)
          .hasMessage("Du (lasse) har inte behörighet att ändra ärenden och handlingar i diariet: det kräver rollen "
              + "sekreterare eller registrator.");
      assertThat(arenden.count()).isEqualTo(before);
      assertThat(lasare.behorighet().anvandare().roller()).containsExactly(AnvandarRoll.LASARE);
    }
  }

  @Test
  void handWrittenSqlCannotChangeAnyTableNorCreateOne() throws SQLException {
    List<String> attempts = new ArrayList<>();
    for (Table<?> t : ServerSchema.tabeller()) {
      String c = t.fields()[0].getName();
      for (String name : List.of(t.getName(), "public." + t.getName())) {
        attempts.add("INSERT INTO " + name + " DEFAULT VALUES");
        attempts.add("UPDATE " + name + " SET " + c + " = " + c);
        attempts.add("DELETE FROM " + name);
        attempts.add("TRUNCATE " + name);
      }
    }
    attempts.addAll(List.of("CREATE TABLE public.egen (x int)", "CREATE TEMP TABLE egen (x int)",
        "CREATE TABLE offentlig.egen (x int)", "ALTER TABLE public.arende ADD COLUMN x int",
        "SELECT setval(pg_get_serial_sequence('public.arende', 'id'), 1)"));

    try (Connection c = lasare()) {
      for (String sql : attempts) {
        try (Statement s = c.createStatement()) {
          assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
              .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql + ": " + e.getMessage())
                  .isIn("42501", "42809", "55000"));
        }
      }
    }
  }

  @Test
  void noConfidentialTextReachesALasareNeitherRowByRowNorAnywhereInWhatItCanRead() throws SQLException {
    Set<String> hemliga = new HashSet<>();
    Set<String> offentliga = new HashSet<>();
    try (Database owner = store.openAsOwner()) {
      owner.read(tx -> {
        collect(tx.dsl().fetch("""
            SELECT p.forslag, p.sammanfattning, p.beskrivning, p.dialog, p.skickas_till, p.ovriga_beslut,
                   g.beslut, g.beslutsgang, (p.sekretess OR COALESCE(a.sekretess, FALSE))
            FROM arendepunkt p LEFT JOIN arende a ON a.id = p.arende_id LEFT JOIN paragraf g ON g.arendepunkt_id = p.id"""),
            hemliga, offentliga);
        collect(tx.dsl().fetch("SELECT rubrik, motpart, fil_namn, fil_sha256, sekretess FROM handling"), hemliga, offentliga);
        collect(tx.dsl().fetch("SELECT amne, sekretess FROM meddelande"), hemliga, offentliga);
        collect(tx.dsl().fetch("SELECT rubrik, sekretess FROM delegationsbeslut"), hemliga, offentliga);
        return null;
      });
    }
    hemliga.removeAll(offentliga);
    assertThat(hemliga).as("confidential texts in the demo board").hasSizeGreaterThanOrEqualTo(5);

    StringBuilder allt = new StringBuilder();
    try (Connection c = lasare(); Statement s = c.createStatement()) {
      for (Table<?> t : ServerSchema.tabeller()) {
        if (!t.getName().equals("audit_logg")) {
          try (var rs = s.executeQuery("SELECT * FROM " + t.getName())) {
            while (rs.next()) {
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                allt.append(rs.getString(i)).append('\n');
              }
            }
          }
        }
      }
      assertThatThrownBy(() -> s.executeQuery("SELECT * FROM public.arendepunkt")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> s.executeQuery("SELECT * FROM audit_logg")).isInstanceOf(SQLException.class);
    }
    assertThat(allt).contains("Uppgiften omfattas av sekretess").contains("lex Sarah").doesNotContain(hemligFil)
        .doesNotContain("Kalle Anka");
    assertThat(hemliga).allSatisfy(text -> assertThat(allt.toString()).doesNotContain(text));
  }

  @Test
  void theProgramOnALasareConnectionReadsTheKallelseWithoutConfidentialText() {
    try (Database owner = store.openAsOwner(); Database lasare = store.open("lasse", PASSWORD)) {
      LocalDate meeting = LocalDate.of(2025, 10, 23);
      var full = new se.namndbok.core.CoreServices(owner, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).kallelse().underlag(meeting);
      var lasarens = new se.namndbok.core.CoreServices(lasare, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).kallelse().underlag(meeting);

      assertThat(lasarens.punkter()).hasSameSizeAs(full.punkter());
      assertThat(lasarens.toString()).doesNotContain("informerar om anmälningar enligt lex Maria");
      assertThat(full.toString()).contains("informerar om anmälningar enligt lex Maria");
    }
  }

  private static void collect(org.jooq.Result<org.jooq.Record> rows, Set<String> hemliga, Set<String> offentliga) {
    for (var r : rows) {
      boolean sekretess = Boolean.TRUE.equals(r.get(r.size() - 1, Boolean.class));
      for (int i = 0; i < r.size() - 1; i++) {
        String v = r.get(i, String.class);
        if (v != null && v.length() > 20) {
          (sekretess ? hemliga : offentliga).add(v);
        }
      }
    }
  }
}
