package se.namndbok.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.shared.PrivateFiles;
import se.namndbok.core.shared.ValidationException;

/**
 * All or nothing for a long write in the embedded store, also when the process is killed at any moment
 * (decision record 0130). Before the write the database file is copied, consistently, to an image beside it (a zip
 * with the file, read through H2's own channel so that the store's lock on it holds)
 * and a marker is written; after the write has committed and reached the disk both are removed. A process
 * killed in between leaves the marker, and the next open puts the image back before H2 reads the file. H2's
 * own recovery of a large transaction killed mid-commit cannot be trusted (see {@link InterruptedCommits});
 * a rename can.
 */
final class RollbackImage {
  private static final Logger LOG = LoggerFactory.getLogger(RollbackImage.class);
  private static final String DATABASE = "namndbok.mv.db";
  private static final String IMAGE = "namndbok.fore-skrivning.mv.db";
  private static final String MARKER = "namndbok.skrivning-pagar";

  private final Path folder;

  RollbackImage(Path folder) {
    this.folder = folder;
  }

  /**
   * Before H2 opens the folder: if a long write was interrupted, puts the image back over the database file.
   * Returns true when it did. A leftover image without a marker (the write had finished) is removed.
   */
  static boolean restoreIfInterrupted(Path folder) {
    Path marker = folder.resolve(MARKER);
    Path image = folder.resolve(IMAGE);
    try {
      if (Files.exists(marker) && Files.exists(image)) {
        LOG.warn("En lång skrivning i {} avbröts; databasen återställs till läget före den", folder);
        if (isZip(image)) {
          Path unpacked = folder.resolve(IMAGE + ".tmp");
          try (ZipInputStream in = new ZipInputStream(Files.newInputStream(image))) {
            if (in.getNextEntry() == null) {
              throw new IOException("den säkra kopian " + image + " är tom");
            }
            Files.copy(in, unpacked, StandardCopyOption.REPLACE_EXISTING);
          }
          force(unpacked);
          Files.move(unpacked, folder.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          Files.deleteIfExists(image);
        } else { // an image an earlier version took: the file itself
          Files.move(image, folder.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(marker);
        return true;
      }
      Files.deleteIfExists(marker);
      Files.deleteIfExists(image);
      Files.deleteIfExists(folder.resolve(IMAGE + ".tmp"));
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte återställa databasen i " + folder + " efter en avbruten skrivning", e);
    }
  }

  /** Runs {@code work} (which commits one transaction) between taking the image and removing it. */
  <T> T around(Connection connection, Supplier<T> work) {
    take(connection);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      drop(); // the transaction was rolled back in-process: the file is as the image
      throw e;
    }
    checkpoint(connection);
    drop();
    return result;
  }

  private void take(Connection connection) {
    Path database = folder.resolve(DATABASE);
    Path tmp = folder.resolve(IMAGE + ".tmp");
    try {
      requireSpace(database);
      checkpoint(connection);
      // Read through the channel H2 holds, not by opening the file again: closing any other handle on the file
      // drops the process's lock on it on Linux and macOS (POSIX), and a command or a second window could then
      // open the store beside this one and corrupt it (found in a walk: Files.copy here). H2's backup reads its
      // own channel, the file's bytes as on disk (encrypted when the store is), with space reuse off meanwhile.
      copyThroughH2sChannel(mvStore(connection), tmp);
      PrivateFiles.restrict(tmp);
      force(tmp);
      Files.move(tmp, folder.resolve(IMAGE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.write(folder.resolve(MARKER), new byte[0]);
      PrivateFiles.restrict(folder.resolve(MARKER));
      force(folder.resolve(MARKER));
      forceFolder();
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte ta en säker kopia av databasen före skrivningen", e);
    }
  }

  /**
   * The file's bytes as on disk into {@code tmp}: positional reads of the channel H2 locked (its raw channel when
   * the store is encrypted), space reuse off meanwhile as H2's own backup does — at the speed of a file copy
   * (H2's backup deflates into a zip, which made an unchanged re-import of 300,000 decisions 30 % slower).
   * Without the channel (another H2 version) it falls back to that backup.
   */
  private static void copyThroughH2sChannel(MVStore store, Path tmp) throws IOException {
    FileChannel from = CHANNEL == null ? null : CHANNEL.of(store.getFileStore());
    if (from == null) {
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
        zip.setLevel(Deflater.BEST_SPEED);
        store.getFileStore().backup(zip);
      }
      return;
    }
    boolean reused = store.getFileStore().isSpaceReused();
    store.setReuseSpace(false);
    try (FileChannel to = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(1 << 20);
      long size = from.size();
      for (long position = 0; position < size; ) {
        buffer.clear();
        int read = from.read(buffer, position);
        if (read < 0) {
          break;
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
          to.write(buffer);
        }
        position += read;
      }
    } finally {
      store.setReuseSpace(reused);
    }
  }

  private static final ChannelAccess CHANNEL = ChannelAccess.find();

  /** H2's channels on the file, looked up once (H2 2.x's SingleFileStore; null with another layout). */
  private record ChannelAccess(java.lang.reflect.Field raw, java.lang.reflect.Field plain) {
    static ChannelAccess find() {
      try {
        var raw = org.h2.mvstore.SingleFileStore.class.getDeclaredField("originalFileChannel");
        var plain = org.h2.mvstore.SingleFileStore.class.getDeclaredField("fileChannel");
        raw.setAccessible(true);
        plain.setAccessible(true);
        return new ChannelAccess(raw, plain);
      } catch (NoSuchFieldException | RuntimeException e) {
        LOG.warn("H2:s kanal till databasfilen hittas inte; den säkra kopian tas med H2:s säkerhetskopiering", e);
        return null;
      }
    }

    /** The raw channel (the encrypted bytes when the store is encrypted), or null. */
    FileChannel of(org.h2.mvstore.FileStore<?> store) {
      if (!(store instanceof org.h2.mvstore.SingleFileStore single)) {
        return null;
      }
      try {
        FileChannel c = (FileChannel) raw.get(single);
        return c != null ? c : (FileChannel) plain.get(single);
      } catch (IllegalAccessException e) {
        return null;
      }
    }
  }

  private static boolean isZip(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
  }

  private void drop() {
    try {
      Files.deleteIfExists(folder.resolve(MARKER));
      forceFolder();
      Files.deleteIfExists(folder.resolve(IMAGE));
    } catch (IOException e) {
      LOG.warn("Kunde inte ta bort den säkra kopian i {}", folder, e);
    }
  }

  private void requireSpace(Path database) throws IOException {
    long needed = Files.size(database) + 16L * 1024 * 1024;
    long free = Files.getFileStore(folder).getUsableSpace();
    if (free < needed) {
      throw ValidationException.of("Datamappen", "det får inte plats en säker kopia av databasen på disken före "
          + "skrivningen (det behövs " + needed / (1024 * 1024) + " MB, det finns " + free / (1024 * 1024) + " MB)");
    }
  }

  /**
   * Writes all that is committed to the file, points the file's header at it (decision record 0160: H2 alone may
   * leave it naming the chunk before, and then neither the image nor the file after the write opens as written)
   * and syncs the file to the disk, header included.
   */
  private static void checkpoint(Connection connection) {
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
      FileHeader.pointAtLastChunk(connection);
      s.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      throw new IllegalStateException("Kunde inte skriva databasen till disken", e);
    }
  }

  private static MVStore mvStore(Connection connection) {
    try {
      SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
      return session.getDatabase().getStore().getMvStore();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void force(Path file) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.force(true);
    }
  }

  /** Makes the folder's entries (the image, the marker) durable where the platform allows it. */
  private void forceFolder() {
    try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; its rename is durable enough for this purpose
    }
  }
}
