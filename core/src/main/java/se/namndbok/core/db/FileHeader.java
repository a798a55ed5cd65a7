package se.namndbok.core.db;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the embedded store's file header at the last chunk H2 wrote (decision record 0160).
 *
 * <p>H2 2.5.252 finds the newest state of a file that was not closed through its header: the header names a
 * chunk, and each chunk names where the next one is expected. When a chunk goes where it was not expected — into
 * space freed earlier, which is where most chunks go once the file has been used for a while — H2 rewrites the
 * header, but it does so before it records the chunk as the last one ({@code FileStore.storeBuffer} calls
 * {@code writeChunk}, which writes the header from {@code lastChunk}, and only then sets {@code lastChunk}). The
 * header keeps naming the chunk before, nothing leads to the new one, and a process ended before the next header
 * write opens without it: a committed and checkpointed action is gone. This class writes the header again,
 * under the lock H2 writes chunks under, so that it names the chunk that is last now (unless it already does, as
 * after a transaction that wrote nothing).
 *
 * <p>It reaches into H2's non-public API, as {@link InterruptedCommits} does; an H2 without it is logged once and
 * left as it is ({@code CompletedActionInFileTest} fails then).
 */
final class FileHeader {
  private static final Logger LOG = LoggerFactory.getLogger(FileHeader.class);
  private static final Access ACCESS = Access.find();

  private FileHeader() {}

  /** Writes the header of the file behind {@code connection} so that it names the last chunk written. */
  static void pointAtLastChunk(Connection connection) throws SQLException {
    if (ACCESS == null || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return;
    }
    var store = session.getDatabase().getStore();
    MVStore mvStore = store == null ? null : store.getMvStore();
    if (mvStore == null || mvStore.isClosed() || !(mvStore.getFileStore() instanceof RandomAccessStore file)
        || file.isReadOnly()) {
      return;
    }
    ACCESS.writeHeader(file);
  }

  /** The lock, the fields and the method, looked up once. */
  private record Access(Field lock, Field lastChunk, Field header, Method writeHeader) {
    static Access find() {
      try {
        Field lock = FileStore.class.getDeclaredField("saveChunkLock");
        Field lastChunk = FileStore.class.getDeclaredField("lastChunk");
        Field header = FileStore.class.getDeclaredField("storeHeader");
        Method writeHeader = RandomAccessStore.class.getDeclaredMethod("writeStoreHeader");
        lock.setAccessible(true);
        lastChunk.setAccessible(true);
        header.setAccessible(true);
        writeHeader.setAccessible(true);
        return new Access(lock, lastChunk, header, writeHeader);
      } catch (NoSuchFieldException | NoSuchMethodException | RuntimeException e) {
        LOG.error("Kan inte skriva databasfilens huvud med den här versionen av H2; det senast sparade kan gå "
            + "förlorat om programmet avbryts", e);
        return null;
      }
    }

    void writeHeader(RandomAccessStore file) throws SQLException {
      try {
        Lock saving = (Lock) lock.get(file);
        saving.lock();
        try {
          if (lastChunk.get(file) instanceof Chunk<?> last && !names((Map<?, ?>) header.get(file), last.id)) {
            writeHeader.invoke(file);
          }
        } finally {
          saving.unlock();
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw new SQLException("Kunde inte skriva databasfilens huvud", e.getCause());
      }
    }

    /** Whether the header already names chunk {@code id} (a number once H2 wrote it, hex text as read). */
    private static boolean names(Map<?, ?> header, int id) {
      return switch (header.get("chunk")) {
        case Number n -> n.intValue() == id;
        case String hex -> Integer.parseInt(hex, 16) == id;
        case null, default -> false;
      };
    }
  }
}
