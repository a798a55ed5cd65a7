package se.namndbok.core.namnd.persistence;

import static se.namndbok.core.db.generated.Tables.UTSKOTT;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.UtskottRecord;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.namnd.UtskottTyp;

/** The board's committees. */
public final class UtskottRepository {

  public long insert(Tx tx, Utskott u) {
    return tx.dsl().insertInto(UTSKOTT).set(UTSKOTT.NAMND_ID, u.namndId()).set(UTSKOTT.NAMN, u.namn())
        .set(UTSKOTT.TYP, u.typ().name()).returning(UTSKOTT.ID).fetchSingle().getId();
  }

  public void update(Tx tx, Utskott u) {
    tx.dsl().update(UTSKOTT).set(UTSKOTT.NAMN, u.namn()).set(UTSKOTT.TYP, u.typ().name())
        .where(UTSKOTT.ID.eq(u.id())).execute();
  }

  public Optional<Utskott> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(UTSKOTT).where(UTSKOTT.ID.eq(id)).fetchOptional(UtskottRepository::map);
  }

  public Optional<Utskott> findByNamn(Tx tx, long namndId, String namn) {
    return tx.dsl().selectFrom(UTSKOTT).where(UTSKOTT.NAMND_ID.eq(namndId).and(UTSKOTT.NAMN.equalIgnoreCase(namn)))
        .fetchOptional(UtskottRepository::map);
  }

  public List<Utskott> findByNamnd(Tx tx, long namndId) {
    return tx.dsl().selectFrom(UTSKOTT).where(UTSKOTT.NAMND_ID.eq(namndId)).orderBy(UTSKOTT.ID)
        .fetch(UtskottRepository::map);
  }

  static Utskott map(UtskottRecord r) {
    return new Utskott(r.getId(), r.getNamndId(), r.getNamn(), UtskottTyp.valueOf(r.getTyp()));
  }
}
