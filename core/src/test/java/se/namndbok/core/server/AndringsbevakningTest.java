package se.namndbok.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.db.Andringsbevakning;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/** Live updates: a colleague's commit on the shared store reaches another client's listener. */
class AndringsbevakningTest {

  @Test
  void aChangeByOneClientReachesAnothersListenerWithinTwoSecondsOfTheCommit() throws Exception {
    TestPostgres.Ny store = TestPostgres.initialisedDatabase();
    BlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
    try (Database mine = store.openAsOwner(); Database colleague = store.openAsOwner();
        AutoCloseable listening = mine.bevaka(heard::add)) {
      ArendeService arenden = new se.namndbok.core.CoreServices(colleague, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).arenden();

      arenden.register(NyttArende.nytt(null, "Något nytt", null, false, LocalDate.of(2025, 10, 1)));
      long committed = System.nanoTime();
      Set<String> tables = heard.poll(30, TimeUnit.SECONDS);
      Duration latency = Duration.ofNanos(System.nanoTime() - committed);

      assertThat(tables).as("notification").isNotNull().contains("arende", "nummerserie");
      System.out.println("Ändringen hördes efter " + latency.toMillis() + " ms");
      assertThat(latency).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void aRolledBackChangeIsNeverReported() throws Exception {
    TestPostgres.Ny store = TestPostgres.initialisedDatabase();
    BlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
    try (Database mine = store.openAsOwner(); Database colleague = store.openAsOwner();
        AutoCloseable listening = mine.bevaka(heard::add)) {
      ArendeService arenden = new se.namndbok.core.CoreServices(colleague, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).arenden();
      try {
        colleague.run(tx -> {
          arenden.register(NyttArende.nytt(null, "Ångras", null, false, LocalDate.of(2025, 10, 1)));
          throw new IllegalStateException("avbrutet");
        });
      } catch (IllegalStateException expected) {
        // rolled back
      }
      colleague.run(tx -> tx.dsl().execute("UPDATE namnd SET namn = namn WHERE id = -1"));

      assertThat(heard.poll(30, TimeUnit.SECONDS)).as("only the committed statement is heard").containsExactly("namnd");
    }
  }

  /**
   * A colleague's import of a file the store already holds changes no decision, but it is the newest import (the
   * Statistik area's "inläst … av …" line): it is heard too.
   */
  @Test
  void anUnchangedImportByAColleagueIsHeard() throws Exception {
    TestPostgres.Ny store = TestPostgres.initialisedDatabase();
    BlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
    byte[] csv = """
        id;lag;insats;kön;födelseår;beslutsdatum;avbrottsdatum;verkställighetsdatum;avslutsdatum;avslutsorsak;skäl
        A-1;SoL;AO-SABO;K;1938;2025-01-10;;;;;PLATSBRIST
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (Database mine = store.openAsOwner(); Database colleague = store.openAsOwner()) {
      var importer = new se.namndbok.core.CoreServices(colleague, TestStore.CLOCK,
          se.namndbok.core.testing.TextRenderers.create()).beslutImport();
      importer.importera("beslut.csv", csv);
      try (AutoCloseable listening = mine.bevaka(heard::add)) {
        var again = importer.importera("beslut.csv", csv);

        assertThat(again.oforandrade()).isEqualTo(1);
        assertThat(heard.poll(30, TimeUnit.SECONDS)).as("notification").isNotNull()
            .contains(se.namndbok.core.ejverkstallda.BeslutInlasning.ENTITET);
      }
    }
  }

  @Test
  void theEmbeddedStoreHasNothingToListenFor() throws Exception {
    try (TestStore h2 = TestStore.create(); AutoCloseable none = h2.db().bevaka(tables -> {
      throw new AssertionError("nothing to hear");
    })) {
      assertThat(h2.db().shared()).isFalse();
    }
  }
}
