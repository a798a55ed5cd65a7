package se.namndbok.core.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import se.namndbok.core.backup.persistence.TableRows;
import se.namndbok.core.shared.Granser;
import se.namndbok.core.shared.ValidationException;

/**
 * Checks a whole backup before anything of it reaches the store (decision record 0131): the zip's structure
 * (its directory at the end, no two entries of one name, only the entries a backup has, no entry expanding
 * like a zip bomb), the manifest (format, schema version, every table), and then every entry streamed once —
 * its size, its SHA-256, every row of every table ({@link TableRows}) and the row counts. Every refusal is a
 * {@link ValidationException} naming the backup and the part that is wrong.
 */
final class BackupReader {
  private static final long MANIFEST_MAX = 16L * 1024 * 1024;
  private static final long RATIO_FROM = 1024L * 1024;

  private final String name;
  private final String schemaVersion;
  private final List<String> tables;

  BackupReader(String name, String schemaVersion, List<String> tables) {
    this.name = name;
    this.schemaVersion = schemaVersion;
    this.tables = tables;
  }

  /** The checked manifest of the (decrypted) zip {@code zip}. */
  Manifest verify(Path zip) {
    Manifest m = structure(zip);
    stream(zip, m);
    return m;
  }

  /** Reads only the manifest (for a preview), after the structural checks. */
  Manifest manifest(Path zip) {
    return structure(zip);
  }

  private Manifest structure(Path zip) {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Set<String> names = new HashSet<>();
      long declared = 0;
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!names.add(entry.getName())) {
          throw refused("har två poster med namnet " + entry.getName());
        }
        requireKnownName(entry.getName());
        declared += Math.max(0, entry.getSize());
        requireNoBomb(entry);
      }
      if (declared > Granser.SAKERHETSKOPIA_MAX_BYTE) {
        throw refused("skulle packas upp till " + declared + " byte; högst " + Granser.SAKERHETSKOPIA_MAX_BYTE
            + " byte tas emot");
      }
      ZipEntry manifestEntry = z.getEntry(Manifest.NAME);
      if (manifestEntry == null) {
        throw refused("är ingen säkerhetskopia från Nämndbok (" + Manifest.NAME + " saknas)");
      }
      Manifest m;
      try (InputStream in = z.getInputStream(manifestEntry)) {
        m = Manifest.parse(in.readNBytes((int) MANIFEST_MAX));
      }
      if (m == null) {
        throw refused("har en oläslig eller okänd innehållsförteckning (" + Manifest.NAME + ")");
      }
      checkManifest(m, z);
      return m;
    } catch (ZipException e) {
      throw refused("är ingen zip-fil, eller är avkortad (zip-filens innehållsförteckning i slutet saknas)");
    } catch (IOException e) {
      throw refused("kan inte läsas (" + e.getMessage() + ")");
    }
  }

  private void requireKnownName(String entry) {
    boolean known = entry.equals(Manifest.NAME) || entry.matches("filer/[0-9a-f]{64}")
        || (entry.startsWith("tabeller/") && entry.endsWith(".json")
            && tables.contains(entry.substring("tabeller/".length(), entry.length() - ".json".length())));
    if (!known) {
      throw refused("har en post som inte hör till en säkerhetskopia: " + shortened(entry));
    }
  }

  private void requireNoBomb(ZipEntry entry) {
    long size = entry.getSize();
    long packed = entry.getCompressedSize();
    if (size > RATIO_FROM && packed > 0 && size / packed > Granser.SAKERHETSKOPIA_MAX_KVOT) {
      throw refused(entry.getName() + " skulle packas upp " + size / packed + " gånger sin packade storlek (till "
          + size + " byte); det är ingen säkerhetskopia utan en zip-bomb");
    }
  }

  private void checkManifest(Manifest m, ZipFile z) {
    if (!schemaVersion.equals(m.schemaVersion())) {
      throw refused("är gjord med databasversion " + m.schemaVersion() + " men den här Nämndbok har version "
          + schemaVersion + "; återställ med samma version av programmet");
    }
    for (String t : m.tabeller().keySet()) {
      if (!tables.contains(t)) {
        throw refused("har en okänd tabell " + shortened(t));
      }
    }
    for (String t : tables) {
      Manifest.Tabell tabell = m.tabeller().get(t);
      if (tabell == null) {
        throw refused("saknar tabellen " + t + " i innehållsförteckningen");
      }
      requireEntry(z, "tabeller/" + t + ".json", tabell.storlek());
    }
    for (Map.Entry<String, Long> f : m.filer().entrySet()) {
      if (!f.getKey().matches("[0-9a-f]{64}")) {
        throw refused("har en fil med ett felaktigt namn i innehållsförteckningen");
      }
      requireEntry(z, "filer/" + f.getKey(), f.getValue());
    }
    if (m.expandedSize() > Granser.SAKERHETSKOPIA_MAX_BYTE) {
      throw refused("är " + m.expandedSize() + " byte uppackad; högst " + Granser.SAKERHETSKOPIA_MAX_BYTE + " byte tas emot");
    }
  }

  private void requireEntry(ZipFile z, String entry, long size) {
    ZipEntry e = z.getEntry(entry);
    if (e == null) {
      throw refused("saknar " + entry);
    }
    if (e.getSize() >= 0 && e.getSize() != size) {
      throw refused(entry + " är " + e.getSize() + " byte men innehållsförteckningen anger " + size + " byte");
    }
  }

  /** Streams every entry once, through the local headers, checking what the directory alone cannot show. */
  private void stream(Path zip, Manifest m) {
    Set<String> seen = new HashSet<>();
    String current = null;
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        current = e.getName();
        if (!seen.add(current)) {
          throw refused("har två poster med namnet " + current);
        }
        requireKnownName(current);
        entry(z, current, m);
      }
    } catch (EOFException | ZipException e) {
      throw refused("är avkortad eller skadad" + (current == null ? "" : " (vid " + current + ")"));
    } catch (IOException e) {
      throw refused("kan inte läsas (" + e.getMessage() + ")");
    }
    for (String t : tables) {
      requireSeen(seen, "tabeller/" + t + ".json");
    }
    m.filer().keySet().forEach(f -> requireSeen(seen, "filer/" + f));
  }

  private void requireSeen(Set<String> seen, String entry) {
    if (!seen.contains(entry)) {
      throw refused("är avkortad: " + entry + " saknas");
    }
  }

  private void entry(InputStream z, String entry, Manifest m) throws IOException {
    if (entry.equals(Manifest.NAME)) {
      z.readNBytes((int) MANIFEST_MAX);
      return;
    }
    if (entry.startsWith("filer/")) {
      String sha = entry.substring("filer/".length());
      Checked in = new Checked(z, m.filer().getOrDefault(sha, -1L), entry);
      in.transferTo(OutputStream.nullOutputStream());
      if (!m.filer().containsKey(sha) || !in.sha256().equals(sha)) {
        throw refused("har en skadad eller ändrad fil " + sha + " (kontrollsumman stämmer inte)");
      }
      return;
    }
    String table = entry.substring("tabeller/".length(), entry.length() - ".json".length());
    table(z, table, m.tabeller().get(table));
  }

  private void table(InputStream z, String table, Manifest.Tabell expected) throws IOException {
    Checked in = new Checked(z, expected.storlek(), "tabeller/" + table + ".json");
    long rows;
    try (TableRows reader = new TableRows(table, in)) {
      while (reader.next() != null) {
        // every row is checked as it is read
      }
      rows = reader.rows();
    } catch (TableRows.Refused e) {
      throw refused("tabellen " + table + " " + e.getMessage());
    }
    in.transferTo(OutputStream.nullOutputStream());
    if (rows < expected.rader()) {
      throw refused("tabellen " + table + " har " + rows + " rader men innehållsförteckningen anger "
          + expected.rader() + " (rader saknas)");
    }
    if (rows > expected.rader()) {
      throw refused("tabellen " + table + " har " + rows + " rader men innehållsförteckningen anger "
          + expected.rader() + " (rader har lagts till)");
    }
    if (!in.sha256().equals(expected.sha256())) {
      throw refused("tabellen " + table + " har fel kontrollsumma: innehållet har ändrats");
    }
  }

  private ValidationException refused(String message) {
    return ValidationException.of("Säkerhetskopian " + name, message);
  }

  private static String shortened(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  /** Hashes what passes and refuses more bytes than the manifest declares: a bomb stops at its declared size. */
  private final class Checked extends InputStream {
    private final InputStream in;
    private final long limit;
    private final String entry;
    private final java.security.MessageDigest sha;
    private long read;

    Checked(InputStream in, long limit, String entry) {
      this.in = in;
      this.limit = limit;
      this.entry = entry;
      try {
        this.sha = java.security.MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
        if (limit >= 0 && read > limit) {
          throw refused(entry + " är större än innehållsförteckningen anger (" + limit + " byte)");
        }
        sha.update(b, off, n);
      }
      return n;
    }

    @Override
    public void close() {
      // the zip stream belongs to the caller
    }

    String sha256() {
      return java.util.HexFormat.of().formatHex(sha.digest());
    }
  }
}
