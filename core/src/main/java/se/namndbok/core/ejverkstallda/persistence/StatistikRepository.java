package se.namndbok.core.ejverkstallda.persistence;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;
import static se.namndbok.core.db.generated.Tables.INSATS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
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
   */
  public Map<Kvartal, List<Raknat>> rakna(Tx tx, Lag lag, List<Kvartal> kvartal) {
    List<Kvartal> sorted = kvartal.stream().distinct().sorted().toList();
    LocalDate s = sorted.getFirst().forstaDag();
    LocalDate e = sorted.getLast().sistaDag();
    var verk = GYNNANDE_BESLUT.VERKSTALLIGHETSDATUM;
    var avslut = GYNNANDE_BESLUT.AVSLUTSDATUM;
    Condition kandidat = GYNNANDE_BESLUT.LAG.eq(inline(lag.kod()))
        .and(GYNNANDE_BESLUT.FRIST.le(inline(e)))
        .and(verk.isNull().or(verk.gt(GYNNANDE_BESLUT.FRIST).and(verk.ge(inline(s)))))
        .and(avslut.isNull().or(avslut.ge(inline(s))));
    List<Field<?>> groups = new ArrayList<>(List.of(GYNNANDE_BESLUT.INSATS_KOD, GYNNANDE_BESLUT.KON));
    for (Kvartal q : sorted) {
      groups.add(when(ingar(q), status(q.sistaDag())));
    }
    List<Field<?>> select = new ArrayList<>(groups);
    select.add(count());
    Map<Kvartal, Map<Grupp, Integer>> sums = new LinkedHashMap<>();
    sorted.forEach(q -> sums.put(q, new LinkedHashMap<>()));
    tx.dsl().select(select).from(GYNNANDE_BESLUT).where(kandidat).groupBy(groups)
        .forEach(r -> {
          String insats = r.get(0, String.class);
          String kon = r.get(1, String.class);
          int antal = r.get(select.size() - 1, Integer.class);
          for (int i = 0; i < sorted.size(); i++) {
            String status = r.get(2 + i, String.class);
            if (status != null) {
              sums.get(sorted.get(i)).merge(new Grupp(insats, kon, status), antal, Integer::sum);
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

  /** In the quarter's report, given the candidate filter of {@link #rakna(Tx, Lag, List)}: frist <= E, open on S. */
  private static Condition ingar(Kvartal q) {
    var verk = GYNNANDE_BESLUT.VERKSTALLIGHETSDATUM;
    var avslut = GYNNANDE_BESLUT.AVSLUTSDATUM;
    return GYNNANDE_BESLUT.FRIST.le(inline(q.sistaDag()))
        .and(verk.isNull().or(verk.ge(inline(q.forstaDag()))))
        .and(avslut.isNull().or(avslut.ge(inline(q.forstaDag()))));
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

  /**
   * "V", the avslutsorsak's code or the skäl's code (OVRIGT when no skäl) as of {@code e}. No prefix is
   * concatenated: the three sets of codes are disjoint (StatistikRepositoryTest checks it), and building a string
   * per row and quarter cost about a tenth of the query (decision 0152). The date is inlined: H2 does not match a
   * GROUP BY expression holding bind parameters with the same expression in the SELECT list.
   */
  private static Field<String> status(LocalDate e) {
    return when(GYNNANDE_BESLUT.VERKSTALLIGHETSDATUM.le(inline(e)), inline(VERKSTALLT))
        .when(GYNNANDE_BESLUT.AVSLUTSDATUM.le(inline(e)), GYNNANDE_BESLUT.AVSLUTSORSAK)
        .otherwise(coalesce(GYNNANDE_BESLUT.SKAL, inline(Skal.OVRIGT.kod())));
  }

  static Status parse(String kod) {
    if (kod.equals(VERKSTALLT)) {
      return new Status.Verkstallt();
    }
    return Avslutsorsak.find(kod).<Status>map(Status.Avslutat::new)
        .orElseGet(() -> new Status.EjVerkstallt(Skal.of(kod)));
  }
}
