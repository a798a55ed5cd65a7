package se.namndbok.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * run the same Flyway scripts and the same jOOQ code. The embedded store brings its schema up to date when
 * opened, is private to its user and may be encrypted with a password; the shared one goes through a HikariCP
 * pool and is migrated only by its owner ({@code server init}) and otherwise checked (decision 0090).
 */
public final class Database implements Transactions, AutoCloseable {
  private final EmbeddedStore embedded;
  private final HikariDataSource pool;
  private final DataSource dataSource;
  private final SQLDialect dialect;
  private final FileStore files;
  private final Behorighet behorighet;
  private final Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
  private final Configuration configuration;
  /** Shared by ordinary writes, held alone by a long write while its rollback image stands. */
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
  private String schemaVersion;

  private Database(EmbeddedStore embedded, HikariDataSource pool, SQLDialect dialect,
      Function<Database, FileStore> files, Behorighet behorighet) {
    this.embedded = embedded;
    this.pool = pool;
    DataSource dataSource = embedded != null ? embedded.dataSource() : pool;
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.behorighet = behorighet;
    this.configuration = new DefaultConfiguration().set(dataSource).set(dialect).set(settings)
        .set(new DefaultExecuteListenerProvider(new Behorighetskontroll(behorighet)));
    this.files = files.apply(this);
  }

  /**
   * Does beforehand, without a store, what opening an embedded one will need: reads the program's migration
   * versions, registers H2's driver and initialises jOOQ's tables of the schema. Nothing is opened or locked on
   * disk, so a command can run this on a thread of its own while its command line is still being parsed
   * (decision 0149). Failures are left for the real opening to report. (Starting H2's engine on an in-memory
   * database as well cost more than it saved: most of opening the file is H2 reading that file's schema.)
   */
  public static void prepareEmbedded() {
    Migrations.prepare();
    try {
      org.h2.Driver.load();
      Class.forName(se.namndbok.core.db.generated.Tables.class.getName(), true, Database.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // only a head start; the store's own opening says what is wrong
    }
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
    return openEmbedded(folder, password, OpenProgress.NONE);
  }

  /**
   * {@link #openEmbedded(Path, char[])}, telling {@code progress} how an upgrade of the store's schema goes (an
   * upgrade can take minutes on a large store; the window shows it instead of only "Öppnar …").
   */
  public static Database openEmbedded(Path folder, char[] password, OpenProgress progress) {
    return openEmbedded(folder, password, progress, Compaction.ON_CLOSE);
  }

  /** What H2 does to the embedded store's file when it closes (decision 0155). */
  public enum Compaction {
    /** H2's default: up to 200 ms of compacting the file, for the window and every command that writes. */
    ON_CLOSE,
    /**
     * None: for a command that only reads, whose close would otherwise spend up to 200 ms rewriting what earlier
     * writers left behind; the next store closed {@link #ON_CLOSE} does it.
     */
    LEFT_TO_WRITERS
  }

  /** {@link #openEmbedded(Path, char[], OpenProgress)} with the given {@link Compaction} at close. */
  public static Database openEmbedded(Path folder, char[] password, OpenProgress progress, Compaction compaction) {
    EmbeddedStore store = EmbeddedStore.open(folder, password, compaction == Compaction.ON_CLOSE);
    try {
      Database db = new Database(store, null, SQLDialect.H2, d -> new FolderFileStore(folder.resolve("filer")),
          Behorighet.allt(System.getProperty("user.name", "okänd")));
      db.schemaVersion = Migrations.migrate(store.dataSource(), false, progress);
      store.secure();
      return db;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
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
      return new Database(null, pool, SQLDialect.POSTGRES, DatabaseFileStore::new,
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

  /** The shared store's JDBC address (without password); null for the embedded store. */
  public String address() {
    return pool == null ? null : pool.getJdbcUrl();
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
    gate.readLock().lock();
    try {
      return transaction(current.isBound() ? current.get().dsl() : dsl(), work);
    } catch (RuntimeException e) {
      throw translated(e);
    } finally {
      gate.readLock().unlock();
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

  /**
   * One transaction on {@code dsl} (joined to the caller's when there is one). When it is the outermost and the
   * store is the embedded one, what it committed goes to the file now, so that a process killed or ended afterwards
   * (SIGTERM, a log-off, Ctrl+C, the task manager) still has it: H2 keeps a commit in memory until its background
   * writer stores it, and with a pool and no close at exit that could be never (h2database issue 1259; decision
   * record 0159).
   */
  private <T> T transaction(DSLContext dsl, Function<Tx, T> work) {
    boolean outermost = !current.isBound();
    T result = dsl.transactionResult(cfg -> within(new Tx(cfg.dsl()), work));
    if (outermost && embedded != null) {
      embedded.writeToFile();
    }
    return result;
  }

  private <T> T within(Tx tx, Function<Tx, T> work) {
    return ScopedValue.where(current, tx).call(() -> work.apply(tx));
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
      DSLContext bound = configuration.derive(new org.jooq.impl.DefaultConnectionProvider(c)).dsl();
      return work.apply(new Transactions() {
        @Override
        public <R> R inTransaction(Function<Tx, R> unit) {
          gate.readLock().lock();
          try {
            return transaction(bound, unit);
          } catch (RuntimeException e) {
            throw translated(e);
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
   * Reads in one REPEATABLE READ transaction, so that a multi-table read (a backup, a document) sees one moment
   * of the store even while others write.
   */
  public <T> T snapshot(Function<Tx, T> work) {
    if (current.isBound()) {
      return work.apply(current.get());
    }
    gate.readLock().lock();
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
    } finally {
      gate.readLock().unlock();
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
    return new Andringsbevakning(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), lyssnare).start();
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
    if (embedded != null) {
      embedded.close();
    } else {
      pool.close();
    }
  }
}
