package se.namndbok.core.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup taken apart for tampering in tests: its entries in order, changed, and written again with a
 * manifest that either agrees with the changes ({@link #writeConsistent}) or is left as it was ({@link #write}).
 */
public final class BackupZip {
  private final Map<String, byte[]> entries;

  private BackupZip(Map<String, byte[]> entries) {
    this.entries = entries;
  }

  public static BackupZip read(Path zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        entries.put(e.getName(), z.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BackupZip(entries);
  }

  public BackupZip copy() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    entries.forEach((k, v) -> all.put(k, v.clone()));
    return new BackupZip(all);
  }

  public String text(String entry) {
    return new String(entries.get(entry), StandardCharsets.UTF_8);
  }

  public BackupZip change(String entry, UnaryOperator<String> change) {
    entries.put(entry, change.apply(text(entry)).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public BackupZip put(String entry, byte[] bytes) {
    entries.put(entry, bytes);
    return this;
  }

  public BackupZip remove(String entry) {
    entries.remove(entry);
    return this;
  }

  public java.util.Set<String> names() {
    return entries.keySet();
  }

  /** Writes the entries as they are (the manifest unchanged). */
  public Path write(Path zip) {
    return write(zip, entries);
  }

  /** Writes the entries with a manifest whose checksums, sizes and file list agree with them (rows unchanged). */
  public Path writeConsistent(Path zip) {
    Manifest m = Manifest.parse(entries.get(Manifest.NAME));
    Map<String, Manifest.Tabell> tables = new LinkedHashMap<>();
    m.tabeller().forEach((t, old) -> {
      byte[] b = entries.get("tabeller/" + t + ".json");
      tables.put(t, b == null ? old : new Manifest.Tabell(old.rader(), sha256(b), b.length));
    });
    Map<String, Long> files = new java.util.TreeMap<>();
    entries.forEach((name, b) -> {
      if (name.startsWith("filer/")) {
        files.put(name.substring("filer/".length()), (long) b.length);
      }
    });
    Manifest updated = new Manifest(m.format(), m.skapad(), m.schemaVersion(), m.namnd(), tables, files);
    Map<String, byte[]> all = new LinkedHashMap<>(entries);
    all.put(Manifest.NAME, updated.json());
    return write(zip, all);
  }

  /** Writes the entries with the manifest changed by {@code change} (a JSON text edit). */
  public Path writeWithManifest(Path zip, UnaryOperator<String> change) {
    Map<String, byte[]> all = new LinkedHashMap<>(entries);
    all.put(Manifest.NAME, change.apply(text(Manifest.NAME)).getBytes(StandardCharsets.UTF_8));
    return write(zip, all);
  }

  /** Writes the entries plus a second entry named {@code duplicate} (which a zip writer never allows). */
  public Path writeWithDuplicate(Path zip, String duplicate) throws IOException {
    String stand = duplicate.substring(0, duplicate.length() - 1) + "#";
    Map<String, byte[]> all = new LinkedHashMap<>(entries);
    all.put(stand, entries.get(duplicate));
    write(zip, all);
    byte[] bytes = Files.readAllBytes(zip);
    byte[] from = stand.getBytes(StandardCharsets.UTF_8);
    byte[] to = duplicate.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, bytes, i, to.length);
      }
    }
    Files.write(zip, bytes);
    return zip;
  }

  /** Makes the zip's directory (at its end) claim that {@code entry} expands to {@code size} bytes. */
  public static Path declareSize(Path zip, String entry, int size) throws IOException {
    byte[] b = Files.readAllBytes(zip);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= b.length; i++) {
      if (buf.getInt(i) == 0x02014b50 && buf.getShort(i + 28) == name.length
          && Arrays.equals(b, i + 46, i + 46 + name.length, name, 0, name.length)) {
        buf.putInt(i + 24, size);
      }
    }
    Files.write(zip, b);
    return zip;
  }

  private static Path write(Path zip, Map<String, byte[]> all) {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (var e : all.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of {@code in}, for tests that build entries. */
  static byte[] bytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
