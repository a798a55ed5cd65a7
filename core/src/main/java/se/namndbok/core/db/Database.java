package se.namndbok.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store: the embedded H2 database in a per-user folder (default), or a shared PostgreSQL database.
 * Opening it brings the schema up to date with the Flyway scripts; both kinds run the same scripts and the
 * same jOOQ code. The embedded folder is private to its user and may be encrypted with a password.
 */
public final class Database implements Transactions, AutoCloseable {
  private final EmbeddedStore embedded;
  private final DataSource dataSource;
  private final SQLDialect dialect;
  private final FileStore files;
  private final Runnable closer;
  /** Shared by ordinary writes, held alone by a long write while its rollback image stands. */
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
  private String schemaVersion;

  private Database(EmbeddedStore embedded, DataSource dataSource, SQLDialect dialect, FileStore files,
      Runnable closer) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.files = files;
    this.closer = closer;
  }

  /** Opens (creating if needed) the unencrypted embedded store in {@code folder}. */
  public static Database openEmbedded(Path folder) {
    return openEmbedded(folder, null);
  }

  /**
   * Opens (creating if needed) the embedded store in {@code folder}; {@code password} (null for none) opens an
   * encrypted store, or creates a new one encrypted. A killed long write is rolled back first and commits a
   * killed process left half done are finished.
   */
  public static Database openEmbedded(Path folder, char[] password) {
    EmbeddedStore store = EmbeddedStore.open(folder, password);
    Database db = new Database(store, store.dataSource(), SQLDialect.H2, new FileStore(folder.resolve("filer")),
        store::close);
    db.migrate();
    store.secure();
    return db;
  }

  /** Opens a shared PostgreSQL store; {@code fileFolder} is the shared folder for stored files. */
  public static Database openPostgres(String url, String user, String password, Path fileFolder) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    Database db = new Database(null, ds, SQLDialect.POSTGRES, new FileStore(fileFolder), () -> {});
    db.migrate();
    return db;
  }

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

  @Override
  public <T> T inTransaction(Function<Tx, T> work) {
    gate.readLock().lock();
    try {
      return dsl().transactionResult(cfg -> work.apply(new Tx(cfg.dsl())));
    } finally {
      gate.readLock().unlock();
    }
  }

  /**
   * Runs a long write (one transaction that {@code work} commits) so that a crash at any moment leaves all of it
   * or none: in the embedded store other writes wait while a rollback image of the file stands (decision
   * record 0130); PostgreSQL rolls back a transaction whose client died by itself.
   */
  @Override
  public <T> T whole(Supplier<T> work) {
    if (embedded == null) {
      return work.get();
    }
    if (gate.getReadHoldCount() > 0) {
      throw new IllegalStateException("a long write cannot start inside a transaction");
    }
    gate.writeLock().lock();
    try (Connection c = dataSource.getConnection()) {
      return new RollbackImage(embedded.folder()).around(c, work);
    } catch (SQLException e) {
      throw new IllegalStateException("Kunde inte nå databasen", e);
    } finally {
      gate.writeLock().unlock();
    }
  }

  /**
   * Runs {@code work} on one connection held throughout, for a long write in steps: its short transactions and
   * its temporary (staging) tables share the connection, and the temporary tables vanish with it, also when the
   * process is killed (H2 drops them on the next open, PostgreSQL when the session ends).
   */
  @Override
  public <T> T onOneConnection(Function<Transactions, T> work) {
    return dsl().connectionResult(c -> {
      DSLContext bound = DSL.using(c, dialect, dsl().settings());
      return work.apply(new Transactions() {
        @Override
        public <R> R inTransaction(Function<Tx, R> unit) {
          gate.readLock().lock();
          try {
            return bound.transactionResult(cfg -> unit.apply(new Tx(cfg.dsl())));
          } finally {
            gate.readLock().unlock();
          }
        }

        @Override
        public <R> R whole(Supplier<R> longWrite) {
          return Database.this.whole(longWrite);
        }
      });
    });
  }

  /**
   * Reads in one REPEATABLE READ transaction, so that a multi-table read (a backup) sees one moment of the
   * store even while the window writes.
   */
  public <T> T snapshot(Function<Tx, T> work) {
    gate.readLock().lock();
    try {
      return snapshotUnlocked(work);
    } finally {
      gate.readLock().unlock();
    }
  }

  private <T> T snapshotUnlocked(Function<Tx, T> work) {
    return dsl().connectionResult(c -> {
      boolean autoCommit = c.getAutoCommit();
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
      try {
        T result = work.apply(new Tx(DSL.using(c, dialect, dsl().settings())));
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

  /** The embedded store's folder, or null for a shared PostgreSQL database. */
  public Path folder() {
    return embedded == null ? null : embedded.folder();
  }

  /** A private folder for intermediate files, cleared at every open; null for a shared PostgreSQL database. */
  public Path workFolder() {
    return embedded == null ? null : embedded.work();
  }

  /** Whether this is the embedded store and its file is encrypted. */
  public boolean encrypted() {
    return embedded != null && embedded.encrypted();
  }

  /** Whether the embedded store in {@code folder} exists and is encrypted (then it needs its password). */
  public static boolean isEncrypted(Path folder) {
    return EmbeddedStore.isEncrypted(folder);
  }

  /**
   * Encrypts the embedded store with {@code newPassword}, changes its password, or (null) removes the encryption,
   * in one step while the store stays open; other work waits meanwhile. The password is never stored.
   */
  public void changePassword(char[] newPassword) {
    if (embedded == null) {
      throw new IllegalStateException("only the embedded store is encrypted");
    }
    if (newPassword != null && newPassword.length < MIN_PASSWORD) {
      throw se.namndbok.core.shared.ValidationException.of("Lösenord", "måste ha minst " + MIN_PASSWORD + " tecken");
    }
    if (gate.getReadHoldCount() > 0) {
      throw new IllegalStateException("cannot change the password inside a transaction");
    }
    gate.writeLock().lock();
    try {
      embedded.rekey(newPassword);
    } finally {
      gate.writeLock().unlock();
    }
  }

  /** The shortest password the store accepts. */
  public static final int MIN_PASSWORD = 8;

  /** The password the encrypted embedded store was opened with (in memory only), or null. */
  public char[] password() {
    return embedded == null ? null : embedded.password();
  }

  @Override
  public void close() {
    closer.run();
  }
}
