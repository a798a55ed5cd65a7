package se.namndbok.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.namndbok.app.kallelse.MotesExport;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.db.Database;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.testing.BenchmarkLine;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;

/**
 * The daily mix on one shared server (not a test; decision 0095): 20 simulated clients, each with its own
 * connection pool, repeat search, register an ärende, enter a delegationsbeslut and export the demo kallelse.
 * The same mix runs first on the embedded store by its one user, in the same run on the same data (the demo
 * board, migrated): p50/p95 per action and their ratio server/embedded are printed. Run with
 * {@code mvn -pl app -am test -Dtest=DagligMixBenchmarkRunner -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class DagligMixBenchmark {
  enum Atgard {
    SOK("sökning"), REGISTRERA("registrera ärende"), DELEGATIONSBESLUT("delegationsbeslut"), KALLELSE("kallelsen");

    final String benamning;

    Atgard(String benamning) {
      this.benamning = benamning;
    }
  }

  /** One timed action in round {@code varv} (1 is the first after the warm-up). */
  record Matning(int varv, long nanos) {}

  private final int clients;
  private final int rounds;

  DagligMixBenchmark(int clients, int rounds) {
    this.clients = clients;
    this.rounds = rounds;
  }

  public static void main(String[] args) throws Exception {
    new DagligMixBenchmark(Integer.parseInt(args[0]), Integer.parseInt(args[1])).run();
  }

  void run() throws Exception {
    Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "mix");
    Path data = dir.resolve("demo");
    if (se.namndbok.app.Commands.run(s -> 1, "--data", data.toString(), "demo") != 0) {
      throw new IllegalStateException("demo failed");
    }
    TestPostgres.Ny server = TestPostgres.initialisedDatabase();
    try (Database h2 = Database.openEmbedded(data); Database owner = server.openAsOwner()) {
      se.namndbok.app.CoreWiring.build(h2, TestStore.CLOCK).migreringTill(se.namndbok.app.CoreWiring.build(owner, TestStore.CLOCK)).migrera();
      Map<Atgard, List<Matning>> ensam = measure(List.of(h2), dir, "h2", Math.max(20, 2 * rounds));
      // the same number of client threads on the embedded store: the same CPU contention in this one JVM
      Map<Atgard, List<Matning>> embedded = measure(java.util.Collections.nCopies(clients, h2), dir, "h2n", rounds);
      List<Database> pools = new ArrayList<>();
      try {
        for (int i = 0; i < clients; i++) {
          pools.add(server.openAsOwner());
        }
        Map<Atgard, List<Matning>> shared = measure(pools, dir, "pg", rounds);
        report(ensam, embedded, shared);
      } finally {
        pools.forEach(Database::close);
      }
    }
  }

  private Map<Atgard, List<Matning>> measure(List<Database> dbs, Path dir, String kind, int varv) throws Exception {
    Map<Atgard, List<Matning>> times = new ConcurrentHashMap<>();
    for (Atgard a : Atgard.values()) {
      times.put(a, new CopyOnWriteArrayList<>());
    }
    ExecutorService pool = Executors.newFixedThreadPool(dbs.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < dbs.size(); c++) {
        Database db = dbs.get(c);
        int client = c;
        running.add(pool.submit(() -> {
          client(db, client, dir.resolve(kind + "-" + client + ".pdf"), times, varv);
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return times;
  }

  private void client(Database db, int client, Path pdf, Map<Atgard, List<Matning>> times, int varv)
      throws IOException {
    var core = se.namndbok.app.CoreWiring.build(db, TestStore.CLOCK);
    ArendeService arenden = core.arenden();
    var beslut = core.delegationsbeslut();
    MotesExport export = new MotesExport(core);
    for (int r = 0; r < varv + 1; r++) {
      boolean warm = r > 0;
      int round = r;
      time(times, warm, round, Atgard.SOK, () -> arenden.search("lex sarah", 50));
      time(times, warm, round, Atgard.REGISTRERA, () -> arenden.register(NyttArende.nytt(null,
          "Klient " + client + " ärende " + round, null, false, LocalDate.of(2025, 10, 20))));
      time(times, warm, round, Atgard.DELEGATIONSBESLUT, () -> beslut.register(new NyttDelegationsbeslut("2025/146", null,
          "Verksamhetschef/avdelningschef", null, LocalDate.of(2025, 10, 20), "Avtal " + client + "." + round, false)));
      time(times, warm, round, Atgard.KALLELSE, () -> export.kallelse(LocalDate.of(2025, 10, 23), Version.LEDAMOT, pdf,
          Progress.NONE));
    }
    Files.deleteIfExists(pdf);
  }

  private static void time(Map<Atgard, List<Matning>> times, boolean keep, int round, Atgard a, Runnable action) {
    long t0 = System.nanoTime();
    action.run();
    if (keep) {
      times.get(a).add(new Matning(round, System.nanoTime() - t0));
    }
  }

  private void report(Map<Atgard, List<Matning>> ensam, Map<Atgard, List<Matning>> embedded,
      Map<Atgard, List<Matning>> shared) {
    System.out.printf("Daglig mix, %d varv per klient efter ett uppvärmningsvarv, alla klienter i en JVM på samma "
        + "dator som servern.%nH2×1: en användare på den inbyggda databasen. H2×%d och PG×%d: %d klienter samtidigt "
        + "(H2: en process, delad pool; PG: en pool per klient).%n", rounds, clients, clients, clients);
    System.out.printf("%-18s %9s %9s %9s %9s %9s %9s %9s %9s%n", "åtgärd", "H2×1 p50", "H2×1 p95", "H2×n p50",
        "H2×n p95", "PG×n p50", "PG×n p95", "PG/H2×n", "PG/H2×1");
    for (Atgard a : Atgard.values()) {
      double[] e = percentiles(nanos(ensam.get(a)));
      double[] h = percentiles(nanos(embedded.get(a)));
      double[] p = percentiles(nanos(shared.get(a)));
      System.out.printf("%-18s %7.1fms %7.1fms %7.1fms %7.1fms %7.1fms %7.1fms %4.2f/%4.2f %4.2f/%4.2f%n",
          a.name().toLowerCase(), e[0], e[1], h[0], h[1], p[0], p[1], p[0] / h[0], p[1] / h[1], p[0] / e[0], p[1] / e[1]);
    }
    System.out.printf("(kvoterna: p50/p95; n = %d mätningar per åtgärd och klientantal)%n", clients * rounds);
    for (Atgard a : Atgard.values()) {
      BenchmarkLine.print("daglig-mix-" + a.name().toLowerCase(), "Daglig mix, " + a.benamning + ": "
          + clients + " klienter mot servern mot lika många på den inbyggda databasen (p50 per varv)",
          perRound(shared.get(a), embedded.get(a)), BenchmarkLine.NO_GOAL);
    }
  }

  /** The ratio of the rounds' medians, round by round: one ratio per round that both measured. */
  private static List<Double> perRound(List<Matning> program, List<Matning> floor) {
    Map<Integer, List<Long>> p = byRound(program);
    Map<Integer, List<Long>> f = byRound(floor);
    List<Double> ratios = new ArrayList<>();
    for (Map.Entry<Integer, List<Long>> e : p.entrySet()) {
      if (f.containsKey(e.getKey())) {
        ratios.add(percentiles(e.getValue())[0] / percentiles(f.get(e.getKey()))[0]);
      }
    }
    return ratios;
  }

  private static Map<Integer, List<Long>> byRound(List<Matning> times) {
    Map<Integer, List<Long>> rounds = new java.util.TreeMap<>();
    for (Matning m : times) {
      rounds.computeIfAbsent(m.varv(), r -> new ArrayList<>()).add(m.nanos());
    }
    return rounds;
  }

  private static List<Long> nanos(List<Matning> times) {
    return times.stream().map(Matning::nanos).toList();
  }

  private static double[] percentiles(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    return new double[] {at(sorted, 0.50), at(sorted, 0.95)};
  }

  private static double at(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }

}
