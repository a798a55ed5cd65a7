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

  /** Reads without writing; still one transaction so that what is read is consistent. */
  default <T> T read(Function<Tx, T> work) {
    return inTransaction(work);
  }
}
