package se.namndbok.core.delegationsbeslut.persistence;

import static se.namndbok.core.db.generated.Tables.DELEGAT;
import static se.namndbok.core.db.generated.Tables.DELEGATIONSBESLUT;
import static se.namndbok.core.db.generated.Tables.DELEGATIONSPUNKT;

import java.util.List;
import org.jooq.Record;
import se.namndbok.core.db.Tx;
import se.namndbok.core.delegationsbeslut.Delegationspunkt;

/** The points of a board's delegationsordning, in the document's order, with their delegat's name. */
public final class DelegationspunktRepository {

  public List<Delegationspunkt> findByNamnd(Tx tx, long namndId) {
    return tx.dsl().select(DELEGATIONSPUNKT.asterisk(), DELEGAT.NAMN).from(DELEGATIONSPUNKT).join(DELEGAT)
        .on(DELEGAT.ID.eq(DELEGATIONSPUNKT.DELEGAT_ID)).where(DELEGATIONSPUNKT.NAMND_ID.eq(namndId))
        .orderBy(DELEGATIONSPUNKT.ORDNING, DELEGATIONSPUNKT.ID).fetch(DelegationspunktRepository::map);
  }

  public long insert(Tx tx, Delegationspunkt p) {
    return tx.dsl().insertInto(DELEGATIONSPUNKT).set(DELEGATIONSPUNKT.NAMND_ID, p.namndId())
        .set(DELEGATIONSPUNKT.NUMMER, p.nummer()).set(DELEGATIONSPUNKT.ARENDE, p.arende())
        .set(DELEGATIONSPUNKT.LAGRUM, p.lagrum()).set(DELEGATIONSPUNKT.DELEGAT_ID, p.delegatId())
        .set(DELEGATIONSPUNKT.ORDNING, p.ordning()).returning(DELEGATIONSPUNKT.ID).fetchSingle().getId();
  }

  public void deleteByNamnd(Tx tx, long namndId) {
    tx.dsl().deleteFrom(DELEGATIONSPUNKT).where(DELEGATIONSPUNKT.NAMND_ID.eq(namndId)).execute();
  }

  /** How many delegationsbeslut of the board's ärenden name each point number (the points in use). */
  public java.util.Map<String, Integer> anvandning(Tx tx, long namndId) {
    var n = org.jooq.impl.DSL.count();
    return tx.dsl().select(DELEGATIONSBESLUT.DELEGATIONSPUNKT, n).from(DELEGATIONSBESLUT).join(DELEGAT)
        .on(DELEGAT.ID.eq(DELEGATIONSBESLUT.DELEGAT_ID))
        .where(DELEGAT.NAMND_ID.eq(namndId).and(DELEGATIONSBESLUT.DELEGATIONSPUNKT.isNotNull()))
        .groupBy(DELEGATIONSBESLUT.DELEGATIONSPUNKT).fetchMap(DELEGATIONSBESLUT.DELEGATIONSPUNKT, n);
  }

  private static Delegationspunkt map(Record r) {
    return new Delegationspunkt(r.get(DELEGATIONSPUNKT.ID), r.get(DELEGATIONSPUNKT.NAMND_ID),
        r.get(DELEGATIONSPUNKT.NUMMER), r.get(DELEGATIONSPUNKT.ARENDE), r.get(DELEGATIONSPUNKT.LAGRUM),
        r.get(DELEGATIONSPUNKT.DELEGAT_ID), r.get(DELEGAT.NAMN), r.get(DELEGATIONSPUNKT.ORDNING),
        r.get(DELEGATIONSPUNKT.VERSION));
  }
}
