package se.namndbok.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import se.namndbok.core.shared.TempFiles;

/**
 * The embedded store's files, in its data folder under their sha256. Written to a temporary name and moved
 * into place at once (not with the transaction): a file no row refers to is harmless, a lost one is not.
 */
public final class FolderFileStore implements FileStore {
  private final Path root;

  public FolderFileStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  @Override
  public String put(Tx tx, byte[] bytes) {
    return put(bytes);
  }

  /** Stores the bytes and returns their sha256 (lower-case hex). */
  public String put(byte[] bytes) {
    String sha = FileStore.sha256(bytes);
    Path target = path(sha);
    if (Files.exists(target)) {
      return sha;
    }
    try {
      Path tmp = TempFiles.beside(target);
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte spara filen i " + root, e);
    }
  }

  @Override
  public byte[] get(Tx tx, String sha256) {
    return get(sha256);
  }

  @Override
  public byte[] get(String sha256) {
    Path p = path(sha256);
    try {
      byte[] bytes = Files.readAllBytes(p);
      if (!FileStore.sha256(bytes).equals(sha256)) {
        throw new CorruptFileException(p);
      }
      return bytes;
    } catch (IOException e) {
      throw new MissingFileException(p, e);
    }
  }

  @Override
  public boolean contains(Tx tx, String sha256) {
    return contains(sha256);
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
    FileStore.requireSha256(sha256);
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
