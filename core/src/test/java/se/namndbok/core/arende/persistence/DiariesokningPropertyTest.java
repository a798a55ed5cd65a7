package se.namndbok.core.arende.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.ARENDE_STATUSHANDELSE;
import static se.namndbok.core.db.generated.Tables.DIARIEORD;
import static se.namndbok.core.db.generated.Tables.HANDLING;
import static se.namndbok.core.db.generated.Tables.SOKORD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.DiariumSokning;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * For seeded random diarier (Swedish rubriker with å, ä, ö, mixed case, punctuation and over-long words;
 * numbers that share their starts) and random queries (parts of words, number starts, Hid, löpnummer, several
 * words), the store's search through its indexes gives exactly what {@link DiariumSokning} says in plain Java,
 * newest first and cut at the limit — on H2 and on PostgreSQL.
 */
class DiariesokningPropertyTest {
  private static final String[] ORD = {"Ansökan", "om", "bistånd", "enligt", "SoL", "LSS", "försörjningsstöd",
      "Överklagande", "av", "beslut", "Anmälan", "14", "kap.", "1", "§", "Hyresskuld", "Redovisning",
      "delegationsbeslut", "Yttrande", "till", "förvaltningsrätten", "ÄLDREBOENDE", "Särskilt", "boende",
      "kontaktperson,", "(LVU)", "vårdnadshavare:", "IVO-tillsyn", "budget-2025", "år", "Öppenvård", "äldre",
      "Ärende", "stöd/hjälp", "100%", "under_streck", "ett!utrop", "Å", "ö", "åäö", "ÅÄÖ"};
  private static final String[] NAMN = {"Anna Svensson", "Örjan Åström", "Kommunens IVO", "ÄLDREFÖRVALTNINGEN",
      "Försäkringskassan", "Polismyndigheten Syd", "Britt-Marie Öberg", null};

  /**
   * The plan's limits: the real ones (on these small diarier every search starts from its rarest word), and
   * small ones that make the same diarier take the other paths too — every word common so the query walks,
   * the words' ärenden read and intersected (a word over the limit left to the condition), an
   * intersection too large for a list, and the rarest word under the limit while the others are over it.
   */
  private static final List<Diariesokning> PLANER = List.of(new Diariesokning(), new Diariesokning(1, 1, 1),
      new Diariesokning(3, 1_000, 1_000), new Diariesokning(4, 25, 6), new Diariesokning(2, 8, 1_000));

  @Test
  void theIndexedSearchGivesWhatTheRuleSaysOnH2() {
    try (TestStore s = TestStore.create()) {
      check(s.db(), Long.getLong("diariesokning.seed", 20261202L), 60);
    }
  }

  @Test
  void theIndexedSearchGivesWhatTheRuleSaysOnPostgres() {
    TestPostgres.assumeAvailable();
    try (Database pg = TestPostgres.initialisedDatabase().openAsOwner()) {
      check(pg, Long.getLong("diariesokning.seed", 20261202L) + 1_000_000, 15);
    }
  }

  private static void check(Database db, long base, int cases) {
    ArendeRepository arenden = new ArendeRepository();
    HandlingRepository handlingar = new HandlingRepository();
    for (int i = 0; i < cases; i++) {
      long seed = base + i;
      Random r = new Random(seed);
      Map<Arende, List<Handling>> diarium = db.inTransaction(tx -> {
        tx.dsl().deleteFrom(DIARIEORD).execute();
        tx.dsl().deleteFrom(SOKORD).execute();
        tx.dsl().deleteFrom(HANDLING).execute();
        tx.dsl().deleteFrom(ARENDE_STATUSHANDELSE).execute();
        tx.dsl().deleteFrom(ARENDE).execute();
        return fill(r, tx, arenden, handlingar);
      });
      List<String> queries = new ArrayList<>();
      for (int q = 0; q < 25; q++) {
        queries.add(query(r, diarium));
      }
      for (String q : queries) {
        int limit = r.nextBoolean() ? 500 : 1 + r.nextInt(6);
        for (int p = 0; p < PLANER.size(); p++) {
          ArendeRepository plan = new ArendeRepository(PLANER.get(p));
          List<String> got = db.read(tx -> plan.search(tx, q, limit)).stream()
              .map(a -> a.diarienummer().toString()).toList();
          assertThat(got).as("seed %d (-Ddiariesokning.seed=%d for the first case), query \"%s\", limit %d, plan %d",
              seed, seed, q, limit, p).isEqualTo(expected(diarium, q, limit));
        }
      }
    }
  }

  /** The rule in plain Java over the rows as generated. */
  private static List<String> expected(Map<Arende, List<Handling>> diarium, String query, int limit) {
    List<String> words = DiariumSokning.ord(query);
    return diarium.entrySet().stream()
        .filter(e -> words.stream().allMatch(w -> DiariumSokning.matchar(e.getKey(), e.getValue(), w)))
        .map(Map.Entry::getKey).sorted(Comparator.comparing(Arende::diarienummer).reversed()).limit(limit)
        .map(a -> a.diarienummer().toString()).toList();
  }

  private static Map<Arende, List<Handling>> fill(Random r, se.namndbok.core.db.Tx tx, ArendeRepository arenden,
      HandlingRepository handlingar) {
    Map<Arende, List<Handling>> out = new LinkedHashMap<>();
    Set<Diarienummer> used = new HashSet<>();
    Set<HandlingsId> hids = new HashSet<>();
    int n = r.nextInt(70);
    for (int i = 0; i < n; i++) {
      Diarienummer d = new Diarienummer(2023 + r.nextInt(4), number(r));
      if (!used.add(d)) {
        continue;
      }
      Arende a = new Arende(0, d, null, text(r), ArendeStatus.PAGAENDE, null, false, LocalDate.of(d.ar(), 3, 1),
          null, 0);
      long id = arenden.insert(tx, a);
      if (r.nextInt(5) == 0) { // a changed rubrik: the old words must go
        Arende changed = new Arende(id, d, null, text(r), ArendeStatus.PAGAENDE, null, false, a.registrerad(), null, 0);
        assertThat(arenden.update(tx, changed)).isTrue();
        a = changed;
      }
      Arende saved = new Arende(id, d, null, a.rubrik(), a.status(), null, false, a.registrerad(), null, 0);
      List<Handling> hs = new ArrayList<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        HandlingsId hid = new HandlingsId(2023 + r.nextInt(4), number(r));
        if (!hids.add(hid)) {
          continue;
        }
        Handling h = new Handling(0, id, hid, LocalDate.of(hid.ar(), 4, 1), Riktning.INKOMMANDE,
            NAMN[r.nextInt(NAMN.length)], text(r), false, null, null, false);
        handlingar.insert(tx, h);
        hs.add(h);
      }
      out.put(saved, hs);
    }
    return out;
  }

  /** Numbers that often share their start (1, 12, 120, 1203 …). */
  private static int number(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> 1 + r.nextInt(20);
      case 1 -> 100 + r.nextInt(40);
      case 2 -> 1000 + r.nextInt(300);
      default -> 1 + r.nextInt(2_000_000);
    };
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 1 + r.nextInt(6); k > 0; k--) {
      String w = ORD[r.nextInt(ORD.length)];
      w = switch (r.nextInt(6)) {
        case 0 -> w.toUpperCase(java.util.Locale.ROOT);
        case 1 -> w.toLowerCase(java.util.Locale.ROOT);
        default -> w;
      };
      if (r.nextInt(25) == 0) { // one long word, stored in pieces
        w = (w + "ÅÄÖåäö-").repeat(5 + r.nextInt(15));
      }
      b.append(w).append(r.nextInt(8) == 0 ? "  " : r.nextInt(12) == 0 ? "\t" : " ");
    }
    return b.toString().strip();
  }

  /** One to three words: parts of what is stored, number starts, and now and then something absent. */
  private static String query(Random r, Map<Arende, List<Handling>> diarium) {
    List<Arende> rows = new ArrayList<>(diarium.keySet());
    StringBuilder b = new StringBuilder();
    for (int k = 1 + (r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0); k > 0; k--) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      Arende a = rows.isEmpty() ? null : rows.get(r.nextInt(rows.size()));
      List<Handling> hs = a == null ? List.of() : diarium.get(a);
      Handling h = hs.isEmpty() ? null : hs.get(r.nextInt(hs.size()));
      b.append(switch (r.nextInt(9)) {
        case 0, 1 -> a == null ? "x" : part(r, a.rubrik());
        case 2 -> h == null ? "ÅÄÖ" : part(r, r.nextBoolean() || h.motpart() == null ? h.rubrik() : h.motpart());
        case 3 -> a == null ? "2025/" : prefix(r, a.diarienummer().toString());
        case 4 -> h == null ? "2024." : (r.nextInt(3) == 0 ? "Hid:" : "") + prefix(r, h.handlingsId().toString());
        case 5 -> a == null ? "12" : prefix(r, Integer.toString(a.diarienummer().lopnummer()));
        case 6 -> ORD[r.nextInt(ORD.length)];
        case 7 -> List.of("2025/0", "20", "2", "0", "hid:", "2024.1", "/", ".", "%", "_", "!", "zzz", "öö")
            .get(r.nextInt(13));
        default -> a == null ? "a" : part(r, a.rubrik()).toUpperCase(java.util.Locale.ROOT);
      });
    }
    return r.nextInt(10) == 0 ? "  " + b + " " : b.toString();
  }

  /** A part of one word of {@code text} (whole, its start, its middle, or a long part of a long word). */
  private static String part(Random r, String text) {
    String[] words = text.strip().split("\\s+");
    String w = words[r.nextInt(words.length)];
    int from = r.nextBoolean() ? 0 : r.nextInt(w.length());
    int to = from + 1 + r.nextInt(Math.min(w.length() - from, r.nextInt(5) == 0 ? 80 : 8));
    return w.substring(from, Math.min(to, w.length()));
  }

  private static String prefix(Random r, String s) {
    return s.substring(0, 1 + r.nextInt(s.length()));
  }
}
