package se.namndbok.core.db;

import static se.namndbok.core.db.generated.Tables.FIL;

/**
 * The shared store's files: rows of the {@code fil} table, written in the caller's transaction, so a file and
 * the row that refers to it are committed (or rolled back) together and every client sees the same files.
 */
public final class DatabaseFileStore implements FileStore {
  private final Transactions transactions;

  public DatabaseFileStore(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public String put(Tx tx, byte[] bytes) {
    String sha = FileStore.sha256(bytes);
    tx.dsl().insertInto(FIL).set(FIL.SHA256, sha).set(FIL.STORLEK, (long) bytes.length).set(FIL.INNEHALL, bytes)
        .onDuplicateKeyIgnore().execute();
    return sha;
  }

  @Override
  public byte[] get(String sha256) {
    return transactions.read(tx -> get(tx, sha256));
  }

  @Override
  public byte[] get(Tx tx, String sha256) {
    FileStore.requireSha256(sha256);
    byte[] bytes = tx.dsl().select(FIL.INNEHALL).from(FIL).where(FIL.SHA256.eq(sha256)).fetchOptional(FIL.INNEHALL)
        .orElseThrow(() -> new MissingFileException("fil " + sha256 + " i databasen"));
    if (!FileStore.sha256(bytes).equals(sha256)) {
      throw new CorruptFileException("fil " + sha256 + " i databasen");
    }
    return bytes;
  }

  @Override
  public boolean contains(Tx tx, String sha256) {
    FileStore.requireSha256(sha256);
    return tx.dsl().fetchExists(FIL, FIL.SHA256.eq(sha256));
  }
}
