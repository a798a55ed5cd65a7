package se.namndbok.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import se.namndbok.app.cli.WindowUnavailableException;
import se.namndbok.app.shared.Logging;
import se.namndbok.app.shared.Programstart;
import se.namndbok.app.shared.SwedishLocale;

/**
 * The JDK 25 AOT cache's training run (decision 0149), at package time:
 * {@code java -XX:AOTCacheOutput=target/namndbok.aot -cp target/namndbok.jar se.namndbok.app.AotTraining}. In one
 * JVM, on a data folder of its own that it removes afterwards, it does what a start does: {@code demo} (a new store
 * through Flyway, jOOQ, the demo board), {@code statistik} on it, {@code --help} (every command's model), and,
 * when there is a screen, the window on the same folder until the diarium is shown with its rows, when the window
 * closes itself. The classes those load and link, and their methods' profiles, go into the cache; a start with
 * {@code -XX:AOTCache=namndbok.aot} reads them from there instead of loading them from the jar. Without a screen (a
 * build server), or where the window cannot open there (a DISPLAY that cannot be reached, GTK 3 missing), only the
 * commands train and the build goes on.
 */
public final class AotTraining {
  private AotTraining() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("namndbok-aot");
    int status;
    try {
      SwedishLocale.install();
      Logging.configure(folder);
      PrintStream out = System.out;
      System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        status = Commands.run(WindowLauncher::start, "--data", folder.toString(), "demo");
        status |= Commands.run(WindowLauncher::start, "--data", folder.toString(), "statistik", "--lag", "SoL",
            "--kvartal", "2025Q2");
        status |= Commands.run(WindowLauncher::start, "--help"); // every command's model: a line builds only its own
      } finally {
        System.setOut(out);
      }
      if (status == 0 && screen()) {
        System.setProperty(Programstart.TRAINING_PROPERTY, "true");
        String[] unavailable = {null};
        status = Commands.run(store -> {
          try {
            return WindowLauncher.start(store);
          } catch (WindowUnavailableException e) {
            unavailable[0] = e.getMessage();
            return 0;
          }
        }, "--data", folder.toString());
        System.out.println(unavailable[0] == null ? "AOT-träningen: kommandona och fönstret"
            : "AOT-träningen: kommandona (" + unavailable[0] + ")");
      } else {
        System.out.println("AOT-träningen: kommandona (ingen skärm för fönstret)");
      }
    } finally {
      delete(folder);
    }
    System.exit(status);
  }

  /** Whether JavaFX can open a window here: on Linux and other X11 systems only with a display. */
  static boolean screen() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      return true;
    }
    String display = System.getenv("DISPLAY");
    return display != null && !display.isBlank();
  }

  private static void delete(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder; the log file may still be open on Windows
    }
  }
}
