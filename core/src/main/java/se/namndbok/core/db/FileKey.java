package se.namndbok.core.db;

import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The file password H2 gets for an encrypted store: the user's password stretched with PBKDF2 (so that guessing
 * passwords against a stolen file is slow) and written as hex (H2 ends the file password at the first space, and
 * a user's password may have spaces). H2 then adds its own random salt per file.
 */
final class FileKey {
  private static final byte[] SALT = "namndbok-databasfil-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int ITERATIONS = 210_000;

  private FileKey() {}

  static String of(char[] password) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
      byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      return HexFormat.of().formatHex(key);
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException(e);
    }
  }
}
