import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Build step of every {@code mvn package} of the app (app/pom.xml, decision 0149 and 0163): the JDK 25 AOT cache
 * beside the jar, from a training run of the jar ({@code se.namndbok.app.AotTraining}: demo, statistik, --help and
 * the window to the diarium). Run with the JDK's source launcher:
 * {@code java app/src/build/AotTrain.java app/target/namndbok.jar app/target/namndbok.aot}.
 *
 * <p>The window is what a start spends its time on, so the training needs a screen. On Linux without a
 * {@code DISPLAY} (a build server, CI, a terminal over ssh) it starts an Xvfb of its own, where there is one, for
 * the training's time; without one the cache holds the commands only and the build says so. A cache trained
 * without the window started the demo board's diarium at 1.8 times the floor instead of 1.25 (decision 0163).
 *
 * <p>A training run that fails fails the build: the JVM writes a cache also after an exception in the training,
 * and a cache of half a start is not what the README's command should find. One that hangs on an Xvfb of its own
 * (5 minutes; it takes well under one) is redone with the commands only; one that hangs otherwise (15 minutes)
 * fails the build.
 */
public final class AotTrain {
  static final String TRAINING_CLASS = "se.namndbok.app.AotTraining";
  /** A training with the window takes well under a minute; one that runs for this long hangs on the screen. */
  private static final long WINDOW_MINUTES = 5;
  private static final long TIMEOUT_MINUTES = 15;

  private AotTrain() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path java = Path.of(System.getProperty("java.home"), "bin", windows() ? "java.exe" : "java");
    train(java, cache, List.of("-cp", jar.toString()));
  }

  /**
   * Runs {@link #TRAINING_CLASS} with {@code java} (the build's JDK or an installer image's runtime) and
   * {@code options} (its class path and module options, which must be those the program starts with), writing
   * {@code cache}; throws when the training fails, hangs or writes no cache.
   */
  static void train(Path java, Path cache, List<String> options) throws IOException, InterruptedException {
    Files.deleteIfExists(cache);
    List<String> line = new ArrayList<>(List.of(java.toString(), "-XX:AOTCacheOutput=" + cache,
        // the AOT cache's own notes on classes it skips; errors still show
        "-Xlog:aot=error", "-Xlog:cds=error"));
    line.addAll(options);
    line.add(TRAINING_CLASS);
    Screen screen = Screen.forTraining();
    try {
      System.out.println("AOT-träningen: " + screen.description());
      boolean done = run(line, cache, screen.display(), screen.own() ? WINDOW_MINUTES : TIMEOUT_MINUTES);
      if (!done && screen.own()) {
        // a window that never reached the diarium on our own Xvfb (a display or GTK fault of the build machine)
        // must not stop the build: the commands are trained alone, as on a machine without Xvfb
        System.out.println("AOT-träningen: fönstret blev inte klart på " + WINDOW_MINUTES + " minuter; tränar "
            + "bara kommandona");
        done = run(line, cache, null, TIMEOUT_MINUTES);
      }
      if (!done) {
        throw new IllegalStateException("AOT-träningen blev inte klar; ingen cache skrevs. Bygg utan den med "
            + "-Daot.skip=true");
      }
      System.out.printf(Locale.ROOT, "AOT-cache: %s (%.1f MB)%n", cache, Files.size(cache) / 1e6);
    } finally {
      screen.close();
    }
  }

  /**
   * One training run of {@code line}, which writes {@code cache}, with {@code display} (null: none); false when it
   * did not end within {@code minutes} (it is then ended and its cache removed). Throws when it failed or wrote no
   * cache.
   */
  private static boolean run(List<String> line, Path cache, String display, long minutes)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(line).inheritIO();
    if (display != null) {
      pb.environment().put("DISPLAY", display);
    } else {
      pb.environment().remove("DISPLAY");
    }
    Process p = pb.start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly); // the JVM that assembles the cache
      p.destroyForcibly().waitFor();
      Files.deleteIfExists(cache);
      return false;
    }
    if (p.exitValue() != 0 || !Files.isRegularFile(cache)) {
      Files.deleteIfExists(cache);
      throw new IllegalStateException("AOT-träningen misslyckades (status " + p.exitValue() + "); ingen cache "
          + "skrevs. Bygg utan den med -Daot.skip=true");
    }
    return true;
  }

  static boolean windows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
  }

  /** The screen the training's window opens on: the user's, an Xvfb of its own, or none (commands only). */
  record Screen(String display, Process xvfb, String description) implements AutoCloseable {
    /** An Xvfb of ours: a window that hangs there is the build machine's fault, not the program's to stop on. */
    boolean own() {
      return xvfb != null;
    }

    static Screen forTraining() throws IOException, InterruptedException {
      String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
      if (os.contains("win") || os.contains("mac")) {
        return new Screen(null, null, "fönstret på skrivbordet");
      }
      String display = System.getenv("DISPLAY");
      if (display != null && !display.isBlank()) {
        return new Screen(display, null, "fönstret på DISPLAY " + display);
      }
      Path xvfb = onPath("Xvfb");
      if (xvfb == null) {
        return new Screen(null, null, "bara kommandona (ingen DISPLAY och ingen Xvfb; installera xvfb för en cache "
            + "som också gör fönstrets start snabb)");
      }
      // -displayfd: Xvfb takes a free display number itself and writes it on its standard out when it is ready,
      // so builds side by side cannot take the same one
      Process p = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten",
          "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String number;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        number = out.readLine();
      }
      if (number == null || !number.strip().matches("[0-9]+")) {
        p.destroy();
        p.waitFor(10, TimeUnit.SECONDS);
        return new Screen(null, null, "bara kommandona (Xvfb startade inte)");
      }
      return new Screen(":" + number.strip(), p, "fönstret på en egen Xvfb, DISPLAY :" + number.strip());
    }

    @Override
    public void close() throws InterruptedException {
      if (xvfb != null) {
        xvfb.destroy();
        if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
          xvfb.destroyForcibly();
        }
      }
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
  }
}
