package se.namndbok.core.ejverkstallda;

import static se.namndbok.core.testing.Stopwatch.ms;
import static se.namndbok.core.testing.Stopwatch.nanos;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import se.namndbok.core.ejverkstallda.persistence.GynnandeBeslutRepository;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.testing.BenchmarkLine;
import se.namndbok.core.testing.TestStore;

/**
 * The quarterly report over many decisions against the best hand-written query in the same run (issue 10,
 * point 1). The floor is the faster of two single-quarter GROUP BY queries written by hand over a copy of the
 * same rows: a plain scan, and one over a covering index built for it. The program is
 * {@link KvartalsrapportService#rapport}, which also counts the two compared quarters. No timing is asserted.
 */
public final class StatistikBenchmark {
  private static final long SEED = 20261202L;
  /** The thread's CPU time beside the wall clock: the embedded store works in the calling thread. */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws SQLException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    try (TestStore s = TestStore.create()) {
      Insatskatalog katalog = s.db().read(tx -> new InsatsRepository().katalog(tx));
      SlumpadeBeslut slump = new SlumpadeBeslut(new Random(SEED), katalog.all());
      long load = nanos(() -> insert(s, slump, rows));
      System.out.printf("%d decisions (seed %d) loaded in %d ms%n", rows, SEED, ms(load));
      floorTable(s);
      Kvartal q = Kvartal.parse("2025Q2");
      KvartalsrapportService reports = s.core().kvartalsrapporter();
      List<Double> ratios = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        long[] cpu = new long[3];
        long scan = nanos(() -> cpu(cpu, 0, () -> floor(s, "floor_scan", q)));
        long covering = nanos(() -> cpu(cpu, 1, () -> floor(s, "floor_tackt", q)));
        long program = nanos(() -> cpu(cpu, 2, () -> reports.rapport(Lag.SOL, q)));
        double ratio = (double) program / Math.min(scan, covering);
        double cpuRatio = (double) cpu[2] / Math.min(cpu[0], cpu[1]);
        System.out.printf("round %d%s: floor scan %d ms, floor covering index %d ms | report (3 quarters) %d ms = %.2f×"
            + "; thread CPU %d/%d/%d ms = %.2f×%n", round, round == 0 ? " (warm-up)" : "", ms(scan), ms(covering),
            ms(program), ratio, ms(cpu[0]), ms(cpu[1]), ms(cpu[2]), cpuRatio);
        if (round > 0) {
          ratios.add(ratio);
          cpuRatios.add(cpuRatio);
        }
      }
      BenchmarkLine.print("statistik-kvartal", "Kvartalsrapporten (tre kvartal) över " + BenchmarkLine.count(rows)
          + " beslut mot bästa handskrivna fråga för ett kvartal", ratios, BenchmarkLine.atMost(1.5));
      Collections.sort(ratios);
      System.out.printf("STATISTIK report/floor: min %.2f median %.2f max %.2f n %d%n", ratios.getFirst(),
          ratios.get(ratios.size() / 2), ratios.getLast(), ratios.size());
      Collections.sort(cpuRatios);
      System.out.printf(java.util.Locale.ROOT, "CPU|statistik-kvartal|%.2f|%.2f|%.2f|%d%n", cpuRatios.getFirst(),
          cpuRatios.get(cpuRatios.size() / 2), cpuRatios.getLast(), cpuRatios.size());
    }
  }

  /** Runs {@code work}, adding the calling thread's CPU time to {@code into[at]}. */
  private static Object cpu(long[] into, int at, java.util.function.Supplier<?> work) {
    long start = CPU.getCurrentThreadCpuTime();
    Object result = work.get();
    into[at] += CPU.getCurrentThreadCpuTime() - start;
    return result;
  }

  /** The rows in committed batches through the repository the import's switch-in also writes with. */
  private static Void insert(TestStore s, SlumpadeBeslut slump, int rows) {
    GynnandeBeslutRepository repository = new GynnandeBeslutRepository();
    for (int from = 0; from < rows; from += 5_000) {
      List<GynnandeBeslut> batch = new ArrayList<>();
      for (int i = from; i < Math.min(rows, from + 5_000); i++) {
        batch.add(slump.one("S-" + i));
      }
      s.db().run(tx -> repository.insert(tx, batch));
    }
    return null;
  }

  /** Two copies of the rows for the floor: one without an index, one with an index that covers the query. */
  private static void floorTable(TestStore s) throws SQLException {
    try (Connection c = s.db().dataSource().getConnection(); Statement st = c.createStatement()) {
      String columns = "lag, frist, verkstallighetsdatum, avslutsdatum, insats_kod, kon, avslutsorsak, skal";
      st.execute("CREATE TABLE floor_scan AS SELECT " + columns + " FROM gynnande_beslut");
      st.execute("CREATE TABLE floor_tackt AS SELECT " + columns + " FROM gynnande_beslut");
      st.execute("CREATE INDEX ix_floor_tackt ON floor_tackt (" + columns + ")");
    }
  }

  /** The counting rule for one quarter, written by hand (decision 0002's rule). */
  private static int floor(TestStore s, String table, Kvartal q) {
    String e = "DATE '" + q.sistaDag() + "'";
    String start = "DATE '" + q.forstaDag() + "'";
    String sql = "SELECT insats_kod, kon, CASE WHEN verkstallighetsdatum <= " + e + " THEN 'V'"
        + " WHEN avslutsdatum <= " + e + " THEN 'A:' || avslutsorsak ELSE 'E:' || COALESCE(skal, 'OVRIGT') END st,"
        + " COUNT(*) FROM " + table + " WHERE lag = 'SoL' AND frist <= " + e
        + " AND (verkstallighetsdatum IS NULL OR (verkstallighetsdatum > frist AND verkstallighetsdatum >= " + start + "))"
        + " AND (avslutsdatum IS NULL OR avslutsdatum >= " + start + ") GROUP BY insats_kod, kon, st";
    try (Connection c = s.db().dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = 0;
      while (rs.next()) {
        n += rs.getInt(4);
      }
      return n;
    } catch (SQLException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
