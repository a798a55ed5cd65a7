package se.namndbok.app.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.namnd.Namnd;

/**
 * Where a board's files go: the folder the user chose for it in Inställningar, remembered per user and board (a
 * shared store has one board but many users, each with their own Documents), or by default
 * {@code Documents/Nämndbok/<board name>}. Decision 0123.
 */
public final class OutputFolders {
  private static final Pattern XDG_DOCUMENTS = Pattern.compile("^XDG_DOCUMENTS_DIR=\"(.*)\"\\s*$", Pattern.MULTILINE);

  private OutputFolders() {}

  /** The board's folder (not created here). */
  public static Path folder(WindowPreferences preferences, Namnd n) {
    return preferences.outputFolder(key(n)).orElseGet(() -> defaultFolder(n.namn()));
  }

  public static void remember(WindowPreferences preferences, Namnd n, Path folder) {
    preferences.saveOutputFolder(key(n), folder.toAbsolutePath());
  }

  /** The board's folder, created if it does not exist yet. */
  public static Path created(WindowPreferences preferences, Namnd n) throws IOException {
    return Files.createDirectories(folder(preferences, n));
  }

  /** Stable across a renamed board, distinct between two stores' boards. */
  static String key(Namnd n) {
    return "namnd-" + n.id() + "-" + n.skapad().toEpochSecond(ZoneOffset.UTC);
  }

  static Path defaultFolder(String boardName) {
    return documents().resolve("Nämndbok").resolve(safeName(boardName));
  }

  /** A board name as a folder name: characters no file system allows become "-". */
  static String safeName(String name) {
    String s = name == null ? "" : name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("[. ]+$", "");
    return s.isEmpty() ? "Nämnden" : s;
  }

  /** The user's Documents folder as the platform names it. */
  static Path documents() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    if (os.startsWith("windows")) {
      try {
        return javax.swing.filechooser.FileSystemView.getFileSystemView().getDefaultDirectory().toPath();
      } catch (RuntimeException | Error e) {
        return home.resolve("Documents");
      }
    }
    return os.startsWith("mac") ? home.resolve("Documents") : xdgDocuments(System.getenv(), home);
  }

  /** Linux: {@code XDG_DOCUMENTS_DIR} from {@code user-dirs.dirs} ("$HOME/Dokument"), else ~/Documents. */
  static Path xdgDocuments(Map<String, String> env, Path home) {
    String config = env.get("XDG_CONFIG_HOME");
    Path dirs = (config == null || config.isBlank() ? home.resolve(".config") : Path.of(config)).resolve("user-dirs.dirs");
    try {
      Matcher m = XDG_DOCUMENTS.matcher(Files.readString(dirs));
      if (m.find()) {
        String value = m.group(1).replace("$HOME", home.toString());
        Path p = Path.of(value);
        if (p.isAbsolute() && !p.equals(home)) {
          return p;
        }
      }
    } catch (IOException | RuntimeException e) {
      // no user-dirs.dirs: the usual name
    }
    return home.resolve("Documents");
  }
}
