package se.namndbok.core.namnd;

import java.util.Optional;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.ValidationException;

/**
 * The nämnd's logo for the kallelse's first page: a PNG or SVG file kept in the store's file folder under its
 * sha256 and named on the nämnd (Inställningar). At most 2 MB, so a kallelse stays small.
 */
public final class LogoService {
  public static final int MAX_BYTES = 2_000_000;

  private final Transactions transactions;
  private final FileStore files;
  private final NamndService namnd;

  public LogoService(Transactions transactions, FileStore files, NamndService namnd) {
    this.transactions = transactions;
    this.files = files;
    this.namnd = namnd;
  }

  /** Checks and stores {@code bytes} as the nämnd's logo, the file in the same transaction as the nämnd's row. */
  public Kallelsekontakt laddaUpp(String filnamn, byte[] bytes) {
    return transactions.inTransaction(tx -> namnd.setLogo(store(tx, filnamn, bytes)));
  }

  /** Stores the file as part of {@code tx}: in the shared store it is committed with the nämnd's row. */
  private String store(Tx tx, String filnamn, byte[] bytes) {
    Logotyp.of(filnamn, bytes);
    if (bytes.length > MAX_BYTES) {
      throw ValidationException.of(Logotyp.FIELD, "filen " + filnamn + " är större än 2 MB");
    }
    return files.put(tx, bytes);
  }

  /** The nämnd has no logo any more (the file stays in the store: older kallelser may name it). */
  public Kallelsekontakt taBort() {
    return namnd.setLogo(null);
  }

  /** The logo's bytes, checked against their sha256; empty without a logo. */
  public Optional<byte[]> logo() {
    String sha = namnd.kontakt().logoSha256();
    return sha == null ? Optional.empty() : Optional.of(files.get(sha));
  }
}
