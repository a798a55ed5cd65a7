package se.namndbok.core.backup.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.DefaultSchema;
import se.namndbok.core.db.generated.Tables;

/**
 * Every table of the schema as JSON (jOOQ's format, with column types in the header) and back, in foreign-key
 * order. Generic over the generated schema, so a new table is included without touching this code.
 */
public final class TableDump {
  private static final JSONFormat FORMAT = JSONFormat.DEFAULT_FOR_RESULTS.header(true)
      .recordFormat(JSONFormat.RecordFormat.ARRAY);

  /**
   * The shared store's files table: its rows are the files, which a backup carries as files of their own
   * ({@code filer/SHA256}), the same from either kind of store.
   */
  public static final String FILE_TABLE = Tables.FIL.getName();

  /** Tables with every table before the ones that reference it, the files table left out. */
  public List<String> tableNames() {
    return dumped().stream().map(Table::getName).toList();
  }

  public Map<String, String> dump(Tx tx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Table<?> t : dumped()) {
      Result<?> rows = t.getPrimaryKey() == null ? tx.dsl().selectFrom(t).fetch()
          : tx.dsl().selectFrom(t).orderBy(t.getPrimaryKey().getFields()).fetch();
      out.put(t.getName(), rows.formatJSON(FORMAT));
    }
    return out;
  }

  public Map<String, Integer> counts(Tx tx) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Table<?> t : dumped()) {
      out.put(t.getName(), tx.dsl().fetchCount(t));
    }
    return out;
  }

  /**
   * Replaces the content of every table by the dump, then moves identity counters past the restored ids. The
   * files table is emptied too: the caller puts the backup's files back in the same transaction.
   */
  public void replaceAll(Tx tx, Map<String, String> dump) {
    List<Table<?>> order = ordered();
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
          throw new IllegalStateException("the backup has a column " + table.getName() + "." + f.getName()
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

  /**
   * The sha256 of every file a row refers to: every column named {@code …_sha256} (attachments, logos, the kept
   * PDFs of sent kallelser and justerat protokoll), so a new table's files are included without touching this.
   */
  public Set<String> referencedFiles(Tx tx) {
    Set<String> shas = new HashSet<>();
    for (Table<?> t : ordered()) {
      for (Field<?> f : t.fields()) {
        if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith("_sha256") && f.getType() == String.class) {
          tx.dsl().selectDistinct(f).from(t).where(f.isNotNull()).forEach(r -> shas.add((String) r.value1()));
        }
      }
    }
    return shas;
  }

  private static List<Table<?>> dumped() {
    return ordered().stream().filter(t -> !t.getName().equals(FILE_TABLE)).toList();
  }

  private static List<Table<?>> ordered() {
    List<Table<?>> remaining = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
        .filter(t -> !t.getName().equalsIgnoreCase("flyway_schema_history")).toList());
    List<Table<?>> out = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (!remaining.isEmpty()) {
      Table<?> next = remaining.stream().filter(t -> t.getReferences().stream()
          .map(ForeignKey::getKey).allMatch(k -> placed.contains(k.getTable().getName())
              || k.getTable().getName().equals(t.getName())))
          .findFirst().orElseThrow(() -> new IllegalStateException("foreign-key cycle among " + remaining));
      remaining.remove(next);
      placed.add(next.getName());
      out.add(next);
    }
    return out;
  }
}
