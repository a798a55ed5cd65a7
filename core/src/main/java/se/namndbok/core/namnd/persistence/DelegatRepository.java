package se.namndbok.core.namnd.persistence;

import static se.namndbok.core.db.generated.Tables.DELEGAT;
import static se.namndbok.core.db.generated.Tables.DELEGATIONSBESLUT;

import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.DelegatRecord;
import se.namndbok.core.namnd.Delegat;

/** The delegates, kept in the order of the delegation report. */
public final class DelegatRepository {

  public long insert(Tx tx, Delegat d) {
    return tx.dsl().insertInto(DELEGAT).set(DELEGAT.NAMND_ID, d.namndId()).set(DELEGAT.NAMN, d.namn())
        .set(DELEGAT.ORDNING, d.ordning()).returning(DELEGAT.ID).fetchSingle().getId();
  }

  public void rename(Tx tx, long id, String namn) {
    tx.dsl().update(DELEGAT).set(DELEGAT.NAMN, namn).set(DELEGAT.VERSION, DELEGAT.VERSION.plus(1))
        .where(DELEGAT.ID.eq(id)).execute();
  }

  public void setOrdning(Tx tx, long id, int ordning) {
    tx.dsl().update(DELEGAT).set(DELEGAT.ORDNING, ordning).where(DELEGAT.ID.eq(id)).execute();
  }

  public void delete(Tx tx, long id) {
    tx.dsl().deleteFrom(DELEGAT).where(DELEGAT.ID.eq(id)).execute();
  }

  public boolean isUsed(Tx tx, long id) {
    return tx.dsl().fetchExists(DELEGATIONSBESLUT, DELEGATIONSBESLUT.DELEGAT_ID.eq(id));
  }

  public Optional<Delegat> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(DELEGAT).where(DELEGAT.ID.eq(id)).fetchOptional(DelegatRepository::map);
  }

  public Optional<Delegat> findByNamn(Tx tx, long namndId, String namn) {
    return tx.dsl().selectFrom(DELEGAT)
        .where(DELEGAT.NAMND_ID.eq(namndId).and(DSL.lower(DELEGAT.NAMN).eq(namn.strip().toLowerCase())))
        .fetchOptional(DelegatRepository::map);
  }

  public List<Delegat> findByNamnd(Tx tx, long namndId) {
    return tx.dsl().selectFrom(DELEGAT).where(DELEGAT.NAMND_ID.eq(namndId)).orderBy(DELEGAT.ORDNING, DELEGAT.ID)
        .fetch(DelegatRepository::map);
  }

  static Delegat map(DelegatRecord r) {
    return new Delegat(r.getId(), r.getNamndId(), r.getNamn(), r.getOrdning(), r.getVersion());
  }
}
