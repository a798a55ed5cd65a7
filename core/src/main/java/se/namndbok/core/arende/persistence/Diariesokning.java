package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.DIARIEORD;
import static se.namndbok.core.db.generated.Tables.HANDLING;
import static se.namndbok.core.db.generated.Tables.SOKORD;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.namndbok.core.arende.DiariumSokning;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Sokord;

/**
 * The store's form of {@link DiariumSokning} (decision 0142). Each word is a condition on the ärende row built
 * from indexes only: number starts as ranges on {@code (ar, lopnummer)} of the ärende or its handlingar
 * ({@link Nummerprefix}), and a part of a rubrik or motpart as the stored words that contain it
 * ({@code sokord}, then {@code diarieord}). The window asks for the newest rows: when every word matches many
 * ärenden, walking the ärenden newest first stops after a few rows; when one word matches few, or the words
 * together do, the ids of those ärenden are fetched once and only they are checked and sorted.
 */
final class Diariesokning {
  /** Fewer index rows than this make a word one whose ärenden are fetched and the search starts from. */
  static final int FA = 2_000;
  /** At most this many stored words go to the query as a list; more (a word of a letter or two) as a subquery. */
  static final int LISTA = 500;
  /** Words of a search that all match many are intersected when each has at most this many index rows. */
  static final int MANGA = 100_000;
  /** An intersection of at most this many ärenden is looked up by id; a larger one is found walking newest first. */
  static final int SNITT = 5_000;

  private final int fa;
  private final int manga;
  private final int snitt;

  Diariesokning() {
    this(FA, MANGA, SNITT);
  }

  /** Other limits, so that a test on a small diarium takes every path of the plan. */
  Diariesokning(int fa, int manga, int snitt) {
    this.fa = fa;
    this.manga = manga;
    this.snitt = snitt;
  }

  /**
   * The condition on {@code ARENDE} that every word holds. When a word matches few ärenden (its index rows
   * fetched once, at most {@link #FA}), the search is their ids, the other words checked on each; when every word
   * matches many, the words' ärenden are intersected here (smallest first, at most {@link #MANGA} index rows
   * each) and a small intersection is the search; otherwise the query walks the ärenden newest first.
   */
  Condition villkor(Tx tx, List<String> words) {
    if (words.isEmpty()) {
      return DSL.trueCondition();
    }
    List<Ord> ord = words.stream().map(w -> new Ord(tx, w)).toList();
    Ord start = null;
    Set<Long> fewest = null;
    for (Ord o : ord) {
      Set<Long> ids = o.arenden(tx, fewest == null ? fa : fewest.size());
      if (ids != null) {
        start = o;
        fewest = ids;
      }
    }
    if (start != null) {
      Ord first = start;
      return idIn(fewest).and(galler(ord.stream().filter(o -> o != first || o.lang()).toList()));
    }
    if (ord.size() > 1) {
      List<Set<Long>> sets = new ArrayList<>();
      List<Ord> rest = new ArrayList<>();
      for (Ord o : ord) {
        Set<Long> ids = o.arenden(tx, manga);
        if (ids == null || o.lang()) {
          rest.add(o);
        }
        if (ids != null) {
          sets.add(ids);
        }
      }
      if (!sets.isEmpty()) {
        sets.sort(Comparator.comparingInt(Set::size));
        Set<Long> common = new HashSet<>(sets.getFirst());
        sets.subList(1, sets.size()).forEach(common::retainAll);
        if (common.size() <= snitt) {
          return idIn(common).and(galler(rest));
        }
      }
    }
    return galler(ord);
  }

  private static Condition galler(List<Ord> ord) {
    return DSL.and(ord.stream().map(Ord::galler).toList());
  }

  /** The ids as literals: plans on the primary key in both stores, and no limit on bound values. */
  private static Condition idIn(Set<Long> ids) {
    return ids.isEmpty() ? DSL.falseCondition()
        : ARENDE.ID.in(ids.stream().sorted().map(DSL::inline).toList());
  }

  /** One search word: what it matches, as a condition on the ärende and as the ids of the ärenden it matches. */
  private static final class Ord {
    private final String word;
    private final Nummerprefix diarienummer;
    private final Nummerprefix hid;
    private final List<Nummerprefix.Intervall> lopnummer;
    /** The stored words that contain the word, when they are few enough to be sent as a list. */
    private final List<String> sokord;

    Ord(Tx tx, String word) {
      this.word = word;
      List<String> found = tx.dsl().fetch(sokord()).getValues(SOKORD.ORD);
      this.sokord = found.size() <= LISTA ? found : null;
      this.diarienummer = Nummerprefix.av(word, '/');
      this.hid = Nummerprefix.av(word, '.');
      this.lopnummer = Nummerprefix.siffror(word) ? Nummerprefix.borjarMed(word) : List.of();
    }

    /**
     * The stored words that contain the word (or, for a long word, its first part). The pattern is a literal, so
     * that H2 knows it when it plans the statement (the benchmark's floor has it so too).
     */
    private Select<org.jooq.Record1<String>> sokord() {
      return DSL.select(SOKORD.ORD).from(SOKORD)
          .where(SOKORD.ORD.like(DSL.inline("%" + escape(Sokord.uppslag(word)) + "%"), '!'));
    }

    boolean lang() {
      return !Sokord.uppslag(word).equals(word);
    }

    private Condition nummer(Field<Integer> ar, Field<Integer> lop, Nummerprefix p) {
      if (p.inget()) {
        return DSL.falseCondition();
      }
      return DSL.or(p.ar().stream().map(a -> a.fran() == a.till() ? ar.eq(a.fran()) : ar.between(a.fran(), a.till()))
          .toList()).and(intervall(lop, p.lopnummer()));
    }

    private static Condition intervall(Field<Integer> f, List<Nummerprefix.Intervall> in) {
      if (in.size() == 1 && in.getFirst().fran() == 1 && in.getFirst().till() == Integer.MAX_VALUE) {
        return DSL.trueCondition();
      }
      return DSL.or(in.stream().map(i -> i.fran() == i.till() ? f.eq(i.fran()) : f.between(i.fran(), i.till()))
          .toList());
    }

    /** The ärende's own numbers. */
    private Condition arendetsNummer() {
      Condition c = nummer(ARENDE.AR, ARENDE.LOPNUMMER, diarienummer);
      return lopnummer.isEmpty() ? c : c.or(intervall(ARENDE.LOPNUMMER, lopnummer));
    }

    /** A part of the ärende's rubrik or of its handlingar's rubrik or motpart, checked by the table's text. */
    private Condition texten() {
      String like = "%" + escape(word) + "%";
      return DSL.lower(ARENDE.RUBRIK).like(like, '!').or(DSL.exists(DSL.selectOne().from(HANDLING)
          .where(HANDLING.ARENDE_ID.eq(ARENDE.ID))
          .and(DSL.lower(HANDLING.MOTPART).like(like, '!').or(DSL.lower(HANDLING.RUBRIK).like(like, '!')))));
    }

    /** The stored words as literals (read from the store, escaped by jOOQ): H2 plans a literal list on the index. */
    private List<Field<String>> literals() {
      return sokord.stream().<Field<String>>map(DSL::inline).toList();
    }

    /** The index rows of the stored words that contain the word. */
    private Condition iOrdlistan() {
      return sokord != null ? DIARIEORD.ORD.in(literals()) : DIARIEORD.ORD.in(sokord());
    }

    /**
     * Whether the ärende (the outer {@code ARENDE} row) matches the word. With a list of stored words, the
     * ärende's own index rows by the primary key (the {@code coalesce} keeps H2 from walking the word index,
     * which it does with bound values, once per ärende); with many, the matching ids once (H2 would run a
     * subquery inside a correlated one per row).
     */
    Condition galler() {
      Condition ord = sokord == null
          ? ARENDE.ID.in(DSL.select(DIARIEORD.ARENDE_ID).from(DIARIEORD).where(iOrdlistan()))
          : sokord.isEmpty() ? DSL.falseCondition()
          : DSL.exists(DSL.selectOne().from(DIARIEORD).where(DIARIEORD.ARENDE_ID.eq(ARENDE.ID))
              .and(DSL.coalesce(DIARIEORD.ORD, DSL.inline("")).in(literals())));
      if (lang()) {
        ord = ord.and(texten());
      }
      Condition c = arendetsNummer().or(ord);
      if (!hid.inget()) {
        c = c.or(DSL.exists(DSL.selectOne().from(HANDLING).where(HANDLING.ARENDE_ID.eq(ARENDE.ID))
            .and(nummer(HANDLING.AR, HANDLING.LOPNUMMER, hid))));
      }
      return c;
    }

    /**
     * The ids of the ärenden the word matches, or null when its index rows are {@code most} or more. One query:
     * a union of the parts, each one range on an index (H2 seeks no index for ranges joined by OR) and each
     * with the limit (H2 reads a whole union before a limit on it).
     */
    Set<Long> arenden(Tx tx, int most) {
      Set<Long> ids = new HashSet<>();
      List<SelectLimitStep<Record1<Long>>> parts = delar();
      if (parts.isEmpty()) {
        return ids;
      }
      Select<Record1<Long>> union = parts.getFirst().limit(most);
      for (SelectLimitStep<Record1<Long>> part : parts.subList(1, parts.size())) {
        union = union.unionAll(part.limit(most));
      }
      int rows = 0;
      try (Cursor<Record1<Long>> cursor = tx.dsl().fetchLazy(union)) {
        ResultSet rs = cursor.resultSet();
        while (rows < most && rs.next()) {
          ids.add(rs.getLong(1));
          rows++;
        }
      } catch (SQLException e) {
        throw new DataAccessException("Diariets sökning kunde inte läsas", e);
      }
      return rows >= most ? null : ids;
    }

    /** The parts of {@link #arenden}, each on one index. */
    private List<SelectLimitStep<Record1<Long>>> delar() {
      List<SelectLimitStep<Record1<Long>>> parts = new ArrayList<>();
      if (sokord == null || !sokord.isEmpty()) {
        parts.add(DSL.select(DIARIEORD.ARENDE_ID).from(DIARIEORD).where(iOrdlistan()));
      }
      for (Condition c : ranges(ARENDE.AR, ARENDE.LOPNUMMER, diarienummer)) {
        parts.add(DSL.select(ARENDE.ID).from(ARENDE).where(c));
      }
      for (Nummerprefix.Intervall i : lopnummer) {
        parts.add(DSL.select(ARENDE.ID).from(ARENDE).where(range(ARENDE.LOPNUMMER, i)));
      }
      for (Condition c : ranges(HANDLING.AR, HANDLING.LOPNUMMER, hid)) {
        parts.add(DSL.select(HANDLING.ARENDE_ID).from(HANDLING).where(c));
      }
      return parts;
    }

    /** Each year range with each löpnummer range of {@code p}, one condition per pair. */
    private static List<Condition> ranges(Field<Integer> ar, Field<Integer> lop, Nummerprefix p) {
      List<Condition> out = new ArrayList<>();
      for (Nummerprefix.Intervall a : p.ar()) {
        for (Nummerprefix.Intervall l : p.lopnummer()) {
          Condition c = range(ar, a);
          out.add(l.fran() == 1 && l.till() == Integer.MAX_VALUE ? c : c.and(range(lop, l)));
        }
      }
      return out;
    }

    private static Condition range(Field<Integer> f, Nummerprefix.Intervall i) {
      return i.fran() == i.till() ? f.eq(i.fran()) : f.between(i.fran(), i.till());
    }
  }

  private static String escape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
