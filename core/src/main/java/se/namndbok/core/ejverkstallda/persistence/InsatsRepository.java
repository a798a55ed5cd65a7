package se.namndbok.core.ejverkstallda.persistence;

import static se.namndbok.core.db.generated.Tables.INSATS;

import java.util.List;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.Insatskatalog;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Omrade;

/** The insats catalogue table. */
public final class InsatsRepository {

  public Insatskatalog katalog(Tx tx) {
    List<Insats> all = tx.dsl().selectFrom(INSATS).orderBy(INSATS.LAG, INSATS.ORDNING)
        .fetch(r -> new Insats(r.getKod(), Lag.of(r.getLag()), r.getOmrade() == null ? null : Omrade.valueOf(r.getOmrade()),
            r.getBenamning(), r.getOrdning()));
    return new Insatskatalog(all);
  }

  /** Changes the benämning and the place in the report of the insats {@code kod}; false when there is none. */
  public boolean update(Tx tx, String kod, String benamning, int ordning) {
    return tx.dsl().update(INSATS).set(INSATS.BENAMNING, benamning).set(INSATS.ORDNING, ordning)
        .where(INSATS.KOD.eq(kod)).execute() == 1;
  }
}
