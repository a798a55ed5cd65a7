package se.namndbok.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.namndbok.core.shared.PrivateFiles;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file behind a {@link Database}: its private folder, the rollback of an interrupted long write
 * and of half-finished commits, and (optionally) the file's encryption with a password that is never stored
 * (decision record 0136). The connection pool can be replaced while the store stays open, for re-encryption.
 */
final class EmbeddedStore {
  static final String FILE = "namndbok.mv.db";
  /** The first bytes of a file H2 has encrypted. */
  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
  /**
   * A file at least this large (bytes) and less than {@link #SPARSE_FILL_RATE} per cent live is rewritten when a
   * writer closes it: one large transaction (the first import of a million decisions) leaves H2's file some 28
   * times larger than its data, and H2's 200 ms at close barely starts on that (decision record 0157).
   */
  static final long SPARSE_MIN_BYTES = 64L << 20;
  static final int SPARSE_FILL_RATE = 25;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedStore.class);
  private static final int DATABASE_ALREADY_OPEN = 90020;
  private static final int ENCRYPTION_ERROR = 90049;

  private final Path folder;
  /** False: H2 does not compact the file when it closes (MAX_COMPACT_TIME=0; Database.Compaction). */
  private final boolean compactOnClose;
  private volatile JdbcConnectionPool pool;
  private volatile boolean encrypted;
  /** Kept in memory only, for the backups of an encrypted store (which are encrypted with it too). */
  private volatile char[] password;
  private final DataSource dataSource = new Delegating();

  private EmbeddedStore(Path folder, boolean compactOnClose) {
    this.folder = folder;
    this.compactOnClose = compactOnClose;
  }

  /** Intermediate files of backups and restores; cleared at every open, so a killed one leaves nothing. */
  static final String WORK = "arbete";

  static EmbeddedStore open(Path folder, char[] password, boolean compactOnClose) {
    PrivateFiles.secureFolder(folder);
    RollbackImage.restoreIfInterrupted(folder);
    boolean fileEncrypted = isEncrypted(folder);
    if (fileEncrypted && password == null) {
      throw PasswordException.missing(folder);
    }
    if (!fileEncrypted && password != null && Files.exists(folder.resolve(FILE))) {
      throw PasswordException.notEncrypted(folder);
    }
    EmbeddedStore store = new EmbeddedStore(folder, compactOnClose);
    store.connect(password);
    se.namndbok.core.shared.TempFiles.storeOpened(folder); // only now: this process holds the folder
    store.clearWork();
    store.removeTraceFile();
    return store;
  }

  /** Whether the database file in {@code folder} exists and is encrypted. */
  static boolean isEncrypted(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte läsa databasen i " + folder, e);
    }
  }

  /** An earlier version's H2 trace file, which may hold failed statements' values in plain text (see connect). */
  private void removeTraceFile() {
    try {
      Files.deleteIfExists(folder.resolve("namndbok.trace.db"));
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte ta bort namndbok.trace.db i " + folder, e);
    }
  }

  private void connect(char[] password) {
    boolean withCipher = password != null;
    // CACHE_SIZE is kept in the file and defaults to 16 MB; 64 MB keeps the statistics scans in memory.
    // TRACE_LEVEL_FILE=0: H2 otherwise writes every failed statement, with its literal values and the keys of a
    // violated constraint, in plain text to namndbok.trace.db beside the store — also beside an encrypted one.
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("namndbok")
        + ";CACHE_SIZE=65536;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
        + (compactOnClose ? "" : ";MAX_COMPACT_TIME=0")
        + (withCipher ? ";CIPHER=AES" : "");
    JdbcConnectionPool created = JdbcConnectionPool.create(url, "namndbok",
        withCipher ? FileKey.of(password) + " " : "");
    created.setMaxConnections(8);
    try (Connection first = created.getConnection()) {
      InterruptedCommits.finish(first);
    } catch (SQLException e) {
      created.dispose();
      throw refused(e);
    }
    this.pool = created;
    this.encrypted = withCipher;
    this.password = password == null ? null : password.clone();
  }

  private RuntimeException refused(SQLException e) {
    if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
      return new StoreInUseException(folder, e);
    }
    if (e.getErrorCode() == ENCRYPTION_ERROR) {
      return PasswordException.wrong(folder);
    }
    return new IllegalStateException("Kunde inte öppna databasen i " + folder + ": " + e.getMessage(), e);
  }

  /**
   * Encrypts the file with {@code newPassword}, changes its password, or (null) decrypts it, in one step: the
   * store is closed, a copy is rewritten in the work folder and moved over the file, and the store opens again.
   * A crash before the move leaves the old file; after it, the new one. The caller holds the write gate.
   */
  void rekey(char[] newPassword) {
    JdbcConnectionPool old = pool;
    if (old.getActiveConnections() > 0) {
      throw se.namndbok.core.shared.ValidationException.of("Lösenord", "databasen används just nu av en import "
          + "eller säkerhetskopiering; försök igen när den är klar");
    }
    char[] previous = password();
    old.dispose();
    Path work = work().resolve("omkryptering");
    try {
      Files.createDirectories(work);
      Files.copy(folder.resolve(FILE), work.resolve("omkryptering.mv.db"));
      org.h2.tools.ChangeFileEncryption.execute(work.toString(), "omkryptering", "AES",
          previous == null ? null : FileKey.of(previous).toCharArray(),
          newPassword == null ? null : FileKey.of(newPassword).toCharArray(), true);
      PrivateFiles.restrict(work.resolve("omkryptering.mv.db"));
      Files.move(work.resolve("omkryptering.mv.db"), folder.resolve(FILE),
          java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | SQLException e) {
      connect(previous);
      throw new IllegalStateException("Kunde inte kryptera om databasen; den är oförändrad", e);
    } finally {
      clearWork();
    }
    connect(newPassword);
  }

  /**
   * Makes the files H2 created private (the folder already is; a new database file is not). H2 writes only beside
   * the store, so only the folder's own files are looked at: {@link #open} walked the whole folder already, and a
   * second walk cost as much again (0.4-0.6 s per walk over 50,000 attachments on Linux; decision 0155).
   */
  void secure() {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        PrivateFiles.restrict(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skydda databasens filer i " + folder, e);
    }
  }

  Path folder() {
    return folder;
  }

  /** The private work folder (created if missing). */
  Path work() {
    Path work = folder.resolve(WORK);
    PrivateFiles.secureFolder(work);
    return work;
  }

  private void clearWork() {
    Path work = folder.resolve(WORK);
    if (!Files.exists(work)) {
      return;
    }
    try (java.util.stream.Stream<Path> all = Files.walk(work)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte tömma arbetsmappen " + work, e);
    }
  }

  boolean encrypted() {
    return encrypted;
  }

  char[] password() {
    char[] p = password;
    return p == null ? null : p.clone();
  }

  DataSource dataSource() {
    return dataSource;
  }

  /**
   * Writes what has been committed to the file (H2's {@code CHECKPOINT}: the changes reach the operating system,
   * which keeps them when the process ends however it ends; no sync to the disk, which a power cut would need and
   * which costs milliseconds per action), and points the file's header at it, which H2 alone does not always do
   * ({@link FileHeader}). A failure is logged: the action stands committed in the open store.
   */
  void writeToFile() {
    JdbcConnectionPool p = pool;
    if (p == null) {
      return;
    }
    try (Connection c = p.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("CHECKPOINT");
      FileHeader.pointAtLastChunk(c);
    } catch (SQLException e) {
      LOG.warn("Det som sparades i {} kunde inte skrivas till filen nu; H2 skriver det senare", folder, e);
    }
  }

  /**
   * Closes every connection; H2 closes the database with the last one. A writer's close rewrites a file that is
   * mostly free space first ({@link #SPARSE_MIN_BYTES}).
   */
  void close() {
    se.namndbok.core.shared.TempFiles.storeClosed(folder);
    JdbcConnectionPool p = pool;
    if (p != null) {
      if (compactOnClose) {
        compactIfSparse(p);
      }
      p.dispose();
    }
  }

  /**
   * Rewrites the file with only its live pages ({@code SHUTDOWN COMPACT}: H2 writes a new file beside it and
   * renames it over the old one, so a kill meanwhile leaves the old file) when it is large and mostly free space.
   * A failure leaves the file as it was, which is still whole; it is logged, not thrown.
   */
  private void compactIfSparse(JdbcConnectionPool p) {
    Path file = folder.resolve(FILE);
    try {
      long size = Files.size(file);
      if (size < SPARSE_MIN_BYTES) {
        return;
      }
      try (Connection c = p.getConnection(); java.sql.Statement st = c.createStatement()) {
        int fill = fillRate(st);
        if (fill >= SPARSE_FILL_RATE) {
          return;
        }
        long t0 = System.nanoTime();
        st.execute("SHUTDOWN COMPACT");
        LOG.info("Databasfilen var {} MB men bara {} % användes; omskriven till {} MB på {} ms", size >> 20, fill,
            Files.size(file) >> 20, (System.nanoTime() - t0) / 1_000_000);
      }
      secure();
    } catch (IOException | SQLException | RuntimeException e) {
      LOG.warn("Databasfilen i {} kunde inte skrivas om när den stängdes; den är oförändrad", folder, e);
    }
  }

  /**
   * How much of the file is live pages, in per cent: the share of its blocks in chunks ({@code info.FILL_RATE})
   * times the share of those chunks' pages still live ({@code info.CHUNKS_FILL_RATE}). Either alone misses a
   * case: a chunk with no live page stays allocated for H2's retention time (45 s), and free blocks between
   * chunks are not in any chunk.
   */
  static int fillRate(java.sql.Statement st) throws SQLException {
    int blocks = 100;
    int pages = 100;
    try (java.sql.ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
        + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
      while (rs.next()) {
        int value = Integer.parseInt(rs.getString(2));
        if (rs.getString(1).equals("info.FILL_RATE")) {
          blocks = value;
        } else {
          pages = value;
        }
      }
    }
    return blocks * pages / 100;
  }

  /** Hands out connections of whichever pool is current. */
  private final class Delegating implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return pool.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
      pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return pool.isWrapperFor(iface);
    }
  }
}
