package se.namndbok.core.shared;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every file the program writes — a kallelse, a backup, a statistics file, a stored attachment — is written to
 * a hidden ".NAME.RANDOM.tmp" beside it and moved into place when complete (decision records 0035, 0134):
 * <ul>
 *   <li>the temporary file is readable by its user alone while it is written, and gets the folder's normal
 *       permissions (the umask decides) only when it is complete, so an export in a shared folder can still be
 *       opened by colleagues;</li>
 *   <li>it is removed after a failure, and a process killed while writing leaves a note in the open data folder
 *       by which the next start removes it;</li>
 *   <li>an output inside an open data folder is refused: it could overwrite the database.</li>
 * </ul>
 */
public final class TempFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 10;
  private static final String NOTES = "pagaende-utfiler";
  /** The data folders open in this process: outputs may not go there, notes of unfinished writes do. */
  private static final CopyOnWriteArrayList<Path> STORES = new CopyOnWriteArrayList<>();

  private TempFiles() {}

  /** An embedded store was opened in {@code folder}: remove what killed writes left, and guard the folder. */
  public static void storeOpened(Path folder) {
    Path real = real(folder);
    sweep(real);
    STORES.addIfAbsent(real);
  }

  public static void storeClosed(Path folder) {
    STORES.remove(real(folder));
  }

  /** Refuses (exit 2) an output that would land inside an open data folder. */
  public static void requireOutsideStores(Path target) {
    Path real = real(target);
    for (Path store : STORES) {
      if (real.startsWith(store)) {
        throw ValidationException.of("Utfil", target + " ligger i datamappen " + store + ", där databasen och "
            + "dess filer finns; välj en annan mapp");
      }
    }
  }

  /** Writes {@code target} (outside the data folders) through {@code writer}; all of it or no file at all. */
  public static void write(Path target, Consumer<OutputStream> writer) {
    Path tmp = output(target);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.accept(out);
      }
      commit(tmp, target);
    } catch (IOException e) {
      discard(tmp);
      throw new UncheckedIOException("Kunde inte skriva " + target, e);
    } catch (RuntimeException | Error e) {
      discard(tmp);
      throw e;
    }
  }

  /**
   * Writes {@code target} inside the open data folder (the automatic backups in {@code sakerhetskopior/}): through
   * a private temporary file beside it, moved into place complete and staying private; all of it or no file.
   */
  public static void writePrivate(Path target, Consumer<OutputStream> writer) {
    Path tmp = null;
    try {
      tmp = beside(target);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.accept(out);
      }
      commitPrivate(tmp, target);
    } catch (IOException e) {
      discard(tmp);
      throw new UncheckedIOException("Kunde inte skriva " + target, e);
    } catch (RuntimeException | Error e) {
      discard(tmp);
      throw e;
    }
  }

  /** A private temporary file for an output {@code target} outside the data folders (checked here). */
  public static Path output(Path target) {
    requireOutsideStores(target);
    try {
      return beside(target);
    } catch (IOException e) {
      throw ValidationException.of("Utfil", "kan inte skriva i mappen " + target.toAbsolutePath().getParent() + ": "
          + e.getMessage());
    }
  }

  /** Creates an empty private ".NAME.RANDOM.tmp" in the target's folder (created if missing), noted as unfinished. */
  public static Path beside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    for (int attempt = 1; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path tmp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        Files.createFile(tmp);
        normalPermissions(tmp); // remembered before the file is made private
        PrivateFiles.restrict(tmp);
        note(tmp, true);
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Gives the complete {@code tmp} the folder's normal permissions and moves it over {@code target}. */
  public static void commit(Path tmp, Path target) throws IOException {
    Set<PosixFilePermission> normal = NORMAL.remove(tmp.toAbsolutePath());
    if (normal != null) {
      Files.setPosixFilePermissions(tmp, normal);
    }
    try {
      Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
    }
    note(tmp, false);
  }

  /** Moves the complete {@code tmp} over {@code target} inside a data folder, where files stay private. */
  public static void commitPrivate(Path tmp, Path target) throws IOException {
    NORMAL.remove(tmp.toAbsolutePath());
    Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    note(tmp, false);
  }

  /** Removes an unfinished temporary file (null is fine); never throws, the first failure is what matters. */
  public static void discard(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      NORMAL.remove(tmp.toAbsolutePath());
      Files.deleteIfExists(tmp);
      note(tmp, false);
    } catch (IOException ignored) {
      // the note stays: the next start removes the file
    }
  }

  private static final java.util.Map<Path, Set<PosixFilePermission>> NORMAL = new java.util.concurrent.ConcurrentHashMap<>();

  private static void normalPermissions(Path tmp) throws IOException {
    if (PrivateFiles.posix()) {
      NORMAL.put(tmp.toAbsolutePath(), Files.getPosixFilePermissions(tmp));
    }
  }

  /** Notes (or forgets) an unfinished temporary file in the most recently opened data folder, if any. */
  private static void note(Path tmp, boolean unfinished) throws IOException {
    if (STORES.isEmpty()) {
      return;
    }
    Path notes = STORES.getLast().resolve(NOTES);
    Path note = notes.resolve(Integer.toHexString(tmp.toAbsolutePath().hashCode()) + "-" + tmp.getFileName());
    if (unfinished) {
      Files.createDirectories(notes);
      PrivateFiles.restrict(notes);
      Files.writeString(note, tmp.toAbsolutePath().toString());
      PrivateFiles.restrict(note);
    } else {
      Files.deleteIfExists(note);
    }
  }

  /** Removes the temporary files that killed writes noted in {@code folder}, and the notes. */
  private static void sweep(Path folder) {
    Path notes = folder.resolve(NOTES);
    if (!Files.isDirectory(notes)) {
      return;
    }
    try (Stream<Path> all = Files.list(notes)) {
      for (Path note : all.toList()) {
        Path tmp = Path.of(Files.readString(note).strip());
        if (tmp.getFileName().toString().endsWith(".tmp") && tmp.getFileName().toString().startsWith(".")) {
          Files.deleteIfExists(tmp);
        }
        Files.deleteIfExists(note);
      }
    } catch (IOException | RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(TempFiles.class).warn("Kunde inte städa bort avbrutna utfiler", e);
    }
  }

  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      Path existing = abs;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}
