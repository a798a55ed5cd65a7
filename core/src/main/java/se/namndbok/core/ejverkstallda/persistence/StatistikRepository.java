package se.namndbok.core.ejverkstallda.persistence;

import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;
import static se.namndbok.core.db.generated.Tables.INSATS;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Raknat;
import se.namndbok.core.ejverkstallda.Skal;
import se.namndbok.core.ejverkstallda.Status;

/**
 * The counting rule in SQL: one GROUP BY for all the compared quarters, counting decisions per insats, kön and
 * status at each rapporteringsdatum. {@code Rakneregel} is the same rule in Java; tests keep the two equal.
 */
public final class StatistikRepository {
  private static final String VERKSTALLT = "V";

  public List<Raknat> rakna(Tx tx, Lag lag, Kvartal q) {
    return rakna(tx, lag, List.of(q)).get(q);
  }

  /**
   * Every quarter's groups in one pass over the decisions: each row gets one status column per quarter (null when
   * it is not in that quarter's report), and the rows are grouped by insats, kön and all those columns together,
   * so the database hands back a few hundred groups whatever the number of decisions. The where clause keeps
   * what could be in any of the quarters: {@code (lag, frist, verkställighetsdatum, avslutsdatum, …)} is a
   * covering index for it (V82), so no row is looked up.
   *
   * <p>The statement is written here as SQL both stores read alike and run with plain JDBC on the transaction's
   * connection, as the diarium's search is (decision 0142): building and rendering it through jOOQ took longer
   * than the database took to answer it in a command's cold JVM (about 0.15 s of the {@code statistik}
   * command's 1.5 s on the demo board, decision 0152). Every value in it is a literal (dates from {@link Kvartal},
   * the lag's code): H2 does not match a GROUP BY expression holding bind parameters with the same expression in
   * the SELECT list.
   */
  public Map<Kvartal, List<Raknat>> rakna(Tx tx, Lag lag, List<Kvartal> kvartal) {
    List<Kvartal> sorted = kvartal.stream().distinct().sorted().toList();
    String sql = sql(lag, sorted);
    Map<Kvartal, Map<Grupp, Integer>> sums = new LinkedHashMap<>();
    sorted.forEach(q -> sums.put(q, new LinkedHashMap<>()));
    tx.dsl().connection(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          String insats = rs.getString(1);
          String kon = rs.getString(2);
          int antal = rs.getInt(3 + sorted.size());
          for (int i = 0; i < sorted.size(); i++) {
            String status = rs.getString(3 + i);
            if (status != null) {
              sums.get(sorted.get(i)).merge(new Grupp(insats, kon, status), antal, Integer::sum);
            }
          }
        }
      }
    });
    Map<Kvartal, List<Raknat>> result = new LinkedHashMap<>();
    sums.forEach((q, groupsOfQ) -> result.put(q, groupsOfQ.entrySet().stream()
        .map(g -> new Raknat(g.getKey().insats(), Kon.valueOf(g.getKey().kon()), parse(g.getKey().status()),
            g.getValue())).toList()));
    return result;
  }

  private record Grupp(String insats, String kon, String status) {}

  /** The decisions in the report, in catalogue order then by referens. */
  public List<GynnandeBeslut> beslut(Tx tx, Lag lag, Kvartal q) {
    return tx.dsl().select(GYNNANDE_BESLUT.fields()).from(GYNNANDE_BESLUT)
        .join(INSATS).on(INSATS.KOD.eq(GYNNANDE_BESLUT.INSATS_KOD))
        .where(ingar(lag, q))
        .orderBy(INSATS.ORDNING, GYNNANDE_BESLUT.REFERENS)
        .fetch(r -> GynnandeBeslutRepository.map(r.into(GYNNANDE_BESLUT)));
  }

  /** frist <= E, not verkställt by the frist, and still open on S. */
  private static Condition ingar(Lag lag, Kvartal q) {
    LocalDate s = q.forstaDag();
    LocalDate e = q.sistaDag();
    var verk = GYNNANDE_BESLUT.VERKSTALLIGHETSDATUM;
    var avslut = GYNNANDE_BESLUT.AVSLUTSDATUM;
    return GYNNANDE_BESLUT.LAG.eq(lag.kod())
        .and(GYNNANDE_BESLUT.FRIST.le(e))
        .and(verk.isNull().or(verk.gt(GYNNANDE_BESLUT.FRIST).and(verk.ge(s))))
        .and(avslut.isNull().or(avslut.ge(s)));
  }

  /** The one statement of {@link #rakna(Tx, Lag, List)}: insats, kön, one status per quarter, the count. */
  private static String sql(Lag lag, List<Kvartal> sorted) {
    String s = datum(sorted.getFirst().forstaDag());
    List<String> groups = new ArrayList<>(List.of("insats_kod", "kon"));
    for (Kvartal q : sorted) {
      String start = datum(q.forstaDag());
      String end = datum(q.sistaDag());
      groups.add("CASE WHEN frist <= " + end + " AND (verkstallighetsdatum IS NULL OR verkstallighetsdatum >= " + start
          + ") AND (avslutsdatum IS NULL OR avslutsdatum >= " + start + ") THEN " + status(end) + " END");
    }
    String by = String.join(", ", groups);
    return "SELECT " + by + ", COUNT(*) FROM gynnande_beslut WHERE lag = '" + lag.kod().replace("'", "''")
        + "' AND frist <= " + datum(sorted.getLast().sistaDag())
        + " AND (verkstallighetsdatum IS NULL OR (verkstallighetsdatum > frist AND verkstallighetsdatum >= " + s + "))"
        + " AND (avslutsdatum IS NULL OR avslutsdatum >= " + s + ") GROUP BY " + by;
  }

  /**
   * "V", the avslutsorsak's code or the skäl's code (OVRIGT when no skäl) as of {@code end}, given that the row is
   * in the quarter. No prefix: the three sets of codes are disjoint (StatistikRepositoryTest checks it), and
   * building a string per row and quarter cost about a tenth of the query (decision 0152).
   */
  private static String status(String end) {
    return "CASE WHEN verkstallighetsdatum <= " + end + " THEN '" + VERKSTALLT + "' WHEN avslutsdatum <= " + end
        + " THEN avslutsorsak ELSE COALESCE(skal, '" + Skal.OVRIGT.kod() + "') END";
  }

  /** A date literal both stores read. */
  private static String datum(LocalDate d) {
    return "DATE '" + d + "'";
  }

  static Status parse(String kod) {
    if (kod.equals(VERKSTALLT)) {
      return new Status.Verkstallt();
    }
    return Avslutsorsak.find(kod).<Status>map(Status.Avslutat::new)
        .orElseGet(() -> new Status.EjVerkstallt(Skal.of(kod)));
  }
}
