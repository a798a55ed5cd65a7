package se.namndbok.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.namndbok.app.Launcher;
import se.namndbok.app.testing.ProgramClasspath;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.PrivateFiles;

/**
 * kill -9 of the real program ({@code namndbok.jar}'s {@link Launcher} in a child process) at seeded random
 * moments while it writes {@code export kallelse}, {@code backup} and {@code ivo -o}: 3 kills each in the normal
 * suite ({@code crash.exportkills}), 30 each in the {@code soak} profile. Afterwards the target is absent, the old file or the whole new one, and once the
 * store has been opened again (the next start) no temporary file is left beside it (decision record 0134: a
 * killed write leaves a note by which the next start removes its ".NAME.RANDOM.tmp"). Each kill comes a seeded
 * random time after the export's temporary file appeared, up to 1.2 times the write's duration in a full run
 * (measured first), so most land in the middle of the write and some after it; the store holds 20,000 more
 * decisions than the demo, so that the IVO list's write lasts long enough to be hit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledExportTest {
  private static final int KILLS = Integer.getInteger("crash.exportkills", 3);
  private static final long SEED = Long.getLong("crash.seed", 20261202L);
  private static final int DECISIONS = 20_000;
  private static final byte[] OLD = "den gamla filen\n".getBytes(StandardCharsets.UTF_8);

  private Path work;
  private Path data;

  /** One export: its name, the arguments after {@code --data DIR} given the target, how a whole file reads. */
  private record Export(String name, String file, List<String> args, Checker whole) {}

  @FunctionalInterface
  private interface Checker {
    void check(Path file, Path full) throws IOException;
  }

  @BeforeAll
  void demoStore() throws Exception {
    work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash")), "export");
    data = work.resolve("data");
    Process p = child(List.of("demo"));
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output(p)).isZero();
    // the demo's 82 decisions are written in a few milliseconds: 20,000 more give the IVO list a real write
    Path beslut = work.resolve("beslut.csv");
    StringBuilder csv = new StringBuilder("id;lag;insats;kön;födelseår;beslutsdatum;skäl\n");
    for (int i = 0; i < DECISIONS; i++) {
      csv.append("KRASCH-").append(i).append(";SoL;AO-SABO;").append(i % 2 == 0 ? "K" : "M").append(";1940;2025-01-")
          .append(String.format("%02d", 1 + i % 28)).append(";PLATSBRIST\n");
    }
    Files.writeString(beslut, csv);
    Process i = child(List.of("import", "beslut", beslut.toString()));
    assertThat(i.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(i.exitValue()).as(output(i)).isZero();
  }

  @Test
  void aFreshStoreMadeByTheProgramIsItsUsersAloneLogIncluded() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(PrivateFiles.posix(), "POSIX permissions (Linux, macOS)");
    List<Path> all;
    try (Stream<Path> walk = Files.walk(data)) {
      all = walk.toList();
    }
    assertThat(all).anyMatch(p -> p.getFileName().toString().equals("namndbok.log"))
        .anyMatch(p -> p.getFileName().toString().equals("namndbok.mv.db"));
    for (Path p : all) {
      String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
      assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
    }
  }

  @Test
  void aKilledKallelseExportLeavesNoTemporaryFileAndNoPartOfTheKallelse() throws Exception {
    killDuring(new Export("kallelse", "kallelse.pdf", List.of("export", "kallelse", "--sammantrade", "2025-10-23"),
        (file, full) -> {
          try (PDDocument done = Loader.loadPDF(file.toFile()); PDDocument expected = Loader.loadPDF(full.toFile())) {
            assertThat(done.getNumberOfPages()).isEqualTo(expected.getNumberOfPages());
          }
        }), 1);
  }

  @Test
  void aKilledBackupLeavesNoTemporaryFileAndNoPartOfTheBackup() throws Exception {
    killDuring(new Export("backup", "kopia.zip", List.of("backup"), (file, full) ->
        assertThat(entries(file)).isEqualTo(entries(full))), 2);
  }

  @Test
  void aKilledIvoListLeavesNoTemporaryFileAndNoPartOfTheList() throws Exception {
    killDuring(new Export("ivo", "ivo.csv", List.of("ivo", "--lag", "SoL", "--kvartal", "2025Q2"), (file, full) ->
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(full))), 3);
  }

  private void killDuring(Export export, int stream) throws Exception {
    Path fullDir = Files.createDirectories(work.resolve(export.name() + "-helt"));
    Path full = fullDir.resolve(export.file());
    long[] window = runToTheEnd(export, full);
    Random random = new Random(SEED + stream);
    int midWrite = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      Path dir = Files.createDirectories(work.resolve(export.name() + "-" + kill));
      Path target = dir.resolve(export.file());
      boolean old = kill % 2 == 0;
      if (old) {
        Files.write(target, OLD);
      }
      long write = window[1] - window[0];
      long after = (long) (random.nextDouble() * 1.2 * write);
      String why = export.name() + ": seed " + (SEED + stream) + ", kill " + kill + " " + after
          + " ms after its temporary file appeared (the write took " + write + " ms in a full run)";
      killAfter(export, dir, target, after);
      boolean leftover = !temporaryFiles(dir).isEmpty();
      midWrite += leftover ? 1 : 0;
      Database.openEmbedded(data).close(); // the next start
      assertThat(temporaryFiles(dir)).as(why).isEmpty();
      if (!Files.exists(target)) {
        assertThat(old).as(why + ": the old file is gone").isFalse();
      } else if (!Arrays.equals(Files.readAllBytes(target), OLD)) {
        export.whole().check(target, full);
      }
      System.out.printf("killed %s %d: %s, %s%s%n", export.name(), kill, why,
          !Files.exists(target) ? "no file" : Arrays.equals(Files.readAllBytes(target), OLD) ? "old file" : "whole file",
          leftover ? " (a temporary file was left and removed at the next start)" : "");
    }
    System.out.printf("killed %s: %d kills, %d during the write%n", export.name(), KILLS, midWrite);
  }

  /**
   * Runs the export to its end into {@code full}; returns when (ms after the child started) its temporary file
   * was first and last seen, or the end of the run when it was never seen.
   */
  private long[] runToTheEnd(Export export, Path full) throws Exception {
    long start = System.nanoTime();
    Process p = child(args(export, full));
    long first = -1;
    long last = -1;
    while (p.isAlive()) {
      if (!temporaryFiles(full.getParent()).isEmpty()) {
        long now = (System.nanoTime() - start) / 1_000_000;
        first = first < 0 ? now : first;
        last = now;
      }
      Thread.sleep(2);
    }
    long end = (System.nanoTime() - start) / 1_000_000;
    assertThat(p.exitValue()).as(output(p)).isZero();
    assertThat(full).exists();
    assertThat(temporaryFiles(full.getParent())).isEmpty();
    return first < 0 ? new long[] {end * 8 / 10, end} : new long[] {first, Math.max(last, first + 1)};
  }

  /** Starts the export and kills it {@code millis} after its temporary file appeared in {@code dir}. */
  private void killAfter(Export export, Path dir, Path target, long millis) throws Exception {
    Process p = child(args(export, target));
    while (p.isAlive() && temporaryFiles(dir).isEmpty()) {
      Thread.sleep(1);
    }
    p.waitFor(millis, TimeUnit.MILLISECONDS);
    p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no clean close
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
  }

  private List<String> args(Export export, Path target) {
    List<String> args = new ArrayList<>(export.args());
    args.addAll(List.of("-o", target.toString()));
    return args;
  }

  private Process child(List<String> args) throws IOException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the program's class path, so its own log configuration (ProgramClasspath);
    // C1 only and the serial collector: the children start in about half the time
    List<String> command = new ArrayList<>(List.of(javaBin, "-cp", ProgramClasspath.get(), "-Xmx512m",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
        "-Duser.home=" + work.toAbsolutePath(), Launcher.class.getName(), "--data", data.toString()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("utskrift-" + System.nanoTime() + ".txt").toFile()).start();
  }

  private String output(Process p) {
    return "see " + work + "/utskrift-*.txt";
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".") && f.getFileName().toString().endsWith(".tmp"))
          .toList();
    }
  }

  /** Every entry's name, each read through (a cut or damaged zip throws). */
  private static List<String> entries(Path zip) throws IOException {
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        in.transferTo(java.io.OutputStream.nullOutputStream()); // checks the entry's CRC
        entries.add(e.getName());
      }
    }
    assertThat(entries).isNotEmpty();
    return entries;
  }
}
