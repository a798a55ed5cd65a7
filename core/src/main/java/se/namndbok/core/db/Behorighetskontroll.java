package se.namndbok.core.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.QOM;
import se.namndbok.core.anvandare.Behorighet;

/**
 * The one place core refuses a change the logged-in user's roles do not allow (decision 0091): before any
 * statement that inserts, updates or deletes runs, its table is checked against the role rule, whichever
 * service or command issued it, so a use case added later cannot skip the check. The refusal is Swedish and
 * names the role needed; the transaction rolls back, nothing is written.
 */
final class Behorighetskontroll implements ExecuteListener {
  private final Behorighet behorighet;

  Behorighetskontroll(Behorighet behorighet) {
    this.behorighet = behorighet;
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    check(ctx.query());
    Query[] batch = ctx.batchQueries();
    if (batch != null) {
      for (Query q : batch) {
        check(q);
      }
    }
  }

  private void check(Query q) {
    Table<?> table = switch (q) {
      case QOM.Insert<?> i -> i.$into();
      case QOM.Update<?> u -> u.$table();
      case QOM.Delete<?> d -> d.$from();
      case QOM.Merge<?> m -> m.$into();
      case null, default -> null;
    };
    if (table != null) {
      behorighet.kravSkriva(table.getName());
    }
  }
}
