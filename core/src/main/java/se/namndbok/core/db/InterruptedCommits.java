package se.namndbok.core.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits a killed process left half done in the embedded store (decision record 0130).
 *
 * <p>H2 2.5.252 commits a transaction in two steps: it marks the transaction's undo log as committed, then
 * applies the change entry by entry. A process killed between the two, after a background write had saved
 * the mark, leaves on disk a transaction that is committed but only partly applied. On the next open H2 finds
 * it and calls {@code Transaction.commit()}, which does nothing for a transaction already in the committed
 * state: the applied part stays visible, the rest stays locked for ever ("Row not found in primary index",
 * "Timeout trying to lock table", a later restore spinning). The window for the kill grows with the size of
 * the transaction: a 200,000-row import commits for seconds.
 *
 * <p>This class does what H2 meant to do: right after the open, before anyone else uses the store, it applies
 * and closes every transaction left in the committed state. Open (uncommitted) leftovers H2 has already rolled
 * back by then. It reaches into H2's package-private API; an H2 without it is logged and left as it is.
 */
final class InterruptedCommits {
  private static final Logger LOG = LoggerFactory.getLogger(InterruptedCommits.class);

  private InterruptedCommits() {}

  /** Finishes every half-committed transaction; returns how many there were. */
  static int finish(Connection connection) throws SQLException {
    TransactionStore store = transactionStore(connection);
    if (store == null) {
      return 0;
    }
    int finished = 0;
    for (Transaction t : store.getOpenTransactions()) {
      if (t.getStatus() == Transaction.STATUS_COMMITTED) {
        LOG.warn("Transaktion {} avbröts mitt i sin commit (programmet stängdes av); den slutförs nu", t);
        complete(store, t);
        finished++;
      }
    }
    return finished;
  }

  private static TransactionStore transactionStore(Connection connection) throws SQLException {
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return null;
    }
    Store store = session.getDatabase().getStore();
    return store == null ? null : store.getTransactionStore();
  }

  private static void complete(TransactionStore store, Transaction t) {
    try {
      Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
      Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
      commit.setAccessible(true);
      end.setAccessible(true);
      commit.invoke(store, t, true);
      end.invoke(store, t, true);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      LOG.error("Kan inte slutföra transaktion {} med den här versionen av H2", t, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Kunde inte slutföra en avbruten transaktion i databasen", e.getCause());
    }
  }
}
