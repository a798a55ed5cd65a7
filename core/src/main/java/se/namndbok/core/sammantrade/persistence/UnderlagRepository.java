package se.namndbok.core.sammantrade.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDEPUNKT;
import static se.namndbok.core.db.generated.Tables.BESLUTSUNDERLAG;
import static se.namndbok.core.db.generated.Tables.BILAGA;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sammantrade.Beslutsunderlag;
import se.namndbok.core.sammantrade.Bilaga;

/** An item's beslutsunderlag and bilagor, each list in its order. */
public final class UnderlagRepository {

  public long insertUnderlag(Tx tx, Beslutsunderlag b) {
    return tx.dsl().insertInto(BESLUTSUNDERLAG).set(BESLUTSUNDERLAG.ARENDEPUNKT_ID, b.arendepunktId())
        .set(BESLUTSUNDERLAG.ORDNING, b.ordning()).set(BESLUTSUNDERLAG.HANDLING_ID, b.handlingId())
        .set(BESLUTSUNDERLAG.TEXT, b.text()).returning(BESLUTSUNDERLAG.ID).fetchSingle().getId();
  }

  public Optional<Beslutsunderlag> findUnderlag(Tx tx, long id) {
    return tx.dsl().selectFrom(BESLUTSUNDERLAG).where(BESLUTSUNDERLAG.ID.eq(id))
        .fetchOptional(r -> new Beslutsunderlag(r.getId(), r.getArendepunktId(), r.getOrdning(), r.getHandlingId(),
            r.getText()));
  }

  public List<Beslutsunderlag> underlag(Tx tx, long arendepunktId) {
    return tx.dsl().selectFrom(BESLUTSUNDERLAG).where(BESLUTSUNDERLAG.ARENDEPUNKT_ID.eq(arendepunktId))
        .orderBy(BESLUTSUNDERLAG.ORDNING, BESLUTSUNDERLAG.ID)
        .fetch(r -> new Beslutsunderlag(r.getId(), r.getArendepunktId(), r.getOrdning(), r.getHandlingId(),
            r.getText()));
  }

  /** Every item's beslutsunderlag of a meeting, in one query: by item, each item's in its order. */
  public List<Beslutsunderlag> underlagForSammantrade(Tx tx, long sammantradeId) {
    return tx.dsl().select(BESLUTSUNDERLAG.fields()).from(BESLUTSUNDERLAG).join(ARENDEPUNKT)
        .on(ARENDEPUNKT.ID.eq(BESLUTSUNDERLAG.ARENDEPUNKT_ID)).where(ARENDEPUNKT.SAMMANTRADE_ID.eq(sammantradeId))
        .orderBy(BESLUTSUNDERLAG.ARENDEPUNKT_ID, BESLUTSUNDERLAG.ORDNING, BESLUTSUNDERLAG.ID)
        .fetch(r -> new Beslutsunderlag(r.get(BESLUTSUNDERLAG.ID), r.get(BESLUTSUNDERLAG.ARENDEPUNKT_ID),
            r.get(BESLUTSUNDERLAG.ORDNING), r.get(BESLUTSUNDERLAG.HANDLING_ID), r.get(BESLUTSUNDERLAG.TEXT)));
  }

  public void setUnderlagOrdning(Tx tx, long id, int ordning) {
    tx.dsl().update(BESLUTSUNDERLAG).set(BESLUTSUNDERLAG.ORDNING, ordning).where(BESLUTSUNDERLAG.ID.eq(id)).execute();
  }

  public void deleteUnderlag(Tx tx, long id) {
    tx.dsl().deleteFrom(BESLUTSUNDERLAG).where(BESLUTSUNDERLAG.ID.eq(id)).execute();
  }

  public long insertBilaga(Tx tx, Bilaga b) {
    return tx.dsl().insertInto(BILAGA).set(BILAGA.ARENDEPUNKT_ID, b.arendepunktId()).set(BILAGA.ORDNING, b.ordning())
        .set(BILAGA.HANDLING_ID, b.handlingId()).returning(BILAGA.ID).fetchSingle().getId();
  }

  public Optional<Bilaga> findBilaga(Tx tx, long id) {
    return tx.dsl().selectFrom(BILAGA).where(BILAGA.ID.eq(id))
        .fetchOptional(r -> new Bilaga(r.getId(), r.getArendepunktId(), r.getOrdning(), r.getHandlingId()));
  }

  public List<Bilaga> bilagor(Tx tx, long arendepunktId) {
    return tx.dsl().selectFrom(BILAGA).where(BILAGA.ARENDEPUNKT_ID.eq(arendepunktId))
        .orderBy(BILAGA.ORDNING, BILAGA.ID)
        .fetch(r -> new Bilaga(r.getId(), r.getArendepunktId(), r.getOrdning(), r.getHandlingId()));
  }

  /** Every item's bilagor of a meeting, in one query: by item, each item's in its order. */
  public List<Bilaga> bilagorForSammantrade(Tx tx, long sammantradeId) {
    return tx.dsl().select(BILAGA.fields()).from(BILAGA).join(ARENDEPUNKT).on(ARENDEPUNKT.ID.eq(BILAGA.ARENDEPUNKT_ID))
        .where(ARENDEPUNKT.SAMMANTRADE_ID.eq(sammantradeId)).orderBy(BILAGA.ARENDEPUNKT_ID, BILAGA.ORDNING, BILAGA.ID)
        .fetch(r -> new Bilaga(r.get(BILAGA.ID), r.get(BILAGA.ARENDEPUNKT_ID), r.get(BILAGA.ORDNING),
            r.get(BILAGA.HANDLING_ID)));
  }

  public void setBilagaOrdning(Tx tx, long id, int ordning) {
    tx.dsl().update(BILAGA).set(BILAGA.ORDNING, ordning).where(BILAGA.ID.eq(id)).execute();
  }

  public void deleteBilaga(Tx tx, long id) {
    tx.dsl().deleteFrom(BILAGA).where(BILAGA.ID.eq(id)).execute();
  }

  /** Removes every underlag and bilaga of an item (before the item itself is removed). */
  public void deleteAllFor(Tx tx, long arendepunktId) {
    tx.dsl().deleteFrom(BESLUTSUNDERLAG).where(BESLUTSUNDERLAG.ARENDEPUNKT_ID.eq(arendepunktId)).execute();
    tx.dsl().deleteFrom(BILAGA).where(BILAGA.ARENDEPUNKT_ID.eq(arendepunktId)).execute();
  }
}
