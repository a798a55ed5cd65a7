package se.namndbok.core.arende.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
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
  /** Words of a search that all match many are intersected when the rarest has fewer index rows than this. */
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
   * The condition on the outer {@code arende} row that every word holds, as SQL. When a word matches few ärenden
   * (its index rows fetched once, at most {@link #FA}), the search is their ids, the other words checked on
   * each; when every word matches many, the rarest word's ärenden (under {@link #MANGA} index rows) are read
   * and narrowed by the other words in the store ({@link #snitt}), and a small intersection is the search;
   * otherwise the query walks the ärenden newest first. The SQL is written here and read with plain JDBC on the transaction's connection:
   * every value in it is a literal (numbers, and text quoted by {@link #text}), which is what H2 plans on, and
   * jOOQ's building and rendering of these conditions cost more thread CPU than the queries (profiled, decision
   * 0142).
   */
  String villkor(Connection c, List<String> words) throws SQLException {
    if (words.isEmpty()) {
      return SANT;
    }
    List<Ord> ord = Ord.alla(c, words);
    Ord start = null;
    Set<Long> fewest = null;
    for (Ord o : ord) {
      Set<Long> ids = o.arenden(c, fewest == null ? fa : fewest.size());
      if (ids != null) {
        start = o;
        fewest = ids;
      }
    }
    if (start != null) {
      Ord first = start;
      return och(idIn(fewest), galler(ord.stream().filter(o -> o != first || o.lang()).toList()));
    }
    if (ord.size() > 1) {
      return snitt(c, ord);
    }
    return galler(ord);
  }

  /**
   * Every word matches many ärenden: each word's ärenden are read (up to {@link #MANGA} index rows; a word with
   * more is left to the condition) and intersected here, stopping when nothing is left. An intersection of at
   * most {@link #SNITT} is searched by id, with the words not read (and long words, on the text) checked on those
   * rows; otherwise, or when no word has fewer than {@code MANGA} rows, the query walks the ärenden newest first.
   * Counting each word's rows in the store, reading the rarest and filtering the others by its ids there cost
   * about twice as much: the count reads as many index rows as reading them does, and the filter is a statement
   * with thousands of literals (measured at 200,000 ärenden, decision 0142, addendum 2026-12-03).
   */
  private String snitt(Connection c, List<Ord> ord) throws SQLException {
    Set<Long> common = null;
    List<Ord> unread = new ArrayList<>();
    for (Ord o : ord) {
      if (common != null && common.isEmpty()) {
        break;
      }
      Set<Long> ids = o.arenden(c, manga);
      if (ids == null) {
        unread.add(o);
      } else if (common == null) {
        common = ids;
      } else {
        common.retainAll(ids);
      }
    }
    if (common == null || common.size() > snitt) {
      return galler(ord);
    }
    return och(idIn(common), galler(ord.stream().filter(o -> unread.contains(o) || o.lang()).toList()));
  }

  /** The same condition for jOOQ (the benchmark's explain mode). */
  Condition villkor(Tx tx, List<String> words) {
    String sql = tx.dsl().connectionResult(c -> villkor(c, words));
    return DSL.condition(sql);
  }

  private static final String SANT = "1 = 1";
  private static final String FALSKT = "1 = 0";

  private static String galler(List<Ord> ord) {
    return ord.isEmpty() ? SANT : ord.stream().map(o -> "(" + o.galler() + ")").collect(Collectors.joining(" AND "));
  }

  private static String och(String a, String b) {
    return b.equals(SANT) ? a : "(" + a + ") AND (" + b + ")";
  }

  private static String eller(List<String> conditions) {
    return conditions.size() == 1 ? conditions.getFirst()
        : conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" OR "));
  }

  /** The ids as literals: plans on the primary key in both stores, and no limit on bound values. */
  private static String idIn(Set<Long> ids) {
    return ids.isEmpty() ? FALSKT : in("arende.id", ids);
  }

  /** {@code column IN (ids)} with the ids as sorted literals; {@code ids} not empty. */
  private static String in(String column, Set<Long> ids) {
    long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
    StringBuilder sb = new StringBuilder(16 + sorted.length * 8).append(column).append(" IN (");
    for (int i = 0; i < sorted.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(sorted[i]);
    }
    return sb.append(')').toString();
  }

  /** A string literal: quotes doubled (both stores read a backslash in a literal as itself). */
  static String text(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** One search word: what it matches, as a condition on the ärende and as the ids of the ärenden it matches. */
  private static final class Ord {
    private final String word;
    private final Nummerprefix diarienummer;
    private final Nummerprefix hid;
    private final List<Nummerprefix.Intervall> lopnummer;
    /** The stored words that contain the word, when they are few enough to be sent as a list. */
    private final List<String> sokord;

    private Ord(String word, List<String> sokord) {
      this.word = word;
      this.sokord = sokord;
      this.diarienummer = Nummerprefix.av(word, '/');
      this.hid = Nummerprefix.av(word, '.');
      this.lopnummer = Nummerprefix.siffror(word) ? Nummerprefix.borjarMed(word) : List.of();
    }

    /**
     * The search's words, with the stored words that contain each (or, for a long word, its first part) from
     * one read of {@code sokord}: its scan of every distinct word was most of a word's cost (profiled, decision
     * 0142), so several words share the one pass. A row goes to each word it contains, a plain containment as in
     * the query (both stores compare characters as they are); a word with more than {@link #LISTA} gets none (a
     * subquery instead). The parts are literals, so that H2 knows them when it plans the statement (the
     * benchmark's floor has them so too).
     */
    static List<Ord> alla(Connection c, List<String> words) throws SQLException {
      List<String> uppslag = words.stream().map(Sokord::uppslag).toList();
      List<List<String>> found = new ArrayList<>();
      words.forEach(w -> found.add(new ArrayList<>()));
      String sql = "SELECT ord FROM sokord WHERE " + uppslag.stream().distinct().map(Ord::innehaller)
          .collect(Collectors.joining(" OR "));
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          String stored = rs.getString(1);
          for (int i = 0; i < words.size(); i++) {
            if (found.get(i).size() <= LISTA && stored.contains(uppslag.get(i))) {
              found.get(i).add(stored);
            }
          }
        }
      }
      List<Ord> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        out.add(new Ord(words.get(i), found.get(i).size() <= LISTA ? found.get(i) : null));
      }
      return out;
    }

    /** The stored words that contain the word (or, for a long word, its first part), as a subquery. */
    private String sokord() {
      return "SELECT ord FROM sokord WHERE " + innehaller(Sokord.uppslag(word));
    }

    /**
     * A stored word contains {@code part}: {@code POSITION} (standard SQL, both stores) rather than {@code LIKE
     * '%part%'}, which took H2 twice as long over the same words (96,000 words at 200,000 ärenden: 12 ms
     * against 22).
     */
    private static String innehaller(String part) {
      return "POSITION(" + text(part) + " IN ord) > 0";
    }

    boolean lang() {
      return !Sokord.uppslag(word).equals(word);
    }

    private static String nummer(String ar, String lop, Nummerprefix p) {
      if (p.inget()) {
        return FALSKT;
      }
      return och(eller(p.ar().stream().map(a -> range(ar, a)).toList()), intervall(lop, p.lopnummer()));
    }

    private static String intervall(String f, List<Nummerprefix.Intervall> in) {
      if (in.size() == 1 && in.getFirst().fran() == 1 && in.getFirst().till() == Integer.MAX_VALUE) {
        return SANT;
      }
      return eller(in.stream().map(i -> range(f, i)).toList());
    }

    /** The ärende's own numbers. */
    private String arendetsNummer() {
      String c = nummer("arende.ar", "arende.lopnummer", diarienummer);
      return lopnummer.isEmpty() ? c : eller(List.of(c, intervall("arende.lopnummer", lopnummer)));
    }

    /** A part of the ärende's rubrik or of its handlingar's rubrik or motpart, checked by the table's text. */
    private String texten() {
      String like = " LIKE " + text("%" + escape(word) + "%") + " ESCAPE '!'";
      return "lower(arende.rubrik)" + like + " OR EXISTS (SELECT 1 FROM handling WHERE handling.arende_id = arende.id"
          + " AND (lower(handling.motpart)" + like + " OR lower(handling.rubrik)" + like + "))";
    }

    /** The stored words as literals (read from the store, quoted by {@link #text}): H2 plans a literal list on the index. */
    private String literals() {
      return sokord.stream().map(Diariesokning::text).collect(Collectors.joining(", "));
    }

    /** The index rows of the stored words that contain the word. */
    private String iOrdlistan() {
      return sokord != null ? "diarieord.ord IN (" + literals() + ")" : "diarieord.ord IN (" + sokord() + ")";
    }

    /**
     * Whether the ärende (the outer {@code arende} row) matches the word. With a list of stored words, the
     * ärende's own index rows by the primary key (the {@code coalesce} keeps H2 from walking the word index,
     * which it does with bound values, once per ärende); with many, the matching ids once (H2 would run a
     * subquery inside a correlated one per row).
     */
    String galler() {
      String ord = sokord == null
          ? "arende.id IN (SELECT diarieord.arende_id FROM diarieord WHERE " + iOrdlistan() + ")"
          : sokord.isEmpty() ? FALSKT
          : "EXISTS (SELECT 1 FROM diarieord WHERE diarieord.arende_id = arende.id AND coalesce(diarieord.ord, '') IN ("
              + literals() + "))";
      if (lang()) {
        ord = och(ord, texten());
      }
      String c = eller(List.of(arendetsNummer(), ord));
      if (!hid.inget()) {
        c = eller(List.of(c, "EXISTS (SELECT 1 FROM handling WHERE handling.arende_id = arende.id AND ("
            + nummer("handling.ar", "handling.lopnummer", hid) + "))"));
      }
      return c;
    }

    /**
     * The ids of the ärenden the word matches, or null when its index rows are {@code most} or more. One query:
     * a union of the parts, each one range on an index (H2 seeks no index for ranges joined by OR) and each
     * with the limit (H2 reads a whole union before a limit on it).
     */
    Set<Long> arenden(Connection c, int most) throws SQLException {
      Set<Long> ids = new HashSet<>();
      List<Del> parts = delar();
      if (parts.isEmpty()) {
        return ids;
      }
      int rows = 0;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(union(parts, most))) {
        while (rows < most && rs.next()) {
          ids.add(rs.getLong(1));
          rows++;
        }
      }
      return rows >= most ? null : ids;
    }

    /** The parts as one query, each with the limit (H2 reads a whole union before a limit on it). */
    private static String union(List<Del> parts, int most) {
      List<String> selects = parts.stream().map(p -> p.select() + " LIMIT " + most).toList();
      return selects.size() == 1 ? selects.getFirst()
          : selects.stream().map(p -> "(" + p + ")").collect(Collectors.joining(" UNION ALL "));
    }

    /** One part of a word's ärenden: a select of ids on one index. */
    private record Del(String select) {}

    /** The parts of {@link #arenden}, each on one index. */
    private List<Del> delar() {
      List<Del> parts = new ArrayList<>();
      if (sokord == null || !sokord.isEmpty()) {
        parts.add(new Del("SELECT diarieord.arende_id FROM diarieord WHERE " + iOrdlistan()));
      }
      for (String c : ranges("arende.ar", "arende.lopnummer", diarienummer)) {
        parts.add(new Del("SELECT arende.id FROM arende WHERE " + c));
      }
      for (Nummerprefix.Intervall i : lopnummer) {
        parts.add(new Del("SELECT arende.id FROM arende WHERE " + range("arende.lopnummer", i)));
      }
      for (String c : ranges("handling.ar", "handling.lopnummer", hid)) {
        parts.add(new Del("SELECT handling.arende_id FROM handling WHERE " + c));
      }
      return parts;
    }

    /** Each year range with each löpnummer range of {@code p}, one condition per pair. */
    private static List<String> ranges(String ar, String lop, Nummerprefix p) {
      List<String> out = new ArrayList<>();
      for (Nummerprefix.Intervall a : p.ar()) {
        for (Nummerprefix.Intervall l : p.lopnummer()) {
          String c = range(ar, a);
          out.add(l.fran() == 1 && l.till() == Integer.MAX_VALUE ? c : c + " AND " + range(lop, l));
        }
      }
      return out;
    }

    private static String range(String f, Nummerprefix.Intervall i) {
      return i.fran() == i.till() ? f + " = " + i.fran() : f + " BETWEEN " + i.fran() + " AND " + i.till();
    }
  }

  private static String escape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
