package se.namndbok.core.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One streaming pass over an import file's bytes before it is parsed: the encoding (UTF-8, with or without
 * BOM, else Windows-1252), the SHA-256 the audit line records, the first non-blank line (for the delimiter),
 * and the limits checked up front — rows per file, line length, no binary data, no UTF-16/32. Memory does not
 * grow with the file.
 */
record CsvPrescan(Charset charset, int bomLength, String firstLine, String sha256, long rows) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int BUFFER = 64 * 1024;

  /** Reads {@code in} to its end; throws an {@link ImportException} naming {@code name} for a limit passed. */
  static CsvPrescan of(String name, InputStream in, long maxRows) throws IOException {
    Scan scan = new Scan(name);
    byte[] buffer = new byte[BUFFER];
    for (int n; (n = in.read(buffer)) > 0; ) {
      scan.bytes(buffer, n);
    }
    return scan.result(maxRows);
  }

  private static final class Scan {
    private final String name;
    private final MessageDigest sha = sha256();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer sink = CharBuffer.allocate(BUFFER);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private boolean validUtf8 = true;
    private long total;
    private long line = 1;
    private long lineLength;
    private long nonBlankLines;
    private boolean lineHasContent;
    private int bomLength;
    private final java.io.ByteArrayOutputStream currentLine = new java.io.ByteArrayOutputStream();
    private byte[] firstLine;

    Scan(String name) {
      this.name = name;
    }

    void bytes(byte[] b, int n) {
      if (total == 0) {
        bomLength = bom(b, n);
      }
      sha.update(b, 0, n);
      checkUtf8(b, n);
      for (int i = 0; i < n; i++) {
        one(b[i], total + i);
      }
      total += n;
    }

    private void one(byte b, long at) {
      if (b == 0) {
        throw ImportException.of(name, (int) line, null, "filen innehåller binära data (ett NUL-tecken) och är "
            + "ingen CSV-fil");
      }
      if (b == '\n') {
        endLine();
        return;
      }
      if (++lineLength > Granser.RAD_MAX_BYTE) {
        throw ImportException.of(name, (int) line, null, "raden är längre än " + Granser.RAD_MAX_BYTE
            + " byte; ingen rad i en importfil kan vara så lång");
      }
      if (at >= bomLength && b != ' ' && b != '\t' && b != '\r') {
        lineHasContent = true;
      }
      if (firstLine == null) {
        currentLine.write(b);
      }
    }

    private void endLine() {
      if (lineHasContent) {
        nonBlankLines++;
        if (firstLine == null) {
          firstLine = currentLine.toByteArray();
        }
      }
      currentLine.reset();
      lineHasContent = false;
      lineLength = 0;
      line++;
    }

    private void checkUtf8(byte[] b, int n) {
      if (!validUtf8) {
        return;
      }
      ByteBuffer in = ByteBuffer.allocate(pending.remaining() + n).put(pending).put(b, 0, n).flip();
      while (true) {
        sink.clear();
        var result = utf8.decode(in, sink, false);
        if (result.isError()) {
          validUtf8 = false;
          return;
        }
        if (result.isUnderflow()) {
          break;
        }
      }
      pending = in.slice();
    }

    private int bom(byte[] b, int n) {
      if (n >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF)
          || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0))) {
        throw ImportException.of(name, 0, null, "filen är sparad som UTF-32; spara den som UTF-8 eller Windows-1252");
      }
      if (n >= 2 && (((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) || ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF))) {
        throw ImportException.of(name, 0, null, "filen är sparad som UTF-16; spara den som UTF-8 eller Windows-1252");
      }
      return n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    }

    CsvPrescan result(long maxRows) {
      endLine();
      if (validUtf8 && pending.hasRemaining()) {
        validUtf8 = false;
      }
      if (firstLine == null) {
        throw ImportException.of(name, 0, null, "filen är tom");
      }
      long rows = nonBlankLines - 1;
      if (rows > maxRows) {
        throw ImportException.of(name, 0, null, "filen har " + rows + " rader; högst " + maxRows
            + " rader kan läsas in från en fil. Dela upp den i flera filer.");
      }
      Charset charset = validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
      String first = new String(firstLine, charset);
      return new CsvPrescan(charset, bomLength, first.startsWith("\uFEFF") ? first.substring(1) : first,
          HexFormat.of().formatHex(sha.digest()), rows);
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
