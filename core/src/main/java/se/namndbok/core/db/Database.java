package se.namndbok.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store: the embedded H2 database in a per-user folder (default), or a shared PostgreSQL database.
 * Opening it brings the schema up to date with the Flyway scripts; both kinds run the same scripts and the
 * same jOOQ code.
 */
public final class Database implements Transactions, AutoCloseable {
  /** H2's error code for a database file locked by another process. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final DataSource dataSource;
  private final SQLDialect dialect;
  private final FileStore files;
  private final Runnable closer;

  private Database(DataSource dataSource, SQLDialect dialect, FileStore files, Runnable closer) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.files = files;
    this.closer = closer;
  }

  /** Opens (creating if needed) the embedded store in {@code folder}. */
  public static Database openEmbedded(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skapa datamappen " + folder, e);
    }
    // CACHE_SIZE is kept in the file and defaults to 16 MB; 64 MB keeps the statistics scans in memory.
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("namndbok")
        + ";CACHE_SIZE=65536;DB_CLOSE_ON_EXIT=FALSE";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "namndbok", "");
    pool.setMaxConnections(8);
    try {
      pool.getConnection().close();
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        throw new StoreInUseException(folder, e);
      }
      throw new IllegalStateException("Kunde inte öppna databasen i " + folder + ": " + e.getMessage(), e);
    }
    // Disposing the pool closes its connections; H2 closes the database with the last one.
    Database db = new Database(pool, SQLDialect.H2, new FileStore(folder.resolve("filer")), pool::dispose);
    db.migrate();
    return db;
  }

  /** Opens a shared PostgreSQL store; {@code fileFolder} is the shared folder for stored files. */
  public static Database openPostgres(String url, String user, String password, Path fileFolder) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    Database db = new Database(ds, SQLDialect.POSTGRES, new FileStore(fileFolder), () -> {});
    db.migrate();
    return db;
  }

  private String schemaVersion;

  private void migrate() {
    Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .failOnMissingLocations(true).load();
    flyway.migrate();
    var current = flyway.info().current();
    schemaVersion = current == null ? "0" : current.getVersion().getVersion();
  }

  /** The Flyway version the schema is at, e.g. "12". Backups carry it so a restore can refuse a mismatch. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** A jOOQ context for the persistence packages; services wrap their work in {@code transactionResult}. */
  public DSLContext dsl() {
    Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    return DSL.using(dataSource, dialect, settings);
  }

  /** The transaction the current thread is working in, while it is; see {@link Transactions}. */
  private final ScopedValue<Tx> current = ScopedValue.newInstance();

  @Override
  public <T> T inTransaction(Function<Tx, T> work) {
    DSLContext outer = current.isBound() ? current.get().dsl() : dsl();
    return outer.transactionResult(cfg -> within(new Tx(cfg.dsl()), work));
  }

  @Override
  public <T> T read(Function<Tx, T> work) {
    return current.isBound() ? work.apply(current.get()) : snapshot(work);
  }

  @Override
  public <T> T joined(Function<Tx, T> work) {
    if (!current.isBound()) {
      throw new IllegalStateException("audit and other joined work needs the caller's transaction");
    }
    return work.apply(current.get());
  }

  private <T> T within(Tx tx, Function<Tx, T> work) {
    return ScopedValue.where(current, tx).call(() -> work.apply(tx));
  }

  /**
   * Reads in one REPEATABLE READ transaction, so that a multi-table read (a backup) sees one moment of the
   * store even while the window writes.
   */
  public <T> T snapshot(Function<Tx, T> work) {
    if (current.isBound()) {
      return work.apply(current.get());
    }
    return dsl().connectionResult(c -> {
      boolean autoCommit = c.getAutoCommit();
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
      try {
        T result = within(new Tx(DSL.using(c, dialect, dsl().settings())), work);
        c.commit();
        return result;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(autoCommit);
      }
    });
  }

  public SQLDialect dialect() {
    return dialect;
  }

  public FileStore files() {
    return files;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    closer.run();
  }
}
