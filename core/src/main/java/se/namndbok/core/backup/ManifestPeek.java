package se.namndbok.core.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What a backup holds, read cheaply for a list of backups: only the manifest (the zip's first entry), and for an
 * encrypted backup only as many chunks as it takes to reach the manifest's end — not the whole file, as a preview
 * or restore decrypts it. Nothing is checked beyond the manifest's own form; null when it cannot be read (another
 * password, damaged, not a backup).
 */
final class ManifestPeek {
  private static final int MAX = 16 * 1024 * 1024;

  private ManifestPeek() {}

  static Manifest read(Path zip, char[] password) {
    try {
      if (!BackupCipher.isEncrypted(zip)) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
          ZipEntry entry = z.getEntry(Manifest.NAME);
          if (entry == null) {
            return null;
          }
          try (InputStream in = z.getInputStream(entry)) {
            return Manifest.parse(in.readNBytes(MAX));
          }
        }
      }
      if (password == null) {
        return null;
      }
      Until until = new Until();
      try (InputStream in = Files.newInputStream(zip)) {
        BackupCipher.decrypt(in, until, password);
      } catch (Found f) {
        return f.manifest;
      }
      return until.manifest(); // the whole (small) backup decrypted without the manifest complete: what it is
    } catch (IOException | BackupCipher.Refused e) {
      return null;
    }
  }

  /** Collects the decrypted start and stops the decryption, by {@link Found}, once the first entry is whole. */
  private static final class Until extends OutputStream {
    private final ByteArrayOutputStream start = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      start.write(b, off, len);
      Manifest m = manifest();
      if (m != null) {
        throw new Found(m);
      }
      if (start.size() > MAX) {
        throw new BackupCipher.Refused("har en för stor innehållsförteckning");
      }
    }

    Manifest manifest() {
      try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(start.toByteArray()))) {
        ZipEntry first = z.getNextEntry();
        return first != null && first.getName().equals(Manifest.NAME) ? Manifest.parse(z.readNBytes(MAX)) : null;
      } catch (IOException e) { // cut off inside the entry: not whole yet
        return null;
      }
    }
  }

  private static final class Found extends RuntimeException {
    private final transient Manifest manifest;

    Found(Manifest manifest) {
      super(null, null, false, false);
      this.manifest = manifest;
    }
  }
}
