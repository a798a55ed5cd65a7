package se.namndbok.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * Many clients registering at once on one shared store (a real PostgreSQL server process): every diarienummer
 * and Hid of the year is taken exactly once, with no gaps, including the year's first number that creates
 * the series.
 */
class SamtidigaNummerTest {
  private static final int CLIENTS = 8;
  private static final int PER_CLIENT = 500;
  private static final int HANDLING_EVERY = 5;

  @Test
  void eightClientsRegisteringFiveHundredArendenEachGetFourThousandUniqueGapFreeNumbers() throws Exception {
    TestPostgres.Ny store = TestPostgres.initialisedDatabase();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<List<Integer>>> clients = new ArrayList<>();
    List<Database> databases = new ArrayList<>();
    try {
      for (int c = 0; c < CLIENTS; c++) {
        Database db = store.openAsOwner();
        databases.add(db);
        int client = c;
        clients.add(pool.submit(() -> register(db, client, start)));
      }
      start.countDown();
      List<Integer> diarienummer = new ArrayList<>();
      for (Future<List<Integer>> f : clients) {
        diarienummer.addAll(f.get());
      }

      assertThat(diarienummer).hasSize(CLIENTS * PER_CLIENT).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CLIENTS * PER_CLIENT).boxed().toList());
      List<Integer> hids = databases.getFirst().read(tx -> tx.dsl()
          .fetch("SELECT lopnummer FROM handling WHERE ar = 2025").getValues(0, Integer.class));
      assertThat(hids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
          IntStream.rangeClosed(1, CLIENTS * PER_CLIENT / HANDLING_EVERY).boxed().toList());
    } finally {
      pool.shutdownNow();
      databases.forEach(Database::close);
    }
  }

  private static List<Integer> register(Database db, int client, CountDownLatch start) throws InterruptedException {
    ArendeService arenden = new se.namndbok.core.CoreServices(db, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).arenden();
    start.await();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < PER_CLIENT; i++) {
      Arende a = arenden.register(NyttArende.nytt(null, "Klient " + client + " ärende " + i, null, false,
          LocalDate.of(2025, 10, 1)));
      numbers.add(a.diarienummer().lopnummer());
      if (i % HANDLING_EVERY == 0) {
        arenden.registerHandling(a.id(), new NyHandling(null, LocalDate.of(2025, 10, 1), Riktning.INKOMMANDE, null,
            "Ansökan " + i, false));
      }
    }
    return numbers;
  }
}
