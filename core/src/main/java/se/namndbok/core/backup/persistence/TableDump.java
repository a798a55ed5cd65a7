package se.namndbok.core.backup.persistence;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.DefaultSchema;
import se.namndbok.core.db.generated.Tables;

/**
 * Every table of the schema as JSON and back, in foreign-key order, streamed row by row so that memory does
 * not grow with the store. Generic over the generated schema: a new table is included without touching this
 * code. Each table file is {@code {"fields":[{"name":..,"type":..}],"records":[[..],..]}}.
 */
public final class TableDump {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int BATCH = 1_000;

  /**
   * The shared store's files table: its rows are the files, which a backup carries as files of their own
   * ({@code filer/SHA256}), the same from either kind of store.
   */
  public static final String FILE_TABLE = Tables.FIL.getName();

  /** Tables with every table before the ones that reference it, the files table left out. */
  public List<String> tableNames() {
    return dumped().stream().map(Table::getName).toList();
  }

  /** Writes {@code table}'s rows to {@code out} (not closed) in primary-key order; returns how many. */
  public long write(Tx tx, String table, OutputStream out) {
    Table<?> t = table(table);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.writeStartObject();
      json.writeArrayFieldStart("fields");
      for (Field<?> f : t.fields()) {
        json.writeStartObject();
        json.writeStringField("name", f.getName());
        json.writeStringField("type", f.getDataType().getTypeName());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("records");
      long rows = writeRows(tx, t, json);
      json.writeEndArray();
      json.writeEndObject();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long writeRows(Tx tx, Table<?> t, JsonGenerator json) throws IOException {
    var select = t.getPrimaryKey() == null ? tx.dsl().selectFrom(t) : tx.dsl().selectFrom(t)
        .orderBy(t.getPrimaryKey().getFields());
    long rows = 0;
    try (Cursor<? extends Record> cursor = select.fetchSize(BATCH).fetchLazy()) {
      for (Record r : cursor) {
        json.writeStartArray();
        for (int i = 0; i < r.size(); i++) {
          value(json, r.get(i));
        }
        json.writeEndArray();
        rows++;
      }
    }
    return rows;
  }

  private static void value(JsonGenerator json, Object v) throws IOException {
    switch (v) {
      case null -> json.writeNull();
      case Boolean b -> json.writeBoolean(b);
      case Integer i -> json.writeNumber(i);
      case Long l -> json.writeNumber(l);
      case Short s -> json.writeNumber(s);
      case BigDecimal d -> json.writeNumber(d);
      case TemporalAccessor time -> json.writeString(time.toString());
      default -> json.writeString(v.toString());
    }
  }

  /** Rows per table, in foreign-key order. */
  public java.util.Map<String, Integer> counts(Tx tx) {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (Table<?> t : dumped()) {
      out.put(t.getName(), tx.dsl().fetchCount(t));
    }
    return out;
  }

  /** The nämnd's name and municipality, for the backup's table of contents. */
  public String namnd(Tx tx) {
    return tx.dsl().select(Tables.NAMND.NAMN, Tables.NAMND.KOMMUN).from(Tables.NAMND).orderBy(Tables.NAMND.ID)
        .limit(1).fetchOptional(r -> r.value1() + ", " + r.value2()).orElse("");
  }

  /** Deletes every row of every table, the referencing tables first. */
  public void deleteAll(Tx tx) {
    List<Table<?>> order = ordered();
    for (int i = order.size() - 1; i >= 0; i--) {
      tx.dsl().deleteFrom(order.get(i)).execute();
    }
  }

  /**
   * Inserts rows of {@code table} given in the order of {@code columns}, in one batch; a row the database's own
   * rules refuse (a missing referenced row, a duplicate key, a check) is a {@link Violation}.
   */
  public void insert(Tx tx, String table, List<String> columns, List<Object[]> rows) {
    try {
      insertAll(tx, table(table), columns, rows);
    } catch (org.jooq.exception.DataAccessException e) {
      java.sql.SQLException sql = e.getCause(java.sql.SQLException.class);
      if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
        String detail = sql.getMessage().lines().findFirst().orElse("").replaceAll("\\s*\\[\\d+-\\d+]$", "");
        throw new Violation("tabellen " + table + " bryter mot databasens regler (" + detail + ")");
      }
      throw e;
    }
  }

  /** Rows that break one of the database's constraints; the message names the table and the constraint. */
  public static final class Violation extends RuntimeException {
    Violation(String message) {
      super(message);
    }
  }

  private static <R extends Record> void insertAll(Tx tx, Table<R> table, List<String> columns, List<Object[]> rows) {
    List<TableRecord<?>> records = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      R r = tx.dsl().newRecord(table);
      for (int i = 0; i < columns.size(); i++) {
        copy(r, table.field(columns.get(i)), row[i]);
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

  /** Moves every identity counter past the restored ids. */
  public void restartIdentities(Tx tx) {
    for (Table<?> t : ordered()) {
      if (t.getIdentity() == null) {
        continue;
      }
      Field<?> id = t.getIdentity().getField();
      Long max = tx.dsl().select(DSL.max(id.coerce(Long.class))).from(t).fetchSingle().value1();
      tx.dsl().execute("ALTER TABLE " + t.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH "
          + ((max == null ? 0 : max) + 1));
    }
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

  static Table<?> table(String name) {
    return ordered().stream().filter(t -> t.getName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + name));
  }

  static List<Table<?>> dumped() {
    return ordered().stream().filter(t -> !t.getName().equals(FILE_TABLE)).toList();
  }

  static List<Table<?>> ordered() {
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
