package se.namndbok.core.ejverkstallda.persistence;

import static se.namndbok.core.db.generated.Tables.FRYST_RAPPORT;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.FrystRapport;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;

/** Frozen reports: inserted once, read, never updated or deleted. */
public final class FrystRapportRepository {

  public void insert(Tx tx, FrystRapport r) {
    tx.dsl().insertInto(FRYST_RAPPORT)
        .set(FRYST_RAPPORT.LAG, r.lag().kod())
        .set(FRYST_RAPPORT.KVARTAL, r.kvartal().toString())
        .set(FRYST_RAPPORT.RAPPORT_JSON, r.json())
        .set(FRYST_RAPPORT.SUMMA, r.summa())
        .set(FRYST_RAPPORT.FASTSTALLD, r.faststalld())
        .set(FRYST_RAPPORT.FASTSTALLD_AV, r.faststalldAv())
        .execute();
  }

  /** The frozen reports of the given quarters that there are, in one query (the comparison's three). */
  public Map<Kvartal, FrystRapport> find(Tx tx, Lag lag, Collection<Kvartal> kvartal) {
    Map<Kvartal, FrystRapport> result = new HashMap<>();
    tx.dsl().selectFrom(FRYST_RAPPORT)
        .where(FRYST_RAPPORT.LAG.eq(lag.kod()).and(FRYST_RAPPORT.KVARTAL.in(kvartal.stream().map(Kvartal::toString)
            .toList())))
        .forEach(r -> {
          Kvartal k = Kvartal.parse(r.getKvartal());
          result.put(k, new FrystRapport(lag, k, r.getRapportJson(), r.getSumma(), r.getFaststalld(),
              r.getFaststalldAv()));
        });
    return result;
  }

  public Optional<FrystRapport> find(Tx tx, Lag lag, Kvartal kvartal) {
    return tx.dsl().selectFrom(FRYST_RAPPORT)
        .where(FRYST_RAPPORT.LAG.eq(lag.kod()).and(FRYST_RAPPORT.KVARTAL.eq(kvartal.toString())))
        .fetchOptional(r -> new FrystRapport(lag, kvartal, r.getRapportJson(), r.getSumma(), r.getFaststalld(),
            r.getFaststalldAv()));
  }
}
