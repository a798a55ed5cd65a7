package se.namndbok.core.sekretess.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.ARENDEPUNKT;
import static se.namndbok.core.db.generated.Tables.DELEGATIONSBESLUT;
import static se.namndbok.core.db.generated.Tables.HANDLING;
import static se.namndbok.core.db.generated.Tables.MEDDELANDE;
import static se.namndbok.core.db.generated.Tables.SEKRETESSGRUND;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.Sekretessgrund;

/** The sekretessgrund catalogue table. */
public final class SekretessgrundRepository {

  public List<Sekretessgrund> all(Tx tx) {
    return tx.dsl().selectFrom(SEKRETESSGRUND).orderBy(SEKRETESSGRUND.ORDNING, SEKRETESSGRUND.ID)
        .fetch(SekretessgrundRepository::map);
  }

  public Optional<Sekretessgrund> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(SEKRETESSGRUND).where(SEKRETESSGRUND.ID.eq(id)).fetchOptional(SekretessgrundRepository::map);
  }

  public Optional<Sekretessgrund> findByKod(Tx tx, String kod) {
    return tx.dsl().selectFrom(SEKRETESSGRUND).where(SEKRETESSGRUND.KOD.equalIgnoreCase(kod.strip()))
        .fetchOptional(SekretessgrundRepository::map);
  }

  public long insert(Tx tx, Sekretessgrund g) {
    return tx.dsl().insertInto(SEKRETESSGRUND).set(SEKRETESSGRUND.KOD, g.kod())
        .set(SEKRETESSGRUND.BENAMNING, g.benamning()).set(SEKRETESSGRUND.KORTFORM, g.kortform())
        .set(SEKRETESSGRUND.LAGRUM, g.lagrum()).set(SEKRETESSGRUND.ORDNING, g.ordning())
        .returning(SEKRETESSGRUND.ID).fetchSingle().getId();
  }

  public void update(Tx tx, Sekretessgrund g) {
    tx.dsl().update(SEKRETESSGRUND).set(SEKRETESSGRUND.KOD, g.kod()).set(SEKRETESSGRUND.BENAMNING, g.benamning())
        .set(SEKRETESSGRUND.KORTFORM, g.kortform()).set(SEKRETESSGRUND.LAGRUM, g.lagrum())
        .set(SEKRETESSGRUND.ORDNING, g.ordning()).where(SEKRETESSGRUND.ID.eq(g.id())).execute();
  }

  public void delete(Tx tx, long id) {
    tx.dsl().deleteFrom(SEKRETESSGRUND).where(SEKRETESSGRUND.ID.eq(id)).execute();
  }

  /** True when an ärende, handling, punkt, meddelande or delegationsbeslut names the ground. */
  public boolean isUsed(Tx tx, long id) {
    return tx.dsl().fetchExists(ARENDE, ARENDE.SEKRETESSGRUND_ID.eq(id))
        || tx.dsl().fetchExists(HANDLING, HANDLING.SEKRETESSGRUND_ID.eq(id))
        || tx.dsl().fetchExists(ARENDEPUNKT, ARENDEPUNKT.SEKRETESSGRUND_ID.eq(id))
        || tx.dsl().fetchExists(MEDDELANDE, MEDDELANDE.SEKRETESSGRUND_ID.eq(id))
        || tx.dsl().fetchExists(DELEGATIONSBESLUT, DELEGATIONSBESLUT.SEKRETESSGRUND_ID.eq(id));
  }

  private static Sekretessgrund map(Record rec) {
    var r = rec.into(SEKRETESSGRUND);
    return new Sekretessgrund(r.getId(), r.getKod(), r.getBenamning(), r.getKortform(), r.getLagrum(), r.getOrdning());
  }
}
