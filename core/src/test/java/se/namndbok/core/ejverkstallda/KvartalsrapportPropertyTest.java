package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.core.db.generated.Tables.FRYST_RAPPORT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Rad;
import se.namndbok.core.ejverkstallda.persistence.GynnandeBeslutRepository;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.ejverkstallda.persistence.StatistikRepository;
import se.namndbok.core.testing.TestStore;

/**
 * For ≥200 seeded random data sets: the SQL aggregate gives what the rule in plain Java gives, decision by
 * decision, for the quarter and for both quarters it is compared with (one pass counts all three), and every
 * total is the sum of its rows.
 */
class KvartalsrapportPropertyTest {
  private static final int CASES = 200;
  private static TestStore store;
  private static KvartalsrapportService service;
  private static Insatskatalog katalog;

  @BeforeAll
  static void open() {
    store = TestStore.create();
    service = store.core().kvartalsrapporter();
    katalog = store.db().read(tx -> new InsatsRepository().katalog(tx));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void sqlAggregateEqualsTheRuleInJavaAndTotalsAreSumsOfRows() {
    long base = Long.getLong("kvartalsrapport.seed", 20250630L);
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      Random random = new Random(seed);
      List<GynnandeBeslut> beslut = ersattMedSlumpade(random, "R");
      Kvartal q = new Kvartal(2024 + random.nextInt(2), 1 + random.nextInt(4));
      for (Lag lag : Lag.values()) {
        Kvartalsrapport r = service.rapport(lag, q);
        String why = "seed " + seed + ", " + lag + " " + q;
        assertThat(counts(r)).as(why).isEqualTo(naiveCounts(beslut, lag, q));
        assertThat(status(r)).as(why).isEqualTo(naiveStatus(beslut, lag, q));
        assertTotalsAreSums(r, why);
        for (Kvartalsrapport.Jamforelse j : r.jamforelse()) {
          Map<String, Integer> expected = new LinkedHashMap<>();
          naiveCounts(beslut, lag, j.kvartal()).forEach((kod, antal) -> expected.put(kod, antal.summa()));
          assertThat(j.perInsats()).as(why + ", compared quarter " + j.kvartal()).isEqualTo(expected);
        }
      }
    }
  }

  /**
   * The one pass for several quarters, any of them (also with gaps between them, and in any order), gives each
   * quarter exactly the rule's count per insats, kön and status.
   */
  @Test
  void onePassOverAnySetOfQuartersCountsEachAsTheRuleInJava() {
    long base = Long.getLong("kvartalsrapport.seed", 20250630L) + 7_919;
    StatistikRepository statistik = new StatistikRepository();
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      Random random = new Random(seed);
      List<GynnandeBeslut> beslut = ersattMedSlumpade(random, "P");
      List<Kvartal> kvartal = new java.util.ArrayList<>();
      for (int n = 1 + random.nextInt(4); kvartal.size() < n; ) {
        Kvartal k = new Kvartal(2023 + random.nextInt(3), 1 + random.nextInt(4));
        if (!kvartal.contains(k)) {
          kvartal.add(k);
        }
      }
      for (Lag lag : Lag.values()) {
        Map<Kvartal, List<Raknat>> raknat = store.db().read(tx -> statistik.rakna(tx, lag, kvartal));
        for (Kvartal q : kvartal) {
          Map<String, Integer> expected = new java.util.TreeMap<>();
          beslut.stream().filter(b -> b.lag() == lag && Rakneregel.ingar(b, q)).forEach(b -> expected.merge(
              b.insats() + " " + b.kon() + " " + Rakneregel.status(b, q), 1, Integer::sum));
          Map<String, Integer> actual = new java.util.TreeMap<>();
          raknat.get(q).forEach(r -> actual.merge(r.insats() + " " + r.kon() + " " + r.status(), r.antal(),
              Integer::sum));
          assertThat(actual).as("seed " + seed + ", " + lag + " " + q + " of " + kvartal).isEqualTo(expected);
        }
      }
    }
  }
  /**
   * For a fastställd quarter whose decisions are then corrected at random (kön, insats, verkställighet), the
   * differences are exactly the insatser whose women or men the rule in Java counts differently before and after:
   * a kön corrected alone, which changes no total, was not one of them (found by a walk).
   */
  @Test
  void theDifferencesOfAFaststalldQuarterAreEveryInsatsWhoseWomenOrMenChanged() {
    long base = Long.getLong("kvartalsrapport.seed", 20250630L) + 104_729;
    try {
      for (int i = 0; i < CASES; i++) {
        long seed = base + i;
        Random random = new Random(seed);
        List<GynnandeBeslut> fore = ersattMedSlumpade(random, "F");
        Kvartal q = new Kvartal(2024, 1);
        for (int steg = random.nextInt(7); steg > 0; steg--) {
          q = q.next(); // 2024Q1–2025Q3: ended by the test clock's today
        }
        store.db().run(tx -> tx.dsl().deleteFrom(FRYST_RAPPORT).execute());
        for (Lag lag : Lag.values()) {
          service.faststall(lag, q);
        }
        List<GynnandeBeslut> efter = fore.stream().map(b -> random.nextInt(4) == 0 ? rattad(random, b) : b).toList();
        store.db().run(tx -> {
          GynnandeBeslutRepository repo = new GynnandeBeslutRepository();
          repo.deleteAll(tx);
          repo.insert(tx, efter);
        });
        for (Lag lag : Lag.values()) {
          Map<String, String> expected = new LinkedHashMap<>();
          Map<String, Antal> fryst = naiveCounts(fore, lag, q);
          naiveCounts(efter, lag, q).forEach((kod, nu) -> {
            if (!nu.equals(fryst.get(kod))) {
              expected.put(kod, fryst.get(kod) + " -> " + nu);
            }
          });
          Map<String, String> actual = new LinkedHashMap<>();
          service.gallande(lag, q).avvikelser().forEach(a -> actual.put(a.insats(), a.fryst() + " -> " + a.nu()));
          assertThat(actual).as("seed " + seed + ", " + lag + " " + q).isEqualTo(expected);
        }
      }
    } finally {
      store.db().run(tx -> tx.dsl().deleteFrom(FRYST_RAPPORT).execute()); // the other tests compare unfrozen
    }
  }

  /** {@code b} corrected one way: the other kön (most often), another insats of its lag, or verkställd. */
  private static GynnandeBeslut rattad(Random random, GynnandeBeslut b) {
    return switch (random.nextInt(4)) {
      case 0 -> {
        List<Insats> insatser = katalog.forLag(b.lag());
        yield Beslut.insats(b, b.lag(), insatser.get(random.nextInt(insatser.size())).kod());
      }
      case 1 -> b.verkstallighetsdatum() != null ? b : Beslut.verkstallt(b, (b.avbrottsdatum() != null
          ? b.avbrottsdatum() : b.beslutsdatum()).toString());
      default -> Beslut.kon(b, b.kon() == Kon.K ? Kon.M : Kon.K);
    };
  }

  /** Up to 79 seeded decisions in place of whatever the store held; returns them for the rule in Java. */
  private static List<GynnandeBeslut> ersattMedSlumpade(Random random, String prefix) {
    List<GynnandeBeslut> beslut = new SlumpadeBeslut(random, katalog.all()).many(random.nextInt(80), prefix);
    store.db().run(tx -> {
      GynnandeBeslutRepository repo = new GynnandeBeslutRepository();
      repo.deleteAll(tx);
      repo.insert(tx, beslut);
    });
    return beslut;
  }


  private static void assertTotalsAreSums(Kvartalsrapport r, String why) {
    assertThat(r.summa()).as(why).isEqualTo(r.rader().stream().map(Rad::antal).reduce(Antal.NOLL, Antal::plus));
    for (Kvartalsrapport.Omradessumma o : r.omraden()) {
      assertThat(o.antal()).as(why + " " + o.omrade()).isEqualTo(r.rader().stream()
          .filter(x -> x.insats().omrade() == o.omrade()).map(Rad::antal).reduce(Antal.NOLL, Antal::plus));
    }
    assertThat(r.omraden().stream().map(Kvartalsrapport.Omradessumma::antal).reduce(Antal.NOLL, Antal::plus))
        .as(why).isEqualTo(r.lag() == Lag.SOL ? r.summa() : Antal.NOLL);
    assertThat(r.status().stream().mapToInt(Kvartalsrapport.StatusFordelning::summa).sum()).as(why)
        .isEqualTo(r.summa().summa());
    assertThat(r.jamforelse().getLast().summa()).as(why).isEqualTo(r.summa().summa());
  }

  private static Map<String, Antal> counts(Kvartalsrapport r) {
    Map<String, Antal> m = new LinkedHashMap<>();
    r.rader().forEach(x -> m.put(x.insats().kod(), x.antal()));
    return m;
  }

  private static Map<String, Antal> naiveCounts(List<GynnandeBeslut> beslut, Lag lag, Kvartal q) {
    Map<String, Antal> m = new LinkedHashMap<>();
    katalog.forLag(lag).forEach(i -> m.put(i.kod(), Antal.NOLL));
    for (GynnandeBeslut b : beslut) {
      if (b.lag() == lag && Rakneregel.ingar(b, q)) {
        m.merge(b.insats(), b.kon() == Kon.K ? new Antal(1, 0) : new Antal(0, 1), Antal::plus);
      }
    }
    return m;
  }

  private static Map<String, Map<Status, Integer>> status(Kvartalsrapport r) {
    Map<String, Map<Status, Integer>> m = new LinkedHashMap<>();
    for (Kvartalsrapport.StatusFordelning s : r.status()) {
      Map<Status, Integer> per = new LinkedHashMap<>();
      if (s.verkstallda() > 0) {
        per.put(new Status.Verkstallt(), s.verkstallda());
      }
      s.avslutade().forEach((o, n) -> per.put(new Status.Avslutat(o), n));
      s.ejVerkstallda().forEach((k, n) -> per.put(new Status.EjVerkstallt(k), n));
      m.put(s.insats().kod(), per);
    }
    return m;
  }

  private static Map<String, Map<Status, Integer>> naiveStatus(List<GynnandeBeslut> beslut, Lag lag, Kvartal q) {
    Map<String, Map<Status, Integer>> m = new LinkedHashMap<>();
    for (Insats i : katalog.forLag(lag)) {
      Map<Status, Integer> per = new LinkedHashMap<>();
      beslut.stream().filter(b -> b.insats().equals(i.kod()) && Rakneregel.ingar(b, q))
          .sorted(java.util.Comparator.comparing(b -> order(Rakneregel.status(b, q))))
          .forEach(b -> per.merge(Rakneregel.status(b, q), 1, Integer::sum));
      if (!per.isEmpty()) {
        m.put(i.kod(), per);
      }
    }
    return m;
  }

  /** The order of the report: verkställda, avslutade by orsak, ej verkställda by skäl. */
  private static int order(Status s) {
    return switch (s) {
      case Status.Verkstallt v -> 0;
      case Status.Avslutat a -> 100 + a.orsak().ordinal();
      case Status.EjVerkstallt e -> 200 + e.skal().ordinal();
    };
  }
}
