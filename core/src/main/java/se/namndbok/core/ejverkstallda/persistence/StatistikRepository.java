package se.namndbok.core.ejverkstallda.persistence;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;
import static se.namndbok.core.db.generated.Tables.INSATS;

import java.time.LocalDate;
import java.util.List;
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
 * The counting rule in SQL: one GROUP BY per quarter, counting decisions per insats, kön and status at the
 * rapporteringsdatum. {@code Rakneregel} is the same rule in Java; tests keep the two equal.
 */
public final class StatistikRepository {
  private static final String VERKSTALLT = "V";

  public List<Raknat> rakna(Tx tx, Lag lag, Kvartal q) {
    Field<String> status = status(q.sistaDag());
    Field<Integer> antal = count();
    return tx.dsl().select(GYNNANDE_BESLUT.INSATS_KOD, GYNNANDE_BESLUT.KON, status, antal)
        .from(GYNNANDE_BESLUT)
        .where(ingar(lag, q))
        .groupBy(GYNNANDE_BESLUT.INSATS_KOD, GYNNANDE_BESLUT.KON, status)
        .fetch(r -> new Raknat(r.value1(), Kon.valueOf(r.value2()), parse(r.value3()), r.value4()));
  }

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

  /**
   * "V", "A:orsak" or "E:skäl" (OVRIGT when no skäl) as of {@code e}. The date is inlined: H2 does not match a
   * GROUP BY expression holding bind parameters with the same expression in the SELECT list.
   */
  private static Field<String> status(LocalDate e) {
    return when(GYNNANDE_BESLUT.VERKSTALLIGHETSDATUM.le(inline(e)), inline(VERKSTALLT))
        .when(GYNNANDE_BESLUT.AVSLUTSDATUM.le(inline(e)), inline("A:").concat(GYNNANDE_BESLUT.AVSLUTSORSAK))
        .otherwise(inline("E:").concat(coalesce(GYNNANDE_BESLUT.SKAL, inline(Skal.OVRIGT.kod()))));
  }

  private static Status parse(String s) {
    if (s.equals(VERKSTALLT)) {
      return new Status.Verkstallt();
    }
    String kod = s.substring(2);
    return s.startsWith("A:") ? new Status.Avslutat(Avslutsorsak.of(kod)) : new Status.EjVerkstallt(Skal.of(kod));
  }
}
