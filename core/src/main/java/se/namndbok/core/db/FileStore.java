package se.namndbok.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stored files (attachments, stored handlingar, logos), named by their SHA-256 so that the same file is kept
 * once and any change is detected before the file is used. The embedded store keeps them in its folder
 * ({@link FolderFileStore}); the shared store keeps them in the database ({@link DatabaseFileStore}), written
 * in the transaction of the row that refers to them (decision 0090).
 */
public interface FileStore {

  /** Stores the bytes as part of {@code tx} and returns their sha256 (lower-case hex). */
  String put(Tx tx, byte[] bytes);

  /** Reads a stored file and checks it still has the sha256 it was stored under. */
  byte[] get(String sha256);

  /** {@link #get(String)} within the caller's transaction (one consistent read). */
  byte[] get(Tx tx, String sha256);

  boolean contains(Tx tx, String sha256);

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(InputStream in) throws IOException {
    return sha256(in.readAllBytes());
  }

  static void requireSha256(String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a sha256: " + sha256);
    }
  }

  /** A stored file whose content no longer matches its sha256. */
  final class CorruptFileException extends RuntimeException {
    public CorruptFileException(Path p) {
      this(p.toString());
    }

    public CorruptFileException(String where) {
      super("Den lagrade filen " + where + " har ändrats eller skadats (kontrollsumman stämmer inte).");
    }
  }

  /** A file the store refers to is gone. */
  final class MissingFileException extends RuntimeException {
    public MissingFileException(Path p, Throwable cause) {
      super("Den lagrade filen " + p + " saknas.", cause);
    }

    public MissingFileException(String where) {
      super("Den lagrade filen " + where + " saknas.");
    }
  }
}
