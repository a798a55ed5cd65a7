package se.namndbok.core.arende.persistence;

import static se.namndbok.core.testing.Stopwatch.ms;
import static se.namndbok.core.testing.Stopwatch.nanos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.DiariumSokning;
import se.namndbok.core.db.V89__Diariets_sokord;
import se.namndbok.core.testing.TestStore;

/**
 * The diarium at a large kommun's scale (issue 10, point 2): 200,000 ärenden with 1,000,000 handlingar (fixed
 * seed), the first rows the window shows and each kind of search through {@link ArendeService#search} against
 * its floor, the best JDBC written by hand for the same answer on the same store in the same run (the fastest of
 * the forms in {@link #search}). The index is filled by the same code as migration V89. No timing is
 * asserted; the last lines are one {@code BENCHMARK|…} line per measured thing (wall clock), the p95 times and
 * the same ratios in thread-CPU time. {@code -Dbenchmark.store=FOLDER} keeps the generated store for the next run;
 * {@code -Dbenchmark.upprepa=ID} only calls the program for one measure, many times, for a profiler.
 */
public final class DiariumBenchmark {
  private static final long SEED = 20261202L;
  private static final int LIMIT = 500;
  private static final int YEARS = 10;
  /** The thread's CPU time beside the wall clock: the embedded store works in the calling thread. */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  private static final String[] FORNAMN = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Lena",
      "Nils", "Åsa", "Örjan", "Ulla", "Björn", "Ingrid", "Sven", "Kerstin", "Anders", "Birgitta", "Mikael"};
  private static final String[] EFTERNAMN = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
      "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
      "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
      "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson",
      "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Lundin",
      "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson",
      "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson",
      "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström",
      "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg",
      "Öberg"};
  private static final String[] ORGANISATION = {"Försäkringskassan", "Polismyndigheten", "IVO", "Förvaltningsrätten i "
      + "Göteborg", "Region Västra Götaland", "Kronofogden", "Migrationsverket", "Arbetsförmedlingen", "Skolverket"};
  private static final String[] ARENDERUBRIK = {"Ansökan om bistånd enligt 4 kap. 1 § SoL", "Ansökan om "
      + "försörjningsstöd", "Anmälan enligt 14 kap. 1 § SoL", "Överklagande av beslut om bistånd", "Yttrande till "
      + "förvaltningsrätten", "Redovisning av delegationsbeslut", "Tillsyn av HVB-hem", "Begäran om utlämnande av "
      + "allmän handling", "Ansökan om bistånd i form av särskilt boende", "Ansökan om kontaktperson enligt LSS",
      "Ansökan om ledsagarservice", "Utredning enligt 11 kap. 1 § SoL", "Vårdnadsöverflyttning", "Ansökan om "
      + "bostad med särskild service", "Ej verkställt gynnande beslut", "Lex Sarah-rapport", "Klagomål på "
      + "hemtjänsten", "Medborgarförslag om fritidsgårdar", "Remiss: ny socialtjänstlag", "Budget och "
      + "verksamhetsplan"};
  private static final String[] HANDLINGSRUBRIK = {"Ansökan", "Beslut om bistånd", "Kompletterande uppgifter",
      "Läkarintyg", "Yttrande", "Tjänsteskrivelse", "Protokollsutdrag", "Kvittens", "Begäran om komplettering",
      "Dom", "Överklagande", "Skrivelse", "Utredning", "Underrättelse", "Meddelande om beslut", "Journalanteckning"};
  private static final String[] ORT = {"Centrum", "Norr", "Söder", "Väster", "Öster", "Åby", "Älvängen", "Backa",
      "Hisingen", "Kortedala", "Majorna", "Frölunda", "Angered", "Biskopsgården", "Lundby", "Örgryte"};

  /** Calls of the program and of each floor per inner call before the rounds (-Dbenchmark.uppvarmning). */
  private static final int WARM_UP = Integer.getInteger("benchmark.uppvarmning", 20);

  public static void main(String[] args) throws SQLException {
    int arenden = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    String kept = System.getProperty("benchmark.store", "");
    java.nio.file.Path folder = kept.isEmpty() ? null : java.nio.file.Path.of(kept, "diarium-" + arenden);
    boolean reuse = folder != null && java.nio.file.Files.exists(folder.resolve("inlast"));
    try (TestStore s = folder == null ? TestStore.create() : TestStore.open(folder)) {
      long load = reuse ? 0 : nanos(() -> load(s, arenden));
      long index = reuse ? 0 : nanos(() -> index(s));
      if (folder != null && !reuse) {
        try {
          java.nio.file.Files.writeString(folder.resolve("inlast"), "seed " + SEED + "\n");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      int handlingar = count(s, "SELECT COUNT(*) FROM handling");
      System.out.printf(Locale.ROOT, "%d ärenden, %d handlingar (seed %d) loaded in %d ms; index (V89) filled in %d ms "
          + "(%d rows, %d words)%n", arenden, handlingar, SEED, ms(load), ms(index),
          count(s, "SELECT COUNT(*) FROM diarieord"), count(s, "SELECT COUNT(*) FROM sokord"));
      int perYear = arenden / YEARS;
      int hidPerYear = handlingar / YEARS;
      int lastYear = 2017 + YEARS - 1;
      String n = String.format(Locale.ROOT, "%,d", arenden).replace(',', ' ');
      List<Matt> matt = List.of(
          new Matt("diarium-forsta", "Diariets första rader (de 500 senaste), " + n + " ärenden", 1.2, "",
              List.of(sql("SELECT * FROM arende ORDER BY ar DESC, lopnummer DESC LIMIT " + LIMIT)),
              Integer.getInteger("benchmark.inre", 9)),
          search("diarium-nummer", "Diariesökning på diarienummer, " + n + " ärenden",
              (lastYear - 3) + "/" + (perYear / 16)),
          search("diarium-hid", "Diariesökning på Hid, " + n + " ärenden", "Hid: " + (lastYear - 1) + "."
              + (hidPerYear / 3)),
          search("diarium-lopnummer", "Diariesökning på löpnummer, " + n + " ärenden", Integer.toString(perYear * 3 / 17)),
          search("diarium-sallsynt-ord", "Diariesökning på ett sällsynt ord, " + n + " ärenden", "zyskowsk"),
          search("diarium-vanligt-ord", "Diariesökning på ett vanligt ord, " + n + " ärenden", "bistånd"),
          search("diarium-tva-ord", "Diariesökning på två ord, " + n + " ärenden", "överklagande sjöberg"));
      ArendeService service = s.core().arenden();
      List<String> lines = new ArrayList<>();
      List<String> p95 = new ArrayList<>();
      List<String> cpuLines = new ArrayList<>();
      String repeat = System.getProperty("benchmark.upprepa", "");
      if (!repeat.isEmpty()) { // for a profiler: only the program's call, many times
        Matt m = matt.stream().filter(x -> x.id().equals(repeat)).findFirst().orElseThrow();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long t = nanos(() -> {
          for (int i = 0; i < Integer.getInteger("benchmark.upprepningar", 2_000); i++) {
            s.core().arenden().search(m.query(), LIMIT);
          }
          return null;
        });
        System.out.println(m.id() + " thread CPU " + ms(CPU.getCurrentThreadCpuTime() - cpuStart) + " ms");
        System.out.println(m.id() + " " + Integer.getInteger("benchmark.upprepningar", 2_000) + " calls in " + ms(t) + " ms");
        return;
      }
      if (Boolean.getBoolean("benchmark.explain")) {
        for (Matt m : matt) {
          String sql = s.db().read(tx -> tx.dsl().renderInlined(tx.dsl().selectFrom(se.namndbok.core.db.generated.Tables.ARENDE)
              .where(new Diariesokning().villkor(tx, DiariumSokning.ord(m.query())))
              .orderBy(se.namndbok.core.db.generated.Tables.ARENDE.AR.desc(),
                  se.namndbok.core.db.generated.Tables.ARENDE.LOPNUMMER.desc()).limit(LIMIT)));
          System.out.println(m.id() + " PROGRAM " + sql);
          try (Connection c = s.db().dataSource().getConnection(); Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("EXPLAIN ANALYZE " + sql)) {
            rs.next();
            System.out.println(rs.getString(1));
          }
          long t = nanos(() -> s.core().arenden().search(m.query(), LIMIT).size());
          System.out.println(m.id() + " TIME " + ms(t) + " ms");
        }
        return;
      }
      // -Dbenchmark.matt=diarium-forsta,diarium-tva-ord measures only those (while working on one of them)
      List<String> only = List.of(System.getProperty("benchmark.matt", "").split(",")).stream()
          .filter(x -> !x.isBlank()).toList();
      for (Matt m : matt) {
        if (!only.isEmpty() && !only.contains(m.id())) {
          continue;
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        int hits = -1;
        // Warm-up beside round 0: a call of a few ms is compiled only after many; without it the first rows' ratio
        // in the first rounds was the JIT's, not the code's (1.4-2.0x, against 1.04x after 1,500 calls each).
        // At most ten seconds of it, so that the slow floors of a search do not lengthen bench/run by minutes.
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        for (int w = 0; w < WARM_UP * m.inre() && System.nanoTime() < warmUntil; w++) {
          program(service, m, new long[1], new long[1], 0);
          for (Golv golv : m.floors()) {
            floor(s, golv);
          }
        }
        for (int round = 0; round <= rounds; round++) {
          long[] floors = new long[m.inre()];
          long[] floorCpus = new long[m.inre()];
          long[] programs = new long[m.inre()];
          long[] programCpus = new long[m.inre()];
          int floorHits = 0;
          StringBuilder forms = new StringBuilder();
          for (int k = 0; k < m.inre(); k++) {
            boolean programFirst = (round + k) % 2 == 1;
            if (programFirst) {
              hits = program(service, m, programs, programCpus, k);
            }
            long floor = Long.MAX_VALUE;
            long floorCpu = Long.MAX_VALUE;
            for (Golv golv : m.floors()) {
              long[] t = new long[1];
              int[] h = new int[1];
              long cpu = CPU.getCurrentThreadCpuTime();
              t[0] = nanos(() -> h[0] = floor(s, golv));
              cpu = CPU.getCurrentThreadCpuTime() - cpu;
              floor = Math.min(floor, t[0]);
              floorCpu = Math.min(floorCpu, cpu);
              if (floorHits != 0 && h[0] != floorHits) {
                throw new IllegalStateException(m.id() + ": the floors found " + floorHits + " and " + h[0]);
              }
              floorHits = h[0];
              if (k == 0) {
                forms.append(String.format(Locale.ROOT, " %.2f", t[0] / 1e6));
              }
            }
            floors[k] = floor;
            floorCpus[k] = floorCpu;
            if (!programFirst) {
              hits = program(service, m, programs, programCpus, k);
            }
          }
          if (hits != floorHits) {
            throw new IllegalStateException(m.id() + ": the program found " + hits + ", the floor " + floorHits);
          }
          long floor = median(floors);
          long floorCpu = median(floorCpus);
          long program = median(programs);
          long programCpu = median(programCpus);
          if (round > 0) {
            ratios.add((double) program / floor);
            cpuRatios.add((double) programCpu / floorCpu);
            for (long t : programs) {
              times.add(t); // p95 over every call, not over the rounds' medians
            }
          }
          System.out.printf(Locale.ROOT, "%s round %d%s: floor %.2f ms (forms%s; median of %d), program %.2f ms "
              + "= %.2f×; thread CPU floor %.2f ms, program %.2f ms = %.2f×%n", m.id(), round, round == 0 ? " (warm-up)" : "", floor / 1e6,
              forms, m.inre(), program / 1e6, (double) program / floor, floorCpu / 1e6, programCpu / 1e6,
              (double) programCpu / floorCpu);
        }
        Collections.sort(ratios);
        Collections.sort(cpuRatios);
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "%s \"%s\": %d rows%n", m.id(), m.query(), hits);
        lines.add(String.format(Locale.ROOT, "BENCHMARK|%s|%s|%.2f|%.2f|%.2f|%d|≤ %s×", m.id(), m.beskrivning(),
            ratios.getFirst(), ratios.get(ratios.size() / 2), ratios.getLast(), ratios.size(),
            Double.toString(m.mal()).replaceAll("\\.?0+$", "")));
        cpuLines.add(String.format(Locale.ROOT, "CPU|%s|%.2f|%.2f|%.2f|%d", m.id(), cpuRatios.getFirst(),
            cpuRatios.get(cpuRatios.size() / 2), cpuRatios.getLast(), cpuRatios.size()));
        p95.add(String.format(Locale.ROOT, "P95|%s|%.1f ms|n %d|mål < 100 ms", m.id(),
            times.get((int) Math.ceil(0.95 * times.size()) - 1) / 1e6, times.size()));
      }
      System.out.println("load average " + loadAverage());
      lines.forEach(System.out::println);
      p95.forEach(System.out::println);
      cpuLines.forEach(System.out::println);
    }
  }

  /** One call of the program for {@code m}: its times go to slot {@code k}; returns the rows it found. */
  private static int program(ArendeService service, Matt m, long[] wall, long[] cpu, int k) {
    int[] got = new int[1];
    long c = CPU.getCurrentThreadCpuTime();
    wall[k] = nanos(() -> got[0] = service.search(m.query(), LIMIT).size());
    cpu[k] = CPU.getCurrentThreadCpuTime() - c;
    return got[0];
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** One measured thing: the program's query (empty: the first rows) and its floors (the fastest counts). */
  /**
   * One measured thing: the program's query (empty: the first rows), its floors (the fastest counts) and how many
   * times each round calls both, alternating which goes first (the round is the median of each): the first rows
   * take about 3 ms, and one call of each beside other builds was mostly noise (0.3–5.7× in one run).
   */
  private record Matt(String id, String beskrivning, double mal, String query, List<Golv> floors, int inre) {}

  /** A floor: JDBC written by hand on one connection, giving the same rows; returns how many. */
  @FunctionalInterface
  private interface Golv {
    int rows(Connection c) throws SQLException;
  }

  private static Golv sql(String sql) {
    return c -> rows(c, sql);
  }

  /**
   * A search and its floors, the same answer by hand; the fastest of the forms in each round is the floor:
   * <ol>
   *   <li>one query: each word's ranges on the indexed numbers or the index rows of the stored words that
   *       contain it ({@code sokord} as a subquery);</li>
   *   <li>the stored words first (one containment scan of {@code sokord} per word), then one query with them as
   *       literals and each word's ärenden as a union of one index range per part (H2 seeks no index for ranges
   *       joined by OR), the words' unions intersected by {@code IN … AND IN};</li>
   *   <li>the stored words first, then a walk newest first that checks each ärende's own index rows per word
   *       (best when every word is common);</li>
   *   <li>the stored words first, then each word's ärenden (the same union, read into a set), the sets
   *       intersected, and the rows of the ids that are left (best when a word, or the words together, match
   *       few).</li>
   *   <li>the stored words of all the words in one read, each word's index rows counted, the rarest read and the
   *       others filtered by its ids in the store, and the rows of the ids left (the program's plan before
   *       2026-12-03);</li>
   *   <li>the stored words of all the words in one read, then each word's ärenden read into a set and the sets
   *       intersected, and the rows of the ids left (the program's plan since).</li>
   * </ol>
   */
  private static Matt search(String id, String beskrivning, String query) {
    List<String> words = DiariumSokning.ord(query);
    String where = String.join(" AND ", words.stream().map(DiariumBenchmark::handskriven).toList());
    String order = " ORDER BY ar DESC, lopnummer DESC LIMIT " + LIMIT;
    Golv union = c -> {
      List<String> in = new ArrayList<>();
      for (String w : words) {
        List<String> parts = parts(w, sokord(c, w));
        in.add(parts.isEmpty() ? "FALSE" : "a.id IN (" + String.join(" UNION ALL ", parts) + ")");
      }
      return rows(c, "SELECT * FROM arende a WHERE " + String.join(" AND ", in) + order);
    };
    Golv walk = c -> {
      List<String> each = new ArrayList<>();
      for (String w : words) {
        List<String> or = new ArrayList<>();
        List<String> stored = sokord(c, w);
        if (!stored.isEmpty()) {
          or.add("EXISTS (SELECT 1 FROM diarieord d WHERE d.arende_id = a.id AND COALESCE(d.ord, '') IN ("
              + literals(stored) + "))");
        }
        nummer(w).forEach(n -> or.add(n.condition()));
        each.add(or.isEmpty() ? "FALSE" : "(" + String.join(" OR ", or) + ")");
      }
      return rows(c, "SELECT * FROM arende a WHERE " + String.join(" AND ", each) + order);
    };
    Golv ids = c -> {
      Set<Long> common = null;
      for (String w : words) {
        Set<Long> found = arendenFor(c, parts(w, sokord(c, w)));
        if (common == null) {
          common = found;
        } else {
          common.retainAll(found);
        }
      }
      return rowsWithIds(c, common, order);
    };
    Golv rarestFirst = c -> {
      List<List<String>> stored = sokord(c, words);
      List<List<String>> parts = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        List<String> p = parts(words.get(i), stored.get(i));
        parts.add(p);
        counts.add(p.isEmpty() ? 0 : countIn(c, "SELECT COUNT(*) FROM (" + String.join(" UNION ALL ", p) + ") x"));
      }
      List<Integer> byCount = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        byCount.add(i);
      }
      byCount.sort(java.util.Comparator.comparing(counts::get));
      Set<Long> common = null;
      for (int i : byCount) {
        if (parts.get(i).isEmpty() || (common != null && common.isEmpty())) {
          return 0;
        }
        String within = common == null ? "" : " IN (" + String.join(", ", common.stream().map(String::valueOf).toList())
            + ")";
        String each = String.join(" UNION ALL ", parts.get(i).stream()
            .map(p -> within.isEmpty() ? p : p + " AND " + p.split(" ")[1] + within).toList());
        common = arendenFor(c, List.of(each));
      }
      return rowsWithIds(c, common, order);
    };
    Golv onePassThenEach = c -> {
      List<List<String>> stored = sokord(c, words);
      Set<Long> common = null;
      for (int i = 0; i < words.size() && (common == null || !common.isEmpty()); i++) {
        Set<Long> found = arendenFor(c, parts(words.get(i), stored.get(i)));
        if (common == null) {
          common = found;
        } else {
          common.retainAll(found);
        }
      }
      return rowsWithIds(c, common, order);
    };
    return new Matt(id, beskrivning, 1.5, query, List.of(sql("SELECT * FROM arende a WHERE " + where + order),
        union, walk, ids, rarestFirst, onePassThenEach), 1);
  }

  /** The stored words that contain {@code w} (by {@code POSITION}, as the program finds them). */
  /** The selects of one word's ärende ids: its stored sokord's index rows and the numbers it can be. */
  private static List<String> parts(String word, List<String> stored) {
    List<String> parts = new ArrayList<>();
    if (!stored.isEmpty()) {
      parts.add("SELECT arende_id FROM diarieord WHERE ord IN (" + literals(stored) + ")");
    }
    nummer(word).forEach(n -> parts.add(n.select()));
    return parts;
  }

  /** The ärende ids the selects find, read in one statement. */
  private static Set<Long> arendenFor(Connection c, List<String> parts) throws SQLException {
    Set<Long> found = new HashSet<>();
    if (!parts.isEmpty()) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(String.join(" UNION ALL ", parts))) {
        while (rs.next()) {
          found.add(rs.getLong(1));
        }
      }
    }
    return found;
  }

  /** The ärenden with these ids in the search's order (none read when there are none). */
  private static int rowsWithIds(Connection c, Set<Long> ids, String order) {
    if (ids.isEmpty()) {
      return 0;
    }
    return rows(c, "SELECT * FROM arende WHERE id IN (" + String.join(", ", ids.stream().map(String::valueOf).toList())
        + ")" + order);
  }

  private static List<String> sokord(Connection c, String w) throws SQLException {
    // the part as a literal, as the program has it
    try (Statement st = c.createStatement()) {
      List<String> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT ord FROM sokord WHERE POSITION('" + w + "' IN ord) > 0")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  /** The stored words that contain each of {@code words}, from one read of {@code sokord} for all of them. */
  private static List<List<String>> sokord(Connection c, List<String> words) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    words.forEach(w -> out.add(new ArrayList<>()));
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ord FROM sokord WHERE "
        + String.join(" OR ", words.stream().map(w -> "POSITION('" + w + "' IN ord) > 0").toList()))) {
      while (rs.next()) {
        String ord = rs.getString(1);
        for (int i = 0; i < words.size(); i++) {
          if (ord.contains(words.get(i))) {
            out.get(i).add(ord);
          }
        }
      }
    }
    return out;
  }

  private static long countIn(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String literals(List<String> words) {
    return String.join(", ", words.stream().map(w -> "'" + w.replace("'", "''") + "'").toList());
  }

  /** One number range a word can be the start of: its select of ärende ids and its condition on {@code a}. */
  private record Nummer(String select, String condition) {}

  /** The number ranges of {@code w}, as {@link #handskriven} has them, each on its own. */
  private static List<Nummer> nummer(String w) {
    List<Nummer> out = new ArrayList<>();
    int slash = w.indexOf('/');
    int dot = w.indexOf('.');
    if (slash > 0) {
      String ar = w.substring(0, slash);
      String lop = w.substring(slash + 1);
      List<String> plain = rangeList("lopnummer", lop);
      List<String> onA = rangeList("a.lopnummer", lop);
      for (int i = 0; i < plain.size(); i++) {
        out.add(new Nummer("SELECT id FROM arende WHERE ar = " + ar + " AND " + plain.get(i),
            "(a.ar = " + ar + " AND " + onA.get(i) + ")"));
      }
    }
    if (dot > 0) {
      String ar = w.substring(0, dot);
      String lop = w.substring(dot + 1);
      List<String> plain = rangeList("lopnummer", lop);
      List<String> onH = rangeList("h.lopnummer", lop);
      for (int i = 0; i < plain.size(); i++) {
        out.add(new Nummer("SELECT arende_id FROM handling WHERE ar = " + ar + " AND " + plain.get(i),
            "EXISTS (SELECT 1 FROM handling h WHERE h.arende_id = a.id AND h.ar = " + ar + " AND " + onH.get(i) + ")"));
      }
    }
    if (w.chars().allMatch(Character::isDigit)) {
      for (String r : rangeList("lopnummer", w)) {
        out.add(new Nummer("SELECT id FROM arende WHERE " + r, "a." + r));
      }
    }
    return out;
  }

  /** One word's condition on {@code a} written by hand for this store (see {@code DiariumSokning}). */
  private static String handskriven(String w) {
    List<String> or = new ArrayList<>();
    String ord = "a.id IN (SELECT d.arende_id FROM diarieord d WHERE d.ord IN (SELECT ord FROM sokord WHERE POSITION('"
        + w + "' IN ord) > 0))";
    or.add(ord);
    int slash = w.indexOf('/');
    int dot = w.indexOf('.');
    if (slash > 0) {
      or.add("(a.ar = " + w.substring(0, slash) + " AND (" + ranges("a.lopnummer", w.substring(slash + 1)) + "))");
    }
    if (dot > 0) {
      or.add("a.id IN (SELECT h.arende_id FROM handling h WHERE h.ar = " + w.substring(0, dot) + " AND ("
          + ranges("h.lopnummer", w.substring(dot + 1)) + "))");
    }
    if (w.chars().allMatch(Character::isDigit)) {
      or.add("(" + ranges("a.lopnummer", w) + ")");
      if (w.length() <= 4 && (w.charAt(0) == '1' || w.charAt(0) == '2')) {
        throw new IllegalArgumentException("a löpnummer query of the benchmark is also the start of a year: " + w);
      }
    }
    return "(" + String.join(" OR ", or) + ")";
  }

  private static String ranges(String column, String digits) {
    return String.join(" OR ", rangeList(column, digits));
  }

  private static List<String> rangeList(String column, String digits) {
    List<String> out = new ArrayList<>();
    for (long from = Long.parseLong(digits), to = from; from <= Integer.MAX_VALUE; from *= 10, to = to * 10 + 9) {
      out.add(from == to ? column + " = " + from : column + " BETWEEN " + from + " AND " + Math.min(to, Integer.MAX_VALUE));
    }
    return out;
  }

  private static int floor(TestStore s, Golv golv) {
    try (Connection c = s.db().dataSource().getConnection()) {
      return golv.rows(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of {@code sql}, each column read, as the program reads them. */
  private static int rows(Connection c, String sql) {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<Object[]> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows.size();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The ärenden and handlingar in committed batches, as an import's plain inserts (the index comes after). */
  private static Void load(TestStore s, int arenden) {
    Random r = new Random(SEED);
    int perYear = arenden / YEARS;
    try (Connection c = s.db().dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement a = c.prepareStatement("INSERT INTO arende (id, ar, lopnummer, rubrik, status, sekretess, "
          + "registrerad) VALUES (?, ?, ?, ?, 'PAGAENDE', FALSE, ?)");
          PreparedStatement h = c.prepareStatement("INSERT INTO handling (arende_id, ar, lopnummer, datum, riktning, "
              + "motpart, rubrik, sekretess) VALUES (?, ?, ?, ?, 'INKOMMANDE', ?, ?, FALSE)")) {
        int[] hid = new int[YEARS];
        for (int i = 0; i < arenden; i++) {
          int year = i / perYear;
          int ar = 2017 + year;
          java.sql.Date day = java.sql.Date.valueOf(java.time.LocalDate.of(ar, 1 + r.nextInt(12), 1 + r.nextInt(28)));
          a.setLong(1, i + 1);
          a.setInt(2, ar);
          a.setInt(3, i % perYear + 1);
          a.setString(4, ARENDERUBRIK[r.nextInt(ARENDERUBRIK.length)] + ", " + ORT[r.nextInt(ORT.length)]);
          a.setDate(5, day);
          a.addBatch();
          for (int k = 1 + r.nextInt(9); k > 0; k--) {
            h.setLong(1, i + 1);
            h.setInt(2, ar);
            h.setInt(3, ++hid[year]);
            h.setDate(4, day);
            h.setString(5, motpart(r));
            h.setString(6, HANDLINGSRUBRIK[r.nextInt(HANDLINGSRUBRIK.length)] + (r.nextInt(3) == 0
                ? " " + ORT[r.nextInt(ORT.length)] : "") + (r.nextInt(3) == 0 ? ", ert dnr " + (1000 + r.nextInt(99_000))
                : ""));
            h.addBatch();
          }
          if (i % 2_000 == 1_999) {
            a.executeBatch();
            h.executeBatch();
            c.commit();
          }
        }
        a.executeBatch();
        h.executeBatch();
        c.commit();
      }
      try (Statement st = c.createStatement()) {
        st.execute("ALTER TABLE arende ALTER COLUMN id RESTART WITH " + (arenden + 1));
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  /** A person (one in 40,000 handlingar is a Zyskowski, the rare word) or an organisation. */
  private static String motpart(Random r) {
    if (r.nextInt(40_000) == 0) {
      return FORNAMN[r.nextInt(FORNAMN.length)] + " Zyskowski";
    }
    return r.nextInt(4) == 0 ? ORGANISATION[r.nextInt(ORGANISATION.length)]
        : FORNAMN[r.nextInt(FORNAMN.length)] + " " + EFTERNAMN[r.nextInt(EFTERNAMN.length)];
  }

  private static Void index(TestStore s) {
    try (Connection c = s.db().dataSource().getConnection()) {
      c.setAutoCommit(false);
      V89__Diariets_sokord.fyll(c);
      c.commit();
      try (Statement st = c.createStatement()) {
        st.execute("ANALYZE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  private static int count(TestStore s, String sql) {
    try (Connection c = s.db().dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException | RuntimeException e) {
      return "okänd";
    }
  }
}
