package se.namndbok.core.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The backup of an encrypted store is encrypted too (decision record 0136): AES-256-GCM in chunks of 64 KiB,
 * each authenticated on its own and numbered, the last one marked, so that a changed, reordered or cut-off
 * file is detected while it streams. The key comes from the password by PBKDF2 with a random salt per file.
 */
final class BackupCipher {
  private static final byte[] MAGIC = "NAMNDBOK-KRYPTERAD-KOPIA-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 64 * 1024;
  private static final int ITERATIONS = 210_000;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private BackupCipher() {}

  /** Whether {@code file} starts like an encrypted backup. */
  static boolean isEncrypted(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /** Encrypts everything written to the returned stream into {@code out}; closing it writes the last chunk. */
  static OutputStream encrypting(OutputStream out, char[] password) throws IOException {
    byte[] salt = random(16);
    byte[] prefix = random(8);
    DataOutputStream data = new DataOutputStream(out);
    data.write(MAGIC);
    data.write(salt);
    data.write(prefix);
    return new Encrypting(data, key(password, salt), prefix);
  }

  /** Decrypts {@code in} into {@code out}; a wrong password, a change or a cut-off file is a {@link Refused}. */
  static void decrypt(InputStream in, OutputStream out, char[] password) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] magic = data.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new Refused("är ingen krypterad säkerhetskopia från Nämndbok");
    }
    byte[] salt = data.readNBytes(16);
    byte[] prefix = data.readNBytes(8);
    SecretKeySpec key = key(password, salt);
    for (int index = 0; ; index++) {
      int length;
      try {
        length = data.readInt();
      } catch (EOFException e) {
        throw new Refused("är avkortad (den krypterade filen tar slut för tidigt)");
      }
      boolean last = length < 0;
      int size = Math.abs(length);
      if (size > CHUNK + TAG_BITS / 8) {
        throw new Refused("är skadad (ett krypterat block är för stort)");
      }
      byte[] block = data.readNBytes(size);
      if (block.length < size) {
        throw new Refused("är avkortad (den krypterade filen tar slut för tidigt)");
      }
      out.write(open(key, prefix, index, last, block, index == 0));
      if (last) {
        return;
      }
    }
  }

  private static byte[] open(SecretKeySpec key, byte[] prefix, int index, boolean last, byte[] block, boolean first) {
    try {
      Cipher c = cipher(Cipher.DECRYPT_MODE, key, prefix, index, last);
      return c.doFinal(block);
    } catch (AEADBadTagException e) {
      throw new Refused(first ? "kan inte öppnas: fel lösenord, eller så är filen skadad"
          : "är skadad eller ändrad (block " + (index + 1) + " stämmer inte)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Cipher cipher(int mode, SecretKeySpec key, byte[] prefix, int index, boolean last)
      throws GeneralSecurityException {
    byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
    return c;
  }

  private static SecretKeySpec key(char[] password, byte[] salt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
      byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      return new SecretKeySpec(key, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /** A problem with an encrypted backup, said in Swedish after the file's name. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private static final class Encrypting extends FilterOutputStream {
    private final DataOutputStream data;
    private final SecretKeySpec key;
    private final byte[] prefix;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private int index;
    private boolean closed;

    Encrypting(DataOutputStream data, SecretKeySpec key, byte[] prefix) {
      super(data);
      this.data = data;
      this.key = key;
      this.prefix = prefix;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (filled == CHUNK) {
          seal(false);
        }
        int n = Math.min(len, CHUNK - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    private void seal(boolean last) throws IOException {
      try {
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, prefix, index++, last).doFinal(buffer, 0, filled);
        data.writeInt(last ? -sealed.length : sealed.length);
        data.write(sealed);
        filled = 0;
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        seal(true);
        data.close();
      }
    }
  }
}
