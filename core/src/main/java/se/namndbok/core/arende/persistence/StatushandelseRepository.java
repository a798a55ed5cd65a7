package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE_STATUSHANDELSE;

import java.util.List;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.Statushandelse;
import se.namndbok.core.db.Tx;

/** The ärenden's closings and reopenings, oldest first. */
public final class StatushandelseRepository {

  public long insert(Tx tx, Statushandelse h) {
    return tx.dsl().insertInto(ARENDE_STATUSHANDELSE)
        .set(ARENDE_STATUSHANDELSE.ARENDE_ID, h.arendeId())
        .set(ARENDE_STATUSHANDELSE.TID, h.tid())
        .set(ARENDE_STATUSHANDELSE.ANVANDARE, h.anvandare())
        .set(ARENDE_STATUSHANDELSE.STATUS, h.status().name())
        .set(ARENDE_STATUSHANDELSE.ANLEDNING, h.anledning())
        .returning(ARENDE_STATUSHANDELSE.ID).fetchSingle().getId();
  }

  public List<Statushandelse> findByArende(Tx tx, long arendeId) {
    return tx.dsl().selectFrom(ARENDE_STATUSHANDELSE).where(ARENDE_STATUSHANDELSE.ARENDE_ID.eq(arendeId))
        .orderBy(ARENDE_STATUSHANDELSE.TID, ARENDE_STATUSHANDELSE.ID)
        .fetch(r -> new Statushandelse(r.getId(), r.getArendeId(), r.getTid(), r.getAnvandare(),
            ArendeStatus.valueOf(r.getStatus()), r.getAnledning()));
  }
}
