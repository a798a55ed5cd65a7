package se.namndbok.app.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The program's version, written into {@code version.properties} from the pom at build time. */
public final class ProgramVersion {
  private static final String VERSION = load();

  private ProgramVersion() {}

  /** "1.0.0", or "1.1.0-SNAPSHOT" for a build between releases. */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ProgramVersion.class.getResourceAsStream("/se/namndbok/app/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties saknas; bygg programmet med Maven");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
