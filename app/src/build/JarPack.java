import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of every {@code mvn package} of the app (app/pom.xml), right after the shade: writes namndbok.jar
 * again with the strongest compression, each entry's sizes and checksum in its header (the shade writes a
 * 16-byte data descriptor after each of the 18 000 entries instead), the entries in the same order with the same
 * times; then refuses a jar larger than the bound it is given (decision 0148: at most 30 MB, issue 10).
 * {@code java app/src/build/JarPack.java app/target/namndbok.jar 30000000}.
 */
public final class JarPack {
  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    long bound = Long.parseLong(args[1]);
    long before = Files.size(jar);
    Path packed = jar.resolveSibling(jar.getFileName() + ".packad");
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(packed))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry from = entries.nextElement();
        byte[] data = in.getInputStream(from).readAllBytes();
        out.putNextEntry(entry(from, data));
        out.write(data);
        out.closeEntry();
      }
    }
    Files.move(packed, jar, StandardCopyOption.REPLACE_EXISTING);
    long after = Files.size(jar);
    System.out.printf("%s: %,d B efter packning (%,d B före), gräns %,d B%n", jar.getFileName(), after, before, bound);
    if (after > bound) {
      System.err.printf("%s är %,d B, över gränsen %,d B (beslut 0148). Se efter vad som har kommit in i jaren.%n",
          jar, after, bound);
      System.exit(1);
    }
  }

  /** The new entry with sizes and checksum known before its data, so that no data descriptor follows it. */
  private static ZipEntry entry(ZipEntry from, byte[] data) {
    ZipEntry to = new ZipEntry(from.getName());
    to.setTime(from.getTime());
    CRC32 crc = new CRC32();
    crc.update(data);
    to.setCrc(crc.getValue());
    to.setSize(data.length);
    if (from.getMethod() == ZipEntry.STORED) {
      to.setMethod(ZipEntry.STORED);
      to.setCompressedSize(data.length);
    } else {
      to.setMethod(ZipEntry.DEFLATED);
      to.setCompressedSize(deflatedSize(data));
    }
    return to;
  }

  /** What ZipOutputStream's own deflater at the same level will write; it checks the two agree. */
  private static long deflatedSize(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buffer = new byte[8192];
      long size = 0;
      while (!deflater.finished()) {
        size += deflater.deflate(buffer);
      }
      return size;
    } finally {
      deflater.end();
    }
  }
}
