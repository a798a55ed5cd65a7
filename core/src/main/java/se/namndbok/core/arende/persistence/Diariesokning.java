package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.DIARIEORD;
import static se.namndbok.core.db.generated.Tables.HANDLING;
import static se.namndbok.core.db.generated.Tables.SOKORD;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;
import se.namndbok.core.arende.DiariumSokning;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Sokord;

/**
 * The store's form of {@link DiariumSokning} (decision 0142). Each word is a condition on the ärende row built
 * from indexes only: number starts as ranges on {@code (ar, lopnummer)} of the ärende or its handlingar
 * ({@link Nummerprefix}), and a part of a rubrik or motpart as the stored words that contain it
 * ({@code sokord}, then {@code diarieord}). The window asks for the newest rows: when every word matches many
 * ärenden, walking the ärenden newest first stops after a few rows; when one word matches few, its matches
 * are looked up first and only they are checked and sorted.
 */
final class Diariesokning {
  /** Fewer candidates than this (counted by a word's index rows) make a word the one the search starts from. */
  static final int FA = 2_000;
  /** At most this many stored words go to the query as a list; more (a word of a letter or two) as a subquery. */
  static final int LISTA = 500;

  /** The condition on {@code ARENDE} that every word holds. */
  Condition villkor(Tx tx, List<String> words) {
    if (words.isEmpty()) {
      return DSL.trueCondition();
    }
    List<Ord> ord = words.stream().map(w -> new Ord(tx, w)).toList();
    Ord start = null;
    int fewest = FA;
    for (Ord o : ord) {
      int n = 0;
      for (Select<? extends org.jooq.Record1<Long>> part : o.delar()) {
        n += tx.dsl().fetchCount(DSL.select(DSL.one()).from(part.asTable("k")).limit(fewest - n));
        if (n >= fewest) {
          break;
        }
      }
      if (n < fewest) {
        fewest = n;
        start = o;
      }
    }
    Condition c = DSL.and(ord.stream().map(Ord::galler).toList());
    return start == null ? c : ARENDE.ID.in(start.kandidater()).and(c);
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

    /** The stored words that contain the word (or, for a long word, its first part). */
    private Select<org.jooq.Record1<String>> sokord() {
      return DSL.select(SOKORD.ORD).from(SOKORD).where(SOKORD.ORD.like("%" + escape(Sokord.uppslag(word)) + "%", '!'));
    }

    private boolean lang() {
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

    /** The index rows of the stored words that contain the word. */
    private Condition iOrdlistan() {
      return sokord != null ? DIARIEORD.ORD.in(sokord) : DIARIEORD.ORD.in(sokord());
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
              .and(DSL.coalesce(DIARIEORD.ORD, DSL.inline("")).in(sokord)));
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
     * The ids of the ärenden the word matches (an ärende may come more than once), each part one range on an
     * index: H2 does not seek an index for ranges joined by OR, so every range is a select of its own.
     */
    Select<? extends org.jooq.Record1<Long>> kandidater() {
      List<Select<? extends org.jooq.Record1<Long>>> parts = delar();
      Select<? extends org.jooq.Record1<Long>> out = parts.getFirst();
      for (int i = 1; i < parts.size(); i++) {
        out = unionAll(out, parts.get(i));
      }
      return out;
    }

    /** The parts of {@link #kandidater}, each counted on its own (H2 reads a whole union before a limit). */
    List<Select<? extends org.jooq.Record1<Long>>> delar() {
      List<Select<? extends org.jooq.Record1<Long>>> parts = new ArrayList<>();
      parts.add(DSL.select(DIARIEORD.ARENDE_ID).from(DIARIEORD).where(iOrdlistan()));
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

    @SuppressWarnings("unchecked")
    private static Select<? extends org.jooq.Record1<Long>> unionAll(Select<? extends org.jooq.Record1<Long>> a,
        Select<? extends org.jooq.Record1<Long>> b) {
      return ((Select<org.jooq.Record1<Long>>) a).unionAll((Select<org.jooq.Record1<Long>>) b);
    }
  }

  private static String escape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
