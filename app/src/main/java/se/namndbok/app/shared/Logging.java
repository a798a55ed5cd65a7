package se.namndbok.app.shared;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points the log file at the data folder's log folder. Must run before the first logger is created: the
 * log's configuration ({@link LogConfiguration}) reads the property when logback initialises.
 */
public final class Logging {
  public static final String LOG_DIR_PROPERTY = "namndbok.log.dir";
  static final String SLF4J_VERBOSITY = org.slf4j.helpers.Reporter.SLF4J_INTERNAL_VERBOSITY_KEY;

  private Logging() {}

  public static Path configure(Path dataFolder) {
    Path folder = DataFolders.logFolder(dataFolder).toAbsolutePath();
    System.setProperty(LOG_DIR_PROPERTY, folder.toString());
    // SLF4J's own notes (e.g. "logging calls during the initialization phase … are now being replayed", when the
    // store is opened beside the command's start) went to the terminal in English; the log file has the calls
    // themselves. Its errors still show.
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    return logFile();
  }

  /**
   * What is logged through {@code java.util.logging} — JavaFX's own warnings and errors — goes to the log file with
   * the rest, instead of to the terminal in the JDK's format (where a user who started the window from a shell saw
   * JavaFX's English notes, and a fault report lacked them). For the window; the commands log nothing that way.
   */
  public static void routeJavaLogging() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  public static Path logFile() {
    String dir = System.getProperty(LOG_DIR_PROPERTY);
    return (dir == null ? DataFolders.logFolder(DataFolders.defaultFolder()) : Path.of(dir)).resolve("namndbok.log");
  }
}
