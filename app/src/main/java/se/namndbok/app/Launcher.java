package se.namndbok.app;

import java.util.Arrays;
import se.namndbok.app.shared.DataFolders;
import se.namndbok.app.shared.Logging;
import se.namndbok.app.shared.SwedishLocale;

/**
 * Entry point of namndbok.jar. Not a JavaFX Application, so that the jar runs with JavaFX on the classpath and
 * commands start without the toolkit. No command opens the window; a command runs headless and exits.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    SwedishLocale.install();
    Logging.configure(dataFolderArgument(args));
    int status = Commands.run(WindowLauncher::start, args);
    System.exit(status);
  }

  /** The --data folder, read before anything logs (LogConfiguration reads the log folder when logback starts). */
  static java.nio.file.Path dataFolderArgument(String[] args) {
    int i = Arrays.asList(args).indexOf("--data");
    if (i >= 0 && i + 1 < args.length) {
      return java.nio.file.Path.of(args[i + 1]);
    }
    for (String a : args) {
      if (a.startsWith("--data=")) {
        return java.nio.file.Path.of(a.substring("--data=".length()));
      }
    }
    return DataFolders.defaultFolder();
  }
}
