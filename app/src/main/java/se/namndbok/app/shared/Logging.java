package se.namndbok.app.shared;

import java.nio.file.Path;

/**
 * Points the log file at the data folder's log folder. Must run before the first logger is created: the
 * logback configuration (logback.xml) reads the property when it initialises.
 */
public final class Logging {
  public static final String LOG_DIR_PROPERTY = "namndbok.log.dir";

  private Logging() {}

  public static Path configure(Path dataFolder) {
    Path folder = DataFolders.logFolder(dataFolder).toAbsolutePath();
    System.setProperty(LOG_DIR_PROPERTY, folder.toString());
    return logFile();
  }

  public static Path logFile() {
    String dir = System.getProperty(LOG_DIR_PROPERTY);
    return (dir == null ? DataFolders.logFolder(DataFolders.defaultFolder()) : Path.of(dir)).resolve("namndbok.log");
  }
}
