package se.namndbok.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import se.namndbok.core.shared.TempFiles;

/**
 * Stored files (attachments, logos), named by their SHA-256 so that the same file is kept once and any
 * change on disk is detected before the file is used. Written to a temporary name and moved into place.
 */
public final class FileStore {
  private final Path root;

  public FileStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Stores the bytes and returns their sha256 (lower-case hex). */
  public String put(byte[] bytes) {
    String sha = sha256(bytes);
    Path target = path(sha);
    if (Files.exists(target)) {
      return sha;
    }
    try {
      Files.createDirectories(target.getParent());
      se.namndbok.core.shared.PrivateFiles.restrict(root);
      se.namndbok.core.shared.PrivateFiles.restrict(target.getParent());
      Path tmp = TempFiles.beside(target);
      try {
        Files.write(tmp, bytes);
        TempFiles.commitPrivate(tmp, target);
      } finally {
        TempFiles.discard(tmp);
      }
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte spara filen i " + root, e);
    }
  }

  /** Reads a stored file and checks it still has the sha256 it was stored under. */
  public byte[] get(String sha256) {
    Path p = path(sha256);
    try {
      byte[] bytes = Files.readAllBytes(p);
      if (!sha256(bytes).equals(sha256)) {
        throw new CorruptFileException(p);
      }
      return bytes;
    } catch (IOException e) {
      throw new MissingFileException(p, e);
    }
  }

  public boolean contains(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  public Stream<String> all() {
    if (!Files.isDirectory(root)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> n.matches("[0-9a-f]{64}")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a sha256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(InputStream in) throws IOException {
    return sha256(in.readAllBytes());
  }

  /** A stored file whose content no longer matches its sha256. */
  public static final class CorruptFileException extends RuntimeException {
    public CorruptFileException(Path p) {
      super("Den lagrade filen " + p + " har ändrats eller skadats (kontrollsumman stämmer inte).");
    }
  }

  /** A file the store refers to is gone. */
  public static final class MissingFileException extends RuntimeException {
    public MissingFileException(Path p, Throwable cause) {
      super("Den lagrade filen " + p + " saknas.", cause);
    }
  }
}
