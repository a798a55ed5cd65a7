package se.namndbok.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import se.namndbok.core.anvandare.Behorighet;
import se.namndbok.core.shared.Clock;

/**
 * The store: the embedded H2 database in a per-user folder (default), or a shared PostgreSQL database. Both
 * run the same Flyway scripts and the same jOOQ code, through a HikariCP connection pool. The embedded store
 * brings its schema up to date when opened; the shared one is migrated only by its owner ({@code server init})
 * and otherwise checked (decision 0090).
 */
public final class Database implements Transactions, AutoCloseable {
  /** H2's error code for a database file locked by another process. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final HikariDataSource dataSource;
  private final SQLDialect dialect;
  private final FileStore files;
  private final Behorighet behorighet;
  private final Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
  private final Configuration configuration;
  private String schemaVersion;

  private Database(HikariDataSource dataSource, SQLDialect dialect, Function<Database, FileStore> files,
      Behorighet behorighet) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.behorighet = behorighet;
    this.configuration = new DefaultConfiguration().set(dataSource).set(dialect).set(settings)
        .set(new DefaultExecuteListenerProvider(new Behorighetskontroll(behorighet)));
    this.files = files.apply(this);
  }

  /** Opens (creating if needed) the embedded store in {@code folder}. */
  public static Database openEmbedded(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skapa datamappen " + folder, e);
    }
    HikariConfig c = new HikariConfig();
    // CACHE_SIZE is kept in the file and defaults to 16 MB; 64 MB keeps the statistics scans in memory.
    c.setJdbcUrl("jdbc:h2:file:" + folder.toAbsolutePath().resolve("namndbok") + ";CACHE_SIZE=65536;DB_CLOSE_ON_EXIT=FALSE");
    c.setUsername("namndbok");
    c.setPassword("");
    c.setMaximumPoolSize(8);
    // One idle connection keeps the database open; H2 closes it with the last connection.
    c.setMinimumIdle(1);
    c.setPoolName("namndbok-inbyggd");
    HikariDataSource pool = start(c, e -> {
      if (e instanceof SQLException s && s.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return new StoreInUseException(folder, e);
      }
      return new IllegalStateException("Kunde inte öppna databasen i " + folder + ": " + e.getMessage(), e);
    });
    Database db = new Database(pool, SQLDialect.H2, d -> new FolderFileStore(folder.resolve("filer")),
        Behorighet.allt(System.getProperty("user.name", "okänd")));
    db.schemaVersion = Migrations.migrate(pool, false);
    return db;
  }

  /**
   * Opens a shared PostgreSQL store as {@code user}. The schema must be the one this program expects (made by
   * {@code server init}); otherwise a {@link StoreConnectionException} says in Swedish what to do.
   */
  public static Database openPostgres(String url, String user, String password) {
    Database db = connectPostgres(url, user, password);
    try {
      db.schemaVersion = Migrations.check(db.dataSource, url);
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Connects to a shared PostgreSQL database without looking at its schema: for {@code server init}, which
   * creates or upgrades it as the database owner ({@link #migrateShared()}).
   */
  public static Database connectPostgres(String url, String user, String password) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername(user);
    c.setPassword(password == null ? "" : password);
    // A desktop client needs few connections: 20 clients stay well under PostgreSQL's default of 100.
    c.setMaximumPoolSize(4);
    c.setMinimumIdle(1);
    c.setConnectionTimeout(10_000);
    c.setPoolName("namndbok-" + user);
    c.addDataSourceProperty("ApplicationName", "Nämndbok");
    c.addDataSourceProperty("connectTimeout", "10");
    c.addDataSourceProperty("tcpKeepAlive", "true");
    HikariDataSource pool = start(c, e -> StoreConnectionException.from(url, user, e));
    try {
      return new Database(pool, SQLDialect.POSTGRES, DatabaseFileStore::new,
          Roller.inloggad(DSL.using(pool, SQLDialect.POSTGRES)));
    } catch (RuntimeException e) {
      pool.close();
      throw StoreConnectionException.from(url, user, e);
    }
  }

  private static HikariDataSource start(HikariConfig c, Function<Throwable, RuntimeException> failure) {
    c.setInitializationFailTimeout(1);
    try {
      return new HikariDataSource(c);
    } catch (HikariPool.PoolInitializationException e) {
      throw failure.apply(e.getCause() == null ? e : e.getCause());
    }
  }

  /** Brings the shared schema up to date (Flyway); only the database owner may. Returns the new version. */
  public String migrateShared() {
    schemaVersion = Migrations.migrate(dataSource, true);
    return schemaVersion;
  }

  /** The Flyway version the schema is at, e.g. "12". Backups carry it so a restore can refuse a mismatch. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** True for the shared PostgreSQL store, false for the embedded one. */
  public boolean shared() {
    return dialect == SQLDialect.POSTGRES;
  }

  /** The authenticated database user of a shared store; empty for the embedded store (one user, the OS's). */
  public Optional<String> user() {
    return shared() ? Optional.of(behorighet.anvandare().namn()) : Optional.empty();
  }

  /** The logged-in user's roles: every change is checked against them before it runs (decision 0091). */
  public Behorighet behorighet() {
    return behorighet;
  }

  /**
   * The clock and the name changes are recorded under: the authenticated database user in the shared store
   * (the audit trigger enforces it there too), the OS user in the embedded one.
   */
  public Clock clock() {
    Clock system = Clock.system();
    return shared() ? new Clock(system.clock(), behorighet.anvandare().namn()) : system;
  }

  /** A jOOQ context for the persistence packages; services wrap their work in {@code transactionResult}. */
  public DSLContext dsl() {
    return DSL.using(configuration);
  }

  /** The transaction the current thread is working in, while it is; see {@link Transactions}. */
  private final ScopedValue<Tx> current = ScopedValue.newInstance();

  @Override
  public <T> T inTransaction(Function<Tx, T> work) {
    try {
      DSLContext outer = current.isBound() ? current.get().dsl() : dsl();
      return outer.transactionResult(cfg -> within(new Tx(cfg.dsl()), work));
    } catch (RuntimeException e) {
      throw translated(e);
    }
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
   * Reads in one REPEATABLE READ transaction, so that a multi-table read (a backup, a document) sees one moment
   * of the store even while others write.
   */
  public <T> T snapshot(Function<Tx, T> work) {
    if (current.isBound()) {
      return work.apply(current.get());
    }
    try {
      return dsl().connectionResult(c -> {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
        try {
          T result = within(new Tx(DSL.using(configuration.derive(c))), work);
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
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  /** A lost connection becomes the Swedish {@link StoreUnavailableException}; anything else is passed on. */
  private RuntimeException translated(RuntimeException e) {
    return shared() && !(e instanceof StoreUnavailableException) && SqlStates.connectionLost(e)
        ? new StoreUnavailableException(e) : e;
  }

  /**
   * Reports the tables colleagues change (the shared store, through LISTEN/NOTIFY) until closed; the embedded
   * store has one user and reports nothing.
   */
  public AutoCloseable bevaka(Andringsbevakning.Lyssnare lyssnare) {
    if (!shared()) {
      return () -> {};
    }
    return new Andringsbevakning(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(),
        lyssnare).start();
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
    dataSource.close();
  }
}
