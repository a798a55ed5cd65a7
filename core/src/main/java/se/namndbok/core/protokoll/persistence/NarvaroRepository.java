package se.namndbok.core.protokoll.persistence;

import static se.namndbok.core.db.generated.Tables.NARVARO;

import java.util.List;
import se.namndbok.core.db.Tx;
import se.namndbok.core.protokoll.Narvaro;

/** Attendance at a meeting, replaced as a whole. */
public final class NarvaroRepository {

  public List<Narvaro> find(Tx tx, long sammantradeId) {
    return tx.dsl().selectFrom(NARVARO).where(NARVARO.SAMMANTRADE_ID.eq(sammantradeId)).orderBy(NARVARO.ID)
        .fetch(r -> new Narvaro(r.getLedamotId(), r.getNarvarande(), r.getTjanstgorForId(), r.getLamnade(),
            r.getAnkom(), r.getFranParagraf(), r.getTillParagraf()));
  }

  public void replace(Tx tx, long sammantradeId, List<Narvaro> narvaro) {
    tx.dsl().deleteFrom(NARVARO).where(NARVARO.SAMMANTRADE_ID.eq(sammantradeId)).execute();
    for (Narvaro n : narvaro) {
      tx.dsl().insertInto(NARVARO).set(NARVARO.SAMMANTRADE_ID, sammantradeId).set(NARVARO.LEDAMOT_ID, n.ledamotId())
          .set(NARVARO.NARVARANDE, n.narvarande()).set(NARVARO.TJANSTGOR_FOR_ID, n.tjanstgorFor())
          .set(NARVARO.LAMNADE, n.lamnade()).set(NARVARO.ANKOM, n.ankom())
          .set(NARVARO.FRAN_PARAGRAF, n.franParagraf()).set(NARVARO.TILL_PARAGRAF, n.tillParagraf()).execute();
    }
  }
}
