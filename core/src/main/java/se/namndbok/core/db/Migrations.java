package se.namndbok.core.db;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
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

/**
 * The Flyway scripts: applied to the embedded store at every start, to the shared one by its owner only. An
 * embedded store whose history already holds every script of this program is opened without Flyway (decision
 * 0106): one query instead of about a second of Flyway's scanning and validation at every start.
 */
final class Migrations {
  private static final String LOCATION = "db/migration";
  private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

  /** The migrations written in Java (where SQL cannot do the same on H2 and PostgreSQL). */
  private static final V89__Diariets_sokord[] JAVA = {new V89__Diariets_sokord()};

  private Migrations() {}

  private static Flyway flyway(DataSource ds, boolean shared) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true)
        .javaMigrations(JAVA);
    // A läsare's search_path starts with the masking views (decision 0091): the history lives in public.
    return (shared ? config.schemas("public") : config).load();
  }

  static String migrate(DataSource ds, boolean shared) {
    if (!shared) {
      Optional<String> current = upToDate(ds, scriptVersions());
      if (current.isPresent()) {
        return current.get();
      }
    }
    Flyway flyway = flyway(ds, shared);
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
    if (scripts.isEmpty()) {
      return Optional.empty();
    }
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
    if (!applied.equals(scripts)) {
      return Optional.empty();
    }
    return scripts.stream().max(Comparator.comparing(MigrationVersion::fromVersion));
  }

  /**
   * The versions of this program's migrations: the scripts ({@code V55__x.sql} is 55), read from the class path,
   * and the Java migrations.
   */
  static Set<String> scriptVersions() {
    Set<String> scripts = sqlVersions();
    if (!scripts.isEmpty()) {
      for (V89__Diariets_sokord m : JAVA) {
        scripts.add(m.getVersion().getVersion());
      }
    }
    return scripts;
  }

  private static Set<String> sqlVersions() {
    URL url = Migrations.class.getClassLoader().getResource(LOCATION);
    if (url == null) {
      return Set.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return versions(fs.provider().getPath(uri));
      }
      return versions(Path.of(uri));
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return Set.of();
    }
  }

  private static Set<String> versions(Path folder) throws IOException {
    Set<String> versions = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> {
        Matcher m = SCRIPT.matcher(f.getFileName().toString());
        if (m.matches()) {
          versions.add(m.group(1).replace('_', '.'));
        }
      });
    }
    return versions;
  }

  private static String version(MigrationInfo m) {
    return m == null ? "0" : m.getVersion().getVersion();
  }
}
