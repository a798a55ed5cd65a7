package se.namndbok.core.ejverkstallda.persistence;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.GynnandeBeslutRecord;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;

/**
 * The staging table of one import of gynnande beslut: a temporary table on the import's own connection, filled
 * in short committed batches while the file is read, then switched into {@code gynnande_beslut} by set-based
 * SQL in one transaction. Being temporary, it vanishes with the connection, also when the process is killed.
 */
public final class BeslutStaging {
  private static final String TABLE = "import_beslut";
  private static final Table<Record> S = table(name(TABLE)).as("s");
  private static final Field<Integer> RAD = field(name("s", "rad"), SQLDataType.INTEGER);
  private static final Field<String> REFERENS = staged(GYNNANDE_BESLUT.REFERENS);
  /** The columns copied into gynnande_beslut, in the staging table's order after {@code rad}. */
  private static final List<Field<?>> COLUMNS = List.of(GYNNANDE_BESLUT.REFERENS, GYNNANDE_BESLUT.LAG,
      GYNNANDE_BESLUT.INSATS_KOD, GYNNANDE_BESLUT.KON, GYNNANDE_BESLUT.FODELSEAR, GYNNANDE_BESLUT.BESLUTSDATUM,
      GYNNANDE_BESLUT.AVBROTTSDATUM, GYNNANDE_BESLUT.VERKSTALLIGHETSDATUM, GYNNANDE_BESLUT.AVSLUTSDATUM,
      GYNNANDE_BESLUT.AVSLUTSORSAK, GYNNANDE_BESLUT.SKAL, GYNNANDE_BESLUT.FRIST, GYNNANDE_BESLUT.ERBJUDANDEN);
  private static final String INSERT = "INSERT INTO " + TABLE + " (rad, lag, insats_kod, kon, fodelsear,"
      + " beslutsdatum, avbrottsdatum, verkstallighetsdatum, avslutsdatum, avslutsorsak, skal, frist, erbjudanden,"
      + " referens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * One line of the file: its referens, and the decision when every check passed (null otherwise: such a line
   * is staged only so that a later line with the same referens is reported).
   */
  public record Rad(int rad, String referens, GynnandeBeslut beslut) {
    public static Rad giltig(int rad, GynnandeBeslut beslut) {
      return new Rad(rad, beslut.referens(), beslut);
    }
  }

  /** A referens the file has more than once: the later line and the first. */
  public record Dubblett(int rad, String referens, int forstaRad) {}

  /** Creates the empty staging table on the import's connection. */
  public void create(Tx tx) {
    drop(tx);
    List<Field<?>> columns = new ArrayList<>();
    columns.add(field(name("rad"), SQLDataType.INTEGER.notNull()));
    COLUMNS.forEach(c -> columns.add(field(name(c.getName()), c.getDataType().null_())));
    String ddl = tx.dsl().createTemporaryTable(TABLE).columns(columns).getSQL();
    if (tx.dsl().dialect().family() == SQLDialect.H2) {
      // H2's "temporary" is global; a local one belongs to this connection alone and keeps its rows on commit
      ddl = ddl.replaceFirst("(?i)^create temporary table", "create local temporary table");
    }
    tx.dsl().execute(ddl);
  }

  /** Indexes the staged referens once every line is in (faster than keeping an index up to date while loading). */
  public void index(Tx tx) {
    String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    tx.dsl().createIndex("ix_import_beslut_" + suffix).on(table(name(TABLE)), field(name("referens"))).execute();
  }

  /** Drops the staging table: a pooled connection outlives the import, and the rows are not needed again. */
  public void drop(Tx tx) {
    tx.dsl().dropTemporaryTableIfExists(TABLE).execute();
  }

  /** Adds checked lines in one JDBC batch. */
  public void add(Tx tx, Collection<Rad> rader) {
    tx.dsl().connection(c -> {
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        for (Rad r : rader) {
          ps.setInt(1, r.rad());
          if (r.beslut() == null) {
            for (int i = 2; i <= COLUMNS.size(); i++) {
              ps.setNull(i, java.sql.Types.NULL);
            }
            ps.setString(COLUMNS.size() + 1, r.referens());
          } else {
            GynnandeBeslutRepository.bind(ps, 2, r.beslut());
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  /** Every later line whose referens an earlier line of the file already has, in file order, at most {@code max}. */
  public List<Dubblett> dubbletter(Tx tx, int max) {
    List<Dubblett> found = new ArrayList<>();
    var repeated = tx.dsl().select(REFERENS, min(RAD)).from(S).groupBy(REFERENS).having(count().gt(1))
        .orderBy(min(RAD)).limit(max).fetch();
    for (var r : repeated) {
      tx.dsl().select(RAD).from(S).where(REFERENS.eq(r.value1()).and(RAD.ne(r.value2()))).orderBy(RAD).limit(max)
          .forEach(line -> found.add(new Dubblett(line.value1(), r.value1(), r.value2())));
    }
    found.sort(java.util.Comparator.comparingInt(Dubblett::rad));
    return found.subList(0, Math.min(max, found.size()));
  }

  /** Staged decisions whose referens is not stored yet. */
  public int countNew(Tx tx) {
    return tx.dsl().fetchCount(S, notExists(stored()));
  }

  public int countAll(Tx tx) {
    return tx.dsl().fetchCount(S);
  }

  /** Hands each stored decision the file changes to {@code each} (before, after), streaming. */
  public void forEachChanged(Tx tx, BiConsumer<GynnandeBeslut, GynnandeBeslut> each) {
    List<Field<?>> fields = new ArrayList<>(List.of(GYNNANDE_BESLUT.fields()));
    COLUMNS.forEach(c -> fields.add(staged(c).as("s_" + c.getName())));
    try (Cursor<Record> changed = tx.dsl().select(fields).from(S).join(GYNNANDE_BESLUT)
        .on(GYNNANDE_BESLUT.REFERENS.eq(REFERENS)).where(differs()).orderBy(RAD).fetchSize(1_000).fetchLazy()) {
      for (Record r : changed) {
        GynnandeBeslutRecord before = r.into(GYNNANDE_BESLUT);
        GynnandeBeslutRecord after = new GynnandeBeslutRecord();
        COLUMNS.forEach(c -> copy(after, GYNNANDE_BESLUT.field(c), r.get("s_" + c.getName())));
        each.accept(GynnandeBeslutRepository.map(before), GynnandeBeslutRepository.map(after));
      }
    }
  }

  /** Updates every stored decision the file changes; returns how many. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public int updateChanged(Tx tx) {
    List<Field<?>> targets = COLUMNS.subList(1, COLUMNS.size());
    List<Field<?>> sources = targets.stream().<Field<?>>map(BeslutStaging::staged).toList();
    return tx.dsl().update(GYNNANDE_BESLUT)
        .set(row(targets), select(sources).from(S).where(REFERENS.eq(GYNNANDE_BESLUT.REFERENS)))
        .where(exists(selectOne().from(S).where(REFERENS.eq(GYNNANDE_BESLUT.REFERENS)).and(differs())))
        .execute();
  }

  /** Inserts every staged decision whose referens is new ({@code allNew}: the table was empty); returns how many. */
  public int insertNew(Tx tx, boolean allNew) {
    List<Field<?>> sources = COLUMNS.stream().<Field<?>>map(BeslutStaging::staged).toList();
    return tx.dsl().insertInto(GYNNANDE_BESLUT).columns(COLUMNS)
        .select(select(sources).from(S).where(allNew ? org.jooq.impl.DSL.noCondition() : notExists(stored())))
        .execute();
  }

  private static <T> void copy(Record target, Field<T> field, Object value) {
    target.set(field, field.getDataType().convert(value));
  }

  private static org.jooq.Select<?> stored() {
    return selectOne().from(GYNNANDE_BESLUT).where(GYNNANDE_BESLUT.REFERENS.eq(REFERENS));
  }

  private static Condition differs() {
    Condition c = org.jooq.impl.DSL.falseCondition();
    for (Field<?> column : COLUMNS.subList(1, COLUMNS.size())) {
      c = c.or(distinct(column));
    }
    return c;
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition distinct(Field<T> column) {
    return column.isDistinctFrom((Field<T>) staged(column));
  }

  @SuppressWarnings("unchecked")
  private static <T> Field<T> staged(Field<T> column) {
    return field(name("s", column.getName()), column.getDataType());
  }
}
