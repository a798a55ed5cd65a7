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
}
