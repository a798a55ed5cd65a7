package se.namndbok.core.backup.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import se.namndbok.core.db.Tx;

/**
 * Every table (the files table left out) as jOOQ's JSON in memory and back, for {@code migrera}: a copy from
 * one open store into another in one transaction, which PostgreSQL rolls back whole if the copy is killed.
 * Backups stream their tables instead ({@link TableDump}, {@link TableRows}): they can be larger than memory.
 */
public final class TableCopy {
  private static final JSONFormat FORMAT = JSONFormat.DEFAULT_FOR_RESULTS.header(true)
      .recordFormat(JSONFormat.RecordFormat.ARRAY);

  public Map<String, String> dump(Tx tx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Table<?> t : TableDump.dumped()) {
      Result<?> rows = t.getPrimaryKey() == null ? tx.dsl().selectFrom(t).fetch()
          : tx.dsl().selectFrom(t).orderBy(t.getPrimaryKey().getFields()).fetch();
      out.put(t.getName(), rows.formatJSON(FORMAT));
    }
    return out;
  }

  /**
   * Replaces the content of every table by the dump, then moves identity counters past the restored ids. The
   * files table is emptied too: the caller puts the files back in the same transaction.
   */
  public void replaceAll(Tx tx, Map<String, String> dump) {
    List<Table<?>> order = TableDump.ordered();
    for (int i = order.size() - 1; i >= 0; i--) {
      tx.dsl().deleteFrom(order.get(i)).execute();
    }
    for (Table<?> t : order) {
      String json = dump.get(t.getName());
      if (json != null) {
        insertAll(tx, t, tx.dsl().fetchFromJSON(json));
      }
      restartIdentity(tx, t);
    }
  }

  private static <R extends Record> void insertAll(Tx tx, Table<R> table, Result<Record> rows) {
    List<TableRecord<?>> records = new ArrayList<>();
    for (Record row : rows) {
      R r = tx.dsl().newRecord(table);
      for (Field<?> f : row.fields()) {
        Field<?> target = table.field(f.getName());
        if (target == null) {
          throw new IllegalStateException("the copy has a column " + table.getName() + "." + f.getName()
              + " that this version does not know");
        }
        copy(r, target, row.get(f));
      }
      records.add((TableRecord<?>) r);
    }
    if (!records.isEmpty()) {
      tx.dsl().batchInsert(records).execute();
    }
  }

  private static <T> void copy(Record r, Field<T> target, Object value) {
    r.set(target, target.getDataType().convert(value));
  }

  private static void restartIdentity(Tx tx, Table<?> t) {
    if (t.getIdentity() == null) {
      return;
    }
    Field<?> id = t.getIdentity().getField();
    Long max = tx.dsl().select(DSL.max(id.coerce(Long.class))).from(t).fetchSingle().value1();
    tx.dsl().execute("ALTER TABLE " + t.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH "
        + ((max == null ? 0 : max) + 1));
  }
}
