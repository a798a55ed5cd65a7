package se.namndbok.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.CoreServices;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.db.Database;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TextRenderers;

/**
 * No lost update on the shared store (issue 8 point 4, issue 9): two clients — two people logged in as
 * themselves on one real PostgreSQL server, each with its own connection pool and services — edit one punkt.
 * One save is refused naming the other person, and what was saved is what the store holds: nothing is lost.
 * Once one after the other (a window open for a while), once at the same moment from the same version.
 */
class TvaSkribenterPaServernTest {
  private static final String LOSEN = "skribentlosen";
  private static TestPostgres.Ny store;
  private Database annikasDb;
  private Database bengtsDb;
  private CoreServices annika;
  private CoreServices bengt;
  private long punktId;

  @BeforeAll
  static void twoSekreterare() {
    store = TestPostgres.initialisedDatabase();
    try (Database owner = store.openAsOwner()) {
      CoreServices core = new CoreServices(owner, owner.clock(), TextRenderers.create());
      core.server().laggTill("annika", LOSEN.toCharArray(), EnumSet.of(AnvandarRoll.SEKRETERARE));
      core.server().laggTill("bengt", LOSEN.toCharArray(), EnumSet.of(AnvandarRoll.SEKRETERARE));
      core.namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    }
  }

  @BeforeEach
  void twoClientsAndOnePunkt() {
    annikasDb = store.open("annika", LOSEN);
    bengtsDb = store.open("bengt", LOSEN);
    annika = new CoreServices(annikasDb, annikasDb.clock(), TextRenderers.create());
    bengt = new CoreServices(bengtsDb, bengtsDb.clock(), TextRenderers.create());
    LocalDate dag = LocalDate.of(2030, 1, 1).plusDays(annika.sammantraden().all().size());
    long mote = annika.sammantraden().create(new NyttSammantrade(null, dag, LocalTime.of(9, 0), "Stadshuset")).id();
    punktId = annika.arendelista().add(mote, innehall("")).id();
  }

  @AfterEach
  void close() {
    annikasDb.close();
    bengtsDb.close();
  }

  private static ArendepunktInnehall innehall(String forslag) {
    return new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Månadsrapport", ForslagAv.FORVALTNINGEN,
        new PunktTexter(forslag, null, null, null, null, null), false, null);
  }

  @Test
  void theSecondSaveIsRefusedNamingTheColleagueAndTheFirstSaveIsKept() {
    Arendepunkt annikaLaste = annika.arendelista().require(punktId);
    Arendepunkt bengtLaste = bengt.arendelista().require(punktId);

    annika.arendelista().update(punktId, annikaLaste.version(), innehall("Annikas förslag till beslut"));

    assertThatThrownBy(() -> bengt.arendelista().update(punktId, bengtLaste.version(), innehall("Bengts förslag")))
        .isInstanceOf(StaleException.class)
        .hasMessageMatching("Punkten ändrades av annika kl\\. \\d\\d:\\d\\d efter att du öppnade den\\.");
    assertThat(bengt.arendelista().require(punktId).innehall().texter().forslag())
        .isEqualTo("Annikas förslag till beslut");

    Arendepunkt igen = bengt.arendelista().require(punktId);
    bengt.arendelista().update(punktId, igen.version(), innehall("Bengts förslag"));
    assertThat(annika.arendelista().require(punktId).innehall().texter().forslag()).isEqualTo("Bengts förslag");
  }

  @Test
  void twoSavesAtTheSameMomentFromTheSameVersionSaveOneAndRefuseTheOther() throws Exception {
    int version = annika.arendelista().require(punktId).version();
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Arendepunkt>> saves = new ArrayList<>();
      saves.add(pool.submit(save(annika, version, "Annikas text", together)));
      saves.add(pool.submit(save(bengt, version, "Bengts text", together)));
      List<String> saved = new ArrayList<>();
      List<Throwable> refused = new ArrayList<>();
      for (Future<Arendepunkt> f : saves) {
        try {
          saved.add(f.get().innehall().texter().forslag());
        } catch (ExecutionException e) {
          refused.add(e.getCause());
        }
      }
      assertThat(saved).as("exactly one save went through").hasSize(1);
      assertThat(refused).singleElement().isInstanceOf(StaleException.class);
      assertThat(refused.getFirst().getMessage()).startsWith("Punkten ändrades av ")
          .contains(saved.getFirst().startsWith("Annikas") ? "annika" : "bengt");
      Arendepunkt stored = annika.arendelista().require(punktId);
      assertThat(stored.innehall().texter().forslag()).as("the store holds the save that went through")
          .isEqualTo(saved.getFirst());
      assertThat(stored.version()).isEqualTo(version + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  private Callable<Arendepunkt> save(CoreServices who, int version, String text, CyclicBarrier together) {
    return () -> {
      together.await();
      return who.arendelista().update(punktId, version, innehall(text));
    };
  }
}
