package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.ejverkstallda.BeslutImport;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.testing.TestStore;

/**
 * kill -9 at seeded random moments of a long import and of a restore of a backup as large, in a child process:
 * afterwards the store opens, holds all of the write or none of it, answers the quarterly report and takes a new
 * write. The normal suite imports 50,000 rows ({@code crash.rows}) and kills {@value #DEFAULT_KILLS} times each;
 * the {@code soak} profile 200,000 rows and 30 kills each. A kill is drawn uniformly over the write's measured
 * duration (with a margin past its end) for odd kills; even kills come a random time, within the image's measured
 * lifetime, after the rollback image's marker appeared, so that every run kills inside the image window too,
 * whatever the size and the machine's load.
 * One full import, made once, is both the first test's reference and the second test's backup source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledWriteTest {
  private static final int DEFAULT_KILLS = 5;
  private static final int ROWS = Integer.getInteger("crash.rows", 50_000);
  private static final int KILLS = Integer.getInteger("crash.kills", DEFAULT_KILLS);
  private static final long SEED = Long.getLong("crash.seed", 20251103L);
  private static final String MARKER = "namndbok.skrivning-pagar";

  private Path work;
  private Path csv;
  private Path empty;
  /** The store after one whole import of {@link #csv}, and how long that import took (ms). */
  private Path full;
  private Run importRun;

  @BeforeAll
  void prepare() throws Exception {
    work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash")), "run");
    csv = work.resolve("beslut-" + ROWS + ".csv");
    writeDecisions(csv, ROWS, SEED);
    empty = work.resolve("tom");
    Database.openEmbedded(empty).close();
    full = copy(empty, work.resolve("import-helt"));
    importRun = runToTheEnd("import", full, csv);
  }

  @Test
  void aKilledImportLeavesAllOrNoneOfItsRowsAndTheStoreAnswers() throws Exception {
    Run run = importRun;
    assertThat(counts(full).get("gynnande_beslut")).isEqualTo(ROWS);
    Random random = new Random(SEED);
    int all = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      Path store = copy(empty, work.resolve("import-" + kill));
      boolean inImage = kill % 2 == 0;
      long after = (long) (random.nextDouble() * (inImage ? run.image() : run.duration() * 1.1));
      boolean finished = killAfter("import", store, csv, after, inImage);
      boolean rolledBack = Files.exists(store.resolve(MARKER));
      int rows = counts(store).get("gynnande_beslut");
      String why = "seed " + SEED + ", kill " + kill + " " + run.when(after, inImage);
      assertThat(rows).as(why).isIn(0, ROWS);
      assertThat(importLines(store)).as(why + ": the import's audit line goes with its rows").isEqualTo(rows == 0 ? 0 : 1);
      assertAnswersAndTakesAWrite(store, why);
      all += rows == ROWS ? 1 : 0;
      System.out.printf("crash import %d: %s, %s%s%n", kill, why, rows == ROWS ? "all rows" : "no rows",
          rolledBack ? " (rolled back by the image)" : finished ? " (finished before the kill)" : "");
    }
    System.out.printf("crash import: %d kills, %d with all rows, %d with none%n", KILLS, all, KILLS - all);
  }

  @Test
  void aKilledRestoreLeavesTheOldStoreOrTheWholeBackupAndTheStoreAnswers() throws Exception {
    Path source = copy(full, work.resolve("kalla")); // the whole import, as the first test's reference
    Path zip = work.resolve("kopia.zip");
    try (Database db = Database.openEmbedded(source)) {
      new BackupService(db, se.namndbok.core.shared.Clock.system()).backup(zip);
    }
    Map<String, Integer> backup = counts(source);
    Path old = copy(empty, work.resolve("gammal"));
    try (Database db = Database.openEmbedded(old)) {
      new se.namndbok.core.CoreServices(db, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).beslutImport().importera(csvOf(work.resolve("fa.csv"), 25));
    }
    Map<String, Integer> before = counts(old);
    Run run = runToTheEnd("restore", copy(old, work.resolve("restore-helt")), zip);
    Random random = new Random(SEED + 1);
    int restored = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      Path store = copy(old, work.resolve("restore-" + kill));
      boolean inImage = kill % 2 == 0;
      long after = (long) (random.nextDouble() * (inImage ? run.image() : run.duration() * 1.1));
      boolean finished = killAfter("restore", store, zip, after, inImage);
      boolean rolledBack = Files.exists(store.resolve(MARKER));
      Map<String, Integer> now = counts(store);
      String why = "seed " + (SEED + 1) + ", kill " + kill + " " + run.when(after, inImage);
      assertThat(now).as(why + ": the old store or the whole backup").isIn(before, backup);
      assertAnswersAndTakesAWrite(store, why);
      restored += now.equals(backup) ? 1 : 0;
      System.out.printf("crash restore %d: %s, %s%s%n", kill, why, now.equals(backup) ? "restored" : "old store",
          rolledBack ? " (rolled back by the image)" : finished ? " (finished before the kill)" : "");
    }
    System.out.printf("crash restore: %d kills, %d restored, %d old store%n", KILLS, restored, KILLS - restored);
  }

  private static void assertAnswersAndTakesAWrite(Path store, String why) throws IOException {
    try (Database db = Database.openEmbedded(store)) {
      assertThat(new se.namndbok.core.CoreServices(db, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).kvartalsrapporter().rapport(Lag.SOL, Kvartal.parse("2025Q1")))
          .as(why).isNotNull();
      Path one = csvOf(store.resolveSibling(store.getFileName() + "-ett.csv"), 1);
      Files.writeString(one, Files.readString(one).replace("K-0;", "EFTER-" + store.getFileName() + ";"));
      assertThat(new se.namndbok.core.CoreServices(db, TestStore.CLOCK, se.namndbok.core.testing.TextRenderers.create()).beslutImport().importera(one).nya()).as(why).isEqualTo(1);
    }
  }

  /**
   * A whole write: how long it took from the open store to its end, and how long the rollback image's marker
   * stood (ms; the whole write when it was never seen).
   */
  private record Run(long duration, long image) {
    String when(long after, boolean inImage) {
      return inImage ? after + " ms after the image's marker appeared (it stood " + image + " ms in a whole run)"
          : "after " + after + " ms of " + duration;
    }
  }

  /** Runs the child to its end, watching for the rollback image's marker. */
  private static Run runToTheEnd(String what, Path store, Path file) throws Exception {
    Process p = child(what, store, file);
    BufferedReader out = reader(p);
    waitFor(out, "open");
    long start = System.nanoTime();
    long[] marker = {-1, -1};
    Thread watch = new Thread(() -> {
      while (p.isAlive()) {
        if (Files.exists(store.resolve(MARKER))) {
          long now = System.nanoTime();
          marker[0] = marker[0] < 0 ? now : marker[0];
          marker[1] = now;
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    watch.setDaemon(true);
    watch.start();
    waitFor(out, "done");
    long duration = (System.nanoTime() - start) / 1_000_000;
    drain(out);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    watch.join();
    long image = marker[0] < 0 ? duration : Math.max(1, (marker[1] - marker[0]) / 1_000_000);
    return new Run(duration, image);
  }

  /**
   * Starts the child and kills it {@code millis} after its store is open or, {@code inImage}, after the rollback
   * image's marker appeared; true when it had finished by then.
   */
  private static boolean killAfter(String what, Path store, Path file, long millis, boolean inImage)
      throws Exception {
    Process p = child(what, store, file);
    BufferedReader out = reader(p);
    waitFor(out, "open");
    drain(out);
    while (inImage && p.isAlive() && !Files.exists(store.resolve(MARKER))) {
      Thread.sleep(1);
    }
    boolean finished = p.waitFor(millis, TimeUnit.MILLISECONDS);
    p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no clean close
    p.waitFor(1, TimeUnit.MINUTES);
    return finished;
  }

  private static Process child(String what, Path store, Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx512m",
        KilledWriteChild.class.getName(), what, store.toString(), file.toString())
        .redirectErrorStream(true).start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static void waitFor(BufferedReader out, String line) throws IOException {
    for (String l; (l = out.readLine()) != null; ) {
      if (l.equals(line)) {
        return;
      }
    }
    throw new AssertionError("the child ended before it said " + line);
  }

  /** Keeps reading what the child writes, so that its pipe never fills up and blocks it. */
  private static void drain(BufferedReader out) {
    Thread drain = new Thread(() -> {
      try {
        while (out.readLine() != null) {
          // discarded
        }
      } catch (IOException ignored) {
        // the child was killed
      }
    });
    drain.setDaemon(true);
    drain.start();
  }

  private static Map<String, Integer> counts(Path store) {
    try (Database db = Database.openEmbedded(store)) {
      return db.read(tx -> new TableDump().counts(tx));
    }
  }

  private static int importLines(Path store) {
    try (Database db = Database.openEmbedded(store)) {
      return db.read(tx -> tx.dsl().fetchCount(se.namndbok.core.db.generated.Tables.AUDIT_LOGG,
          se.namndbok.core.db.generated.Tables.AUDIT_LOGG.ENTITET.eq("import_beslut")));
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static Path csvOf(Path file, int rows) throws IOException {
    writeDecisions(file, rows, SEED);
    return file;
  }

  /** {@code rows} valid decisions K-0, K-1, … drawn from {@code seed}. */
  static void writeDecisions(Path file, int rows, long seed) throws IOException {
    String[] sol = {"AO-SABO", "AO-KORT", "AO-DAG", "AO-KP", "OF-SABO", "OF-KP", "IFO-BOST", "IFO-KP", "IFO-KF"};
    String[] lss = {"LSS-9.1", "LSS-9.2", "LSS-9.4", "LSS-9.9", "LSS-9.10"};
    String[] skal = {"TACKAT-NEJ", "PLATSBRIST", "HALSA", "OVRIGT", ""};
    Random r = new Random(seed);
    LocalDate first = LocalDate.of(2023, 10, 1);
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id;lag;insats;kön;födelseår;beslutsdatum;avbrottsdatum;verkställighetsdatum;avslutsdatum;"
          + "avslutsorsak;skäl\n");
      for (int i = 0; i < rows; i++) {
        boolean isSol = r.nextInt(10) < 6;
        LocalDate beslut = first.plusDays(r.nextInt(700));
        LocalDate verk = r.nextInt(10) < 6 ? beslut.plusDays(r.nextInt(200)) : null;
        if (verk != null && verk.isAfter(LocalDate.of(2025, 10, 1))) {
          verk = null;
        }
        w.write("K-" + i + ";" + (isSol ? "SoL" : "LSS") + ";" + (isSol ? sol[r.nextInt(sol.length)]
            : lss[r.nextInt(lss.length)]) + ";" + (r.nextBoolean() ? "K" : "M") + ";" + (1930 + r.nextInt(80)) + ";"
            + beslut + ";;" + (verk == null ? "" : verk) + ";;;" + skal[r.nextInt(skal.length)] + "\n");
      }
    }
  }
}
