package se.namndbok.app.shared;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the embedded store lives when no {@code --data} is given: the OS's per-user application-data folder. */
public final class DataFolders {
  private DataFolders() {}

  public static Path defaultFolder() {
    return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static Path defaultFolder(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      return appData != null ? Path.of(appData, "Namndbok") : home.resolve("AppData").resolve("Roaming").resolve("Namndbok");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Namndbok");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("namndbok");
  }

  /** The log folder inside a data folder; its path is what a user sends on with a fault report. */
  public static Path logFolder(Path dataFolder) {
    return dataFolder.resolve("logg");
  }
}
