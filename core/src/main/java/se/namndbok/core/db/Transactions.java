package se.namndbok.core.db;

import java.util.function.Consumer;
import java.util.function.Function;

/** Runs a unit of work in one transaction: all of it is stored, or (on any exception) none of it. */
public interface Transactions {
  <T> T inTransaction(Function<Tx, T> work);

  default void run(Consumer<Tx> work) {
    inTransaction(tx -> {
      work.accept(tx);
      return null;
    });
  }

  /**
   * Runs {@code work} on one connection held throughout, for a long write in steps (staging tables and short
   * transactions sharing the connection). Stores that have no such connection run it on themselves.
   */
  default <T> T onOneConnection(Function<Transactions, T> work) {
    return work.apply(this);
  }

  /**
   * Runs a long write (one transaction that {@code work} commits) so that a crash at any moment leaves all of it
   * or none. Stores whose transactions are crash-safe by themselves just run it.
   */
  default <T> T whole(java.util.function.Supplier<T> work) {
    return work.get();
  }

  /** Reads without writing; still one transaction so that what is read is consistent. */
  default <T> T read(Function<Tx, T> work) {
    return inTransaction(work);
  }
}
