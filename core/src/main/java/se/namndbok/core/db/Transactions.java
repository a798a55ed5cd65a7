package se.namndbok.core.db;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a unit of work in one transaction: all of it is stored, or (on any exception) none of it. Core's
 * services are its only users (the window and the commands cannot see it: ArchUnit). A call made while the same
 * thread already has a transaction open joins that transaction, so one user action that runs through several
 * services is still one transaction (decision record 0080).
 */
public interface Transactions {
  /**
   * Runs {@code work} in a transaction of its own, or, inside one, as a nested part of it (a savepoint: a refusal
   * thrown by the part undoes only the part, and the caller decides whether the whole goes on).
   */
  <T> T inTransaction(Function<Tx, T> work);

  default void run(Consumer<Tx> work) {
    inTransaction(tx -> {
      work.accept(tx);
      return null;
    });
  }

  /** Reads without writing: inside a transaction, in it; otherwise in one consistent read of its own. */
  default <T> T read(Function<Tx, T> work) {
    return inTransaction(work);
  }

  /** Work that must be part of the caller's transaction (an audit line); refused when none is open. */
  default <T> T joined(Function<Tx, T> work) {
    throw new IllegalStateException("no transaction to join");
  }
}
