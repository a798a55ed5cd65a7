package se.namndbok.core.db;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The Flyway scripts: applied to the embedded store at every start, to the shared one by its owner only. An
 * embedded store whose history already holds every script of this program is opened without Flyway (decision
 * 0106): one query instead of about a second of Flyway's scanning and validation at every start.
 */
final class Migrations {
  private static final String LOCATION = "db/migration";
  private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

  /** Said before each step of an upgrade; the steps themselves say more where they take long (V89). */
  static final String STEG = "Uppgraderar databasen till den här versionen av Nämndbok (steg %d av %d). "
      + "Stäng inte programmet medan det pågår.";

  private Migrations() {}

  /** {@code progress}: told of each step and of the Java migrations' own progress. */
  private static Flyway flyway(DataSource ds, boolean shared, OpenProgress progress, int steps) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true)
        .javaMigrations(javaMigrations(progress));
    if (progress != OpenProgress.NONE) {
      config.callbacks(new BaseCallback() { // "steg i av n" before each migration Flyway applies
        private int step;

        @Override
        public boolean supports(Event event, Context context) {
          return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public void handle(Event event, Context context) {
          step++;
          progress.step(String.format(STEG, step, Math.max(step, steps)));
        }
      });
    }
    // A läsare's search_path starts with the masking views (decision 0091): the history lives in public.
    return (shared ? config.schemas("public") : config).load();
  }

  private static Flyway flyway(DataSource ds, boolean shared) {
    return flyway(ds, shared, OpenProgress.NONE, 0);
  }

  /** The migrations written in Java (where SQL cannot do the same on H2 and PostgreSQL). */
  private static JavaMigration[] javaMigrations(OpenProgress progress) {
    return new JavaMigration[] {new V89__Diariets_sokord(progress)};
  }

  static String migrate(DataSource ds, boolean shared) {
    return migrate(ds, shared, OpenProgress.NONE);
  }

  /**
   * Brings the store's schema up to this program's; {@code progress} hears of the steps when an existing
   * embedded store is upgraded (nothing when it is up to date or new).
   */
  static String migrate(DataSource ds, boolean shared, OpenProgress progress) {
    OpenProgress upgrade = OpenProgress.NONE;
    int steps = 0;
    if (!shared) {
      Optional<Set<String>> applied = applied(ds);
      Optional<String> current = applied.flatMap(a -> upToDate(a, scriptVersions()));
      if (current.isPresent()) {
        return current.get();
      }
      if (applied.isPresent() && !applied.get().isEmpty()) {
        upgrade = progress;
        steps = (int) scriptVersions().stream().filter(v -> !applied.get().contains(v)).count();
      }
    }
    Flyway flyway = flyway(ds, shared, upgrade, steps);
    flyway.migrate();
    return version(flyway.info().current());
  }

  /** Checks that a shared schema is exactly the one this program expects; returns its version. */
  static String check(DataSource ds, String url) {
    MigrationInfoService info = flyway(ds, true).info();
    MigrationInfo current = info.current();
    if (current == null) {
      throw new StoreConnectionException("Databasen " + url + " är inte förberedd för Nämndbok. Den som äger "
          + "databasen kör en gång: namndbok --db " + url + " --db-user ÄGARE server init");
    }
    if (current.getState() == MigrationState.FUTURE_SUCCESS) {
      throw new StoreConnectionException("Databasen " + url + " har uppgraderats av en nyare Nämndbok (version "
          + version(current) + "). Uppdatera programmet.");
    }
    if (info.pending().length > 0) {
      throw new StoreConnectionException("Databasen " + url + " har version " + version(current) + " men den här "
          + "Nämndbok behöver version " + version(info.pending()[info.pending().length - 1]) + ". Den som äger "
          + "databasen uppgraderar den med: namndbok --db " + url + " --db-user ÄGARE server init");
    }
    return version(current);
  }

  /**
   * The store's version when its history holds exactly {@code scripts} as successful migrations; empty when
   * anything differs or the history cannot be read (a new store), and Flyway must look.
   */
  static Optional<String> upToDate(DataSource ds, Set<String> scripts) {
    return applied(ds).flatMap(applied -> upToDate(applied, scripts));
  }

  private static Optional<String> upToDate(Set<String> applied, Set<String> scripts) {
    if (scripts.isEmpty() || !applied.equals(scripts)) {
      return Optional.empty();
    }
    return scripts.stream().max(Comparator.comparing(MigrationVersion::fromVersion));
  }

  /**
   * The versions the store's history holds as successful migrations (empty set: a history without any); empty
   * when there is no history (a new store) or a failed migration is in it, and Flyway must look.
   */
  private static Optional<Set<String>> applied(DataSource ds) {
    Set<String> applied = new TreeSet<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
            + " WHERE \"version\" IS NOT NULL")) {
      while (rs.next()) {
        if (!rs.getBoolean(2)) {
          return Optional.empty();
        }
        applied.add(rs.getString(1));
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
    return Optional.of(applied);
  }

  /**
   * The versions of this program's migrations: the scripts ({@code V55__x.sql} is 55), read from the class path,
   * and the Java migrations. Read once per process (the class path does not change) and unmodifiable; the first
   * caller reads them, a second one at the same time waits for that (decision 0149: {@link #prepare()}).
   */
  static Set<String> scriptVersions() {
    return Scripts.VERSIONS;
  }

  /** Reads {@link #scriptVersions()} now, on the calling thread, if no one has yet. */
  static void prepare() {
    scriptVersions();
  }

  private static final class Scripts {
    static final Set<String> VERSIONS = read();

    private static Set<String> read() {
      Set<String> scripts = sqlVersions();
      if (!scripts.isEmpty()) {
        for (JavaMigration m : javaMigrations(OpenProgress.NONE)) {
          scripts.add(m.getVersion().getVersion());
        }
      }
      return java.util.Collections.unmodifiableSet(scripts);
    }
  }

  /**
   * The scripts' versions. In the jar, from its own index of entries (the class loader has the jar open already);
   * a zip file system over the 34 MB jar built an index of its own first and cost 0.1-0.2 s of every start.
   */
  private static Set<String> sqlVersions() {
    URL url = Migrations.class.getClassLoader().getResource(LOCATION);
    if (url == null) {
      return new TreeSet<>();
    }
    try {
      if (url.openConnection() instanceof JarURLConnection jar) {
        String prefix = LOCATION + "/";
        Set<String> versions = new TreeSet<>();
        jar.getJarFile().stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix))
            .map(n -> n.substring(prefix.length())).forEach(n -> add(versions, n));
        return versions;
      }
      return versions(Path.of(url.toURI()));
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return new TreeSet<>();
    }
  }

  private static void add(Set<String> versions, String fileName) {
    Matcher m = SCRIPT.matcher(fileName);
    if (m.matches()) {
      versions.add(m.group(1).replace('_', '.'));
    }
  }

  private static Set<String> versions(Path folder) throws IOException {
    Set<String> versions = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> add(versions, f.getFileName().toString()));
    }
    return versions;
  }

  private static String version(MigrationInfo m) {
    return m == null ? "0" : m.getVersion().getVersion();
  }
}
