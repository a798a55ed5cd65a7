package se.namndbok.app.start;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import se.namndbok.app.shared.Programstart;
import se.namndbok.core.testing.BenchmarkLine;

/**
 * Start-up with the outside clock (issue 10, point 3), every run a fresh JVM with the same flags, program and
 * floor taking turns in the same run, after one discarded warm-up run of each:
 * <ul>
 *   <li>the usable diarium: from process start to the program's marker line on standard out (the window shown and
 *       the diarium table laid out with its rows, {@link Programstart}) against {@link StartFloor}, a JavaFX
 *       program that opens the same H2 file and fills a table with the same rows and prints the same marker;
 *   <li>a command on a small store ({@code statistik} on the demo board) against {@code --help} of the same
 *       program, from process start to exit.
 * </ul>
 * The program runs as the README starts it, {@code java -XX:AOTCache=namndbok.aot -Xlog:aot=off -jar namndbok.jar}
 * with the AOT cache {@code package} trained beside the jar (decision 0149; without one, plain {@code -jar}); the
 * floor runs with namndbok.jar and the test classes on the class path and no cache. Without a DISPLAY the benchmark starts its own Xvfb if there is one and GTK 3 (which JavaFX needs
 * on X11), else it uses Monocle's headless platform for both, as the window tests do. Prints one BENCHMARK line per ratio; nothing is asserted.
 */
public final class StartBenchmark {
  private static final long TIMEOUT_S = 180;

  private final Path jar;
  private final Path work;
  private final int rounds;
  private final List<String> flags = new ArrayList<>();
  private final List<String> extraClasspath = new ArrayList<>();
  private final Path home;
  private final Path log;
  private String display;

  StartBenchmark(Path jar, Path work, int rounds) {
    this.jar = jar;
    this.work = work;
    this.rounds = rounds;
    this.home = work.resolve("home");
    this.log = work.resolve("stderr.log");
  }

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "target/namndbok.jar").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " saknas: bygg först med mvn -DskipTests package");
    }
    Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "start");
    new StartBenchmark(jar, work, rounds).run();
  }

  void run() throws Exception {
    Files.createDirectories(home);
    Process xvfb = screen();
    try {
      checkCache();
      Path demo = work.resolve("demo");
      command("demo", List.of("--data", demo.toString(), "demo"));
      List<String> cmd = List.of("--data", demo.toString(), "statistik", "--lag", "SoL", "--kvartal", "2025Q2");
      List<String> help = List.of("--help");
      System.out.printf("Start, %d omgångar efter en uppvärmning; java %s; skärm: %s; %s; AOT-cache: %s%n", rounds,
          Runtime.version(), display, jar, aotCache() == null ? "ingen" : aotCache());
      // warm-up: the files in the page cache, the first run's folders made
      window(program(demo), "Diariet", true);
      window(floor(demo), "Diariet", false);
      command("statistik", cmd);
      command("help", help);
      List<Double> diarium = new ArrayList<>();
      List<Double> commands = new ArrayList<>();
      List<Long> egen = new ArrayList<>();
      List<Long> yttre = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        Window f = window(floor(demo), "Diariet", false);
        Window p = window(program(demo), "Diariet", true);
        long h = command("help", help);
        long c = command("statistik", cmd);
        diarium.add((double) p.nanos() / f.nanos());
        commands.add((double) c / h);
        if (p.own() >= 0) {
          egen.add(p.own());
          yttre.add(p.nanos() / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "omgång %d: diariet %d ms (fönstret %d ms), golv %d ms = %.2f× | statistik %d ms,"
            + " --help %d ms = %.2f× | programmets egen siffra för diariet %d ms%n", round, p.nanos() / 1_000_000,
            p.windowNanos() / 1_000_000, f.nanos() / 1_000_000, diarium.getLast(), c / 1_000_000, h / 1_000_000,
            commands.getLast(), p.own());
      }
      BenchmarkLine.print("start-diarium", "Start till användbart diarium (demonämnden) mot ett JavaFX-fönster som "
          + "öppnar samma H2-fil och fyller en tabell", diarium, BenchmarkLine.atMost(1.3));
      BenchmarkLine.print("start-kommando", "Kommandot statistik på demonämnden mot --help", commands,
          BenchmarkLine.atMost(1.5));
      if (!egen.isEmpty()) {
        long diff = 0;
        for (int i = 0; i < egen.size(); i++) {
          diff += yttre.get(i) - egen.get(i);
        }
        System.out.printf("Yttre klockan minus programmets loggade tid för diariet: i medel %d ms (JVM:ens start "
            + "räknas efter processens)%n", diff / egen.size());
      }
    } finally {
      if (xvfb != null) {
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private List<String> program(Path demo) {
    return launcher(List.of("--data", demo.toString()));
  }

  /**
   * The program as the README starts it: {@code java -XX:AOTCache=namndbok.aot -Xlog:aot=off -jar namndbok.jar},
   * with the AOT cache the build trained beside the jar (decision 0149) when there is one, and native access from
   * the jar's manifest (the cache holds only for the module options it was trained with). On Monocle the jar and
   * Monocle's go on the class path instead. The floor gets no cache.
   */
  private List<String> launcher(List<String> args) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path cache = aotCache();
    if (cache != null) {
      line.add("-XX:AOTCache=" + cache);
      line.add("-Xlog:aot=off");
    }
    if (extraClasspath.isEmpty()) {
      line.addAll(flags.stream().filter(f -> !f.startsWith("--enable-native-access")).toList());
      line.add("-jar");
      line.add(jar.toString());
      line.addAll(args);
      return line;
    }
    List<String> onClasspath = java(jar.toString(), "se.namndbok.app.Launcher", args);
    line.addAll(onClasspath.subList(1, onClasspath.size()));
    return line;
  }

  /**
   * A cache beside the jar that the JVM refuses (another jar's, or trained with other module options) would be
   * left out silently by the README's command, and the benchmark would measure a start without it: refused here,
   * with the JVM's reason, by a {@code --version} with {@code -XX:AOTMode=on}.
   */
  private void checkCache() throws IOException, InterruptedException {
    Path cache = aotCache();
    if (cache == null) {
      return;
    }
    List<String> line = new ArrayList<>(launcher(List.of("--version")));
    line.set(line.indexOf("-Xlog:aot=off"), "-XX:AOTMode=on");
    Process p = builder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("JVM:en tar inte AOT-cachen " + cache + " (bygg om med mvn package):\n" + out);
    }
  }

  private Path aotCache() {
    Path cache = jar.resolveSibling("namndbok.aot");
    return Files.isRegularFile(cache) ? cache : null;
  }

  private List<String> floor(Path demo) {
    String classes = Path.of(codeSource(StartFloor.class)).toString();
    return java(jar + java.io.File.pathSeparator + classes, StartFloor.class.getName(), List.of(demo.toString()));
  }

  private List<String> java(String classpath, String main, List<String> args) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.addAll(flags);
    List<String> cp = new ArrayList<>(List.of(classpath));
    cp.addAll(extraClasspath);
    line.add("-cp");
    line.add(String.join(java.io.File.pathSeparator, cp));
    line.add(main);
    line.addAll(args);
    return line;
  }

  private ProcessBuilder builder(List<String> line) {
    ProcessBuilder pb = new ProcessBuilder(line);
    pb.environment().put("HOME", home.toString());
    if (display != null && !display.equals("Monocle")) {
      pb.environment().put("DISPLAY", display);
    }
    pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return pb;
  }

  /** One run of a command to its exit; returns the nanoseconds from process start. */
  private long command(String what, List<String> args) throws IOException, InterruptedException {
    ProcessBuilder pb = builder(launcher(args));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(what + " blev inte klart; se " + log);
    }
    long nanos = System.nanoTime() - start;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(what + " slutade med " + p.exitValue() + "; se " + log);
    }
    return nanos;
  }

  record Window(long nanos, long windowNanos, long own) {}

  private record Line(String text, long at) {}

  /**
   * One start to the marker line for {@code what}; the process is then ended (SIGTERM, as when a session ends) and
   * waited for, so the next start finds the store free. A thread of its own reads standard out and notes when each
   * line came.
   */
  private Window window(List<String> line, String what, boolean ownFigure) throws IOException, InterruptedException {
    ProcessBuilder pb = builder(line);
    long start = System.nanoTime();
    Process p = pb.start();
    BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    Thread reader = Thread.ofPlatform().daemon().start(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
          lines.add(new Line(l, System.nanoTime() - start));
        }
      } catch (IOException e) {
        // the process ended
      }
      lines.add(new Line(null, System.nanoTime() - start));
    });
    try {
      long deadline = start + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
      long shown = -1;
      long windowShown = -1;
      long own = -1;
      long ownDeadline = Long.MAX_VALUE;
      while (own < 0 && System.nanoTime() < Math.min(deadline, ownDeadline)) {
        Line l = lines.poll(Math.min(deadline, ownDeadline) - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (l == null) {
          break;
        }
        if (l.text() == null) {
          throw new IllegalStateException("avslutades före " + what + "; se " + log);
        }
        if (l.text().equals(Programstart.MARKER + what)) {
          shown = l.at();
          // the program's own figure comes a moment later from its measuring thread; the floor has none
          ownDeadline = ownFigure ? System.nanoTime() + TimeUnit.SECONDS.toNanos(3) : 0;
        } else if (l.text().equals(Programstart.MARKER + "Fönstret")) {
          windowShown = l.at();
        } else if (l.text().startsWith(Programstart.OWN_MARKER + what + "|")) {
          own = Long.parseLong(l.text().substring(l.text().lastIndexOf('|') + 1));
        }
      }
      if (shown < 0) {
        throw new IllegalStateException(what + " visades inte inom " + TIMEOUT_S + " s; se " + log);
      }
      return new Window(shown, windowShown, own);
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
      reader.join(5_000);
    }
  }

  /**
   * The screen both run on: the DISPLAY if there is one, else an Xvfb of our own on a free display number (with
   * GTK 3), else
   * Monocle's headless platform (its jar from this JVM's class path). Returns the Xvfb process to end, or null.
   */
  private Process screen() throws IOException, InterruptedException {
    flags.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Duser.home=" + home, "-Dfile.encoding=UTF-8",
        "-D" + Programstart.PROPERTY + "=true"));
    String env = System.getenv("DISPLAY");
    if (env != null && !env.isBlank()) {
      display = env;
      return null;
    }
    Path xvfb = onPath("Xvfb");
    if (xvfb != null && gtk3()) {
      for (int n = 90; n < 120; n++) {
        if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
          continue;
        }
        Process p = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("xvfb.log").toFile()))
            .start();
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        for (int i = 0; i < 100 && p.isAlive() && !Files.exists(socket); i++) {
          Thread.sleep(50);
        }
        if (p.isAlive() && Files.exists(socket)) {
          display = ":" + n;
          return p;
        }
        p.destroy();
      }
    }
    String monocle = null;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.contains("openjfx-monocle")) {
        monocle = entry;
      }
    }
    if (monocle == null) {
      throw new IllegalStateException("Ingen skärm: varken DISPLAY, Xvfb eller Monocle på klassvägen");
    }
    extraClasspath.add(monocle);
    flags.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"));
    display = "Monocle";
    return null;
  }

  /** JavaFX on X11 needs GTK 3; without it an Xvfb is of no use. */
  private static boolean gtk3() {
    for (String dir : List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
        "/usr/lib/aarch64-linux-gnu")) {
      if (Files.exists(Path.of(dir, "libgtk-3.so.0"))) {
        return true;
      }
    }
    return false;
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static java.net.URI codeSource(Class<?> c) {
    try {
      return c.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

}
