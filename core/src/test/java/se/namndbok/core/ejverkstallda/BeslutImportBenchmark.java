package se.namndbok.core.ejverkstallda;

import static se.namndbok.core.testing.Stopwatch.ms;
import static se.namndbok.core.testing.Stopwatch.nanos;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.testing.BenchmarkLine;
import se.namndbok.core.testing.TestStore;

/**
 * Measures the import and the report over 100,000 decisions against a floor measured in the same run: a
 * plain JDBC batch insert of the same rows with no parsing or checks. Not a test (no timed assertions);
 * run with {@code java -cp ... se.namndbok.core.ejverkstallda.BeslutImportBenchmark [rows] [rounds]}.
 */
public final class BeslutImportBenchmark {
  private static final String HEADER = DemoBeslutGenerator.HEADER;

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<GynnandeBeslut> beslut;
    try (TestStore s = TestStore.create()) {
      Insatskatalog katalog = s.db().read(tx -> new InsatsRepository().katalog(tx));
      beslut = new SlumpadeBeslut(new Random(42), katalog.all()).many(rows, "B-");
    }
    byte[] csv = csv(beslut);
    System.out.printf("%d rows, %d rounds (first round is warm-up), CSV %.1f MB%n", rows, rounds, csv.length / 1e6);
    List<Double> imports = new ArrayList<>();
    List<Double> reimports = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      long floor = plainJdbc(beslut);
      try (TestStore s = TestStore.create()) {
        BeslutImport importer = s.core().beslutImport();
        java.nio.file.Path file = s.folder().resolveSibling(s.folder().getFileName() + "-b.csv");
        write(file, csv);
        long first = nanos(() -> importer.importera(file));
        long again = nanos(() -> importer.importera(file));
        KvartalsrapportService reports = s.core().kvartalsrapporter();
        Kvartal q = new Kvartal(2024 + round % 2, 1 + round % 4);
        long report = nanos(() -> reports.rapport(Lag.SOL, q));
        long ivo = nanos(() -> new IvoLista(s.db()).rader(Lag.SOL, q));
        System.out.printf("round %d: floor (plain JDBC batch) %4d ms | import %4d ms (%.2f× floor) | re-import "
            + "unchanged %4d ms (%.2f×) | report with comparison %3d ms | IVO list %3d ms%n", round, ms(floor), ms(first),
            (double) first / floor, ms(again), (double) again / floor, ms(report), ms(ivo));
        if (round > 1 || rounds == 1) {
          imports.add((double) first / floor);
          reimports.add((double) again / floor);
        }
      }
    }
    // issue 10: the import must not get slower than the 1.26x it measured
    BenchmarkLine.print("beslut-import", "Import av " + BenchmarkLine.count(rows) + " beslut (CSV) mot JDBC-batch av "
        + "samma rader", imports, BenchmarkLine.atMost(1.3));
    BenchmarkLine.print("beslut-omimport", "Samma fil importerad igen oförändrad mot JDBC-batch av samma rader",
        reimports, BenchmarkLine.NO_GOAL);
  }

  private static long plainJdbc(List<GynnandeBeslut> beslut) {
    try (TestStore s = TestStore.create()) {
      return nanos(() -> {
        try (Connection c = s.db().dataSource().getConnection();
            PreparedStatement ps = c.prepareStatement("INSERT INTO gynnande_beslut (referens, lag, insats_kod, kon,"
                + " fodelsear, beslutsdatum, avbrottsdatum, verkstallighetsdatum, avslutsdatum, avslutsorsak, skal, frist)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          c.setAutoCommit(false);
          int n = 0;
          for (GynnandeBeslut b : beslut) {
            ps.setString(1, b.referens());
            ps.setString(2, b.lag().kod());
            ps.setString(3, b.insats());
            ps.setString(4, b.kon().name());
            ps.setObject(5, b.fodelsear());
            ps.setObject(6, b.beslutsdatum());
            ps.setObject(7, b.avbrottsdatum());
            ps.setObject(8, b.verkstallighetsdatum());
            ps.setObject(9, b.avslutsdatum());
            ps.setString(10, b.avslutsorsak() == null ? null : b.avslutsorsak().kod());
            ps.setString(11, b.skal() == null ? null : b.skal().kod());
            ps.setObject(12, b.frist());
            ps.addBatch();
            if (++n % 1000 == 0) {
              ps.executeBatch();
            }
          }
          ps.executeBatch();
          c.commit();
          return null;
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  static byte[] csv(List<GynnandeBeslut> beslut) {
    StringBuilder s = new StringBuilder(HEADER).append('\n');
    for (GynnandeBeslut b : beslut) {
      s.append(String.join(";", b.referens(), b.lag().kod(), b.insats(), b.kon().name(), text(b.fodelsear()),
          text(b.beslutsdatum()), text(b.avbrottsdatum()), text(b.verkstallighetsdatum()), text(b.avslutsdatum()),
          b.avslutsorsak() == null ? "" : b.avslutsorsak().kod(), b.skal() == null ? "" : b.skal().kod(),
          text(b.erbjudandenText()))).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(java.nio.file.Path file, byte[] bytes) {
    try {
      java.nio.file.Files.write(file, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
