package se.namndbok.core.namnd.persistence;

import static se.namndbok.core.db.generated.Tables.LEDAMOT;
import static se.namndbok.core.db.generated.Tables.UPPDRAG;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.LedamotRecord;
import se.namndbok.core.db.generated.tables.records.UppdragRecord;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.Uppdrag;
import se.namndbok.core.namnd.UppdragTyp;

/** Members and their seats. */
public final class LedamotRepository {

  public long insert(Tx tx, Ledamot l) {
    return tx.dsl().insertInto(LEDAMOT).set(LEDAMOT.NAMND_ID, l.namndId()).set(LEDAMOT.FORNAMN, l.fornamn())
        .set(LEDAMOT.EFTERNAMN, l.efternamn()).set(LEDAMOT.PARTI, l.parti()).set(LEDAMOT.TELEFON, l.telefon())
        .set(LEDAMOT.EPOST, l.epost()).returning(LEDAMOT.ID).fetchSingle()
        .getId();
  }

  /** Changes the member read at {@code l.version()} and raises its version; false when that is not current. */
  public boolean update(Tx tx, Ledamot l) {
    return tx.dsl().update(LEDAMOT).set(LEDAMOT.FORNAMN, l.fornamn()).set(LEDAMOT.EFTERNAMN, l.efternamn())
        .set(LEDAMOT.PARTI, l.parti()).set(LEDAMOT.TELEFON, l.telefon()).set(LEDAMOT.EPOST, l.epost())
        .set(LEDAMOT.VERSION, l.version() + 1).where(LEDAMOT.ID.eq(l.id()))
        .and(LEDAMOT.VERSION.eq(l.version())).execute() == 1;
  }

  public Optional<Ledamot> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(LEDAMOT).where(LEDAMOT.ID.eq(id)).fetchOptional(LedamotRepository::map);
  }

  public List<Ledamot> findByNamnd(Tx tx, long namndId) {
    return tx.dsl().selectFrom(LEDAMOT).where(LEDAMOT.NAMND_ID.eq(namndId)).orderBy(LEDAMOT.ID)
        .fetch(LedamotRepository::map);
  }

  public long insertUppdrag(Tx tx, Uppdrag u) {
    return tx.dsl().insertInto(UPPDRAG).set(UPPDRAG.LEDAMOT_ID, u.ledamotId()).set(UPPDRAG.UTSKOTT_ID, u.utskottId())
        .set(UPPDRAG.TYP, u.typ().name()).set(UPPDRAG.ROLL, u.roll().name()).set(UPPDRAG.ORDNING, u.ordning())
        .set(UPPDRAG.FRAN, u.fran()).set(UPPDRAG.TILL, u.till()).returning(UPPDRAG.ID).fetchSingle().getId();
  }

  public Optional<Uppdrag> findUppdrag(Tx tx, long id) {
    return tx.dsl().selectFrom(UPPDRAG).where(UPPDRAG.ID.eq(id)).fetchOptional(LedamotRepository::mapUppdrag);
  }

  public void deleteUppdrag(Tx tx, long id) {
    tx.dsl().deleteFrom(UPPDRAG).where(UPPDRAG.ID.eq(id)).execute();
  }

  public List<Uppdrag> uppdragFor(Tx tx, long ledamotId) {
    return tx.dsl().selectFrom(UPPDRAG).where(UPPDRAG.LEDAMOT_ID.eq(ledamotId)).orderBy(UPPDRAG.FRAN, UPPDRAG.ID)
        .fetch(LedamotRepository::mapUppdrag);
  }

  /**
   * The seats on the board ({@code utskottId} null) or on one utskott that are held on {@code dag}: ordinarie
   * before ersättare, then by {@code ordning}.
   */
  public List<Ledamotsplats> platser(Tx tx, long namndId, Long utskottId, LocalDate dag) {
    Condition organ = utskottId == null ? UPPDRAG.UTSKOTT_ID.isNull() : UPPDRAG.UTSKOTT_ID.eq(utskottId);
    return tx.dsl().select(LEDAMOT.asterisk(), UPPDRAG.asterisk()).from(UPPDRAG).join(LEDAMOT)
        .on(LEDAMOT.ID.eq(UPPDRAG.LEDAMOT_ID))
        .where(LEDAMOT.NAMND_ID.eq(namndId).and(organ).and(UPPDRAG.FRAN.le(dag)).and(UPPDRAG.TILL.ge(dag)))
        .orderBy(UPPDRAG.TYP.desc(), UPPDRAG.ORDNING, UPPDRAG.ID)
        .fetch(r -> new Ledamotsplats(map(r.into(LEDAMOT)), mapUppdrag(r.into(UPPDRAG))));
  }

  static Ledamot map(LedamotRecord r) {
    return new Ledamot(r.getId(), r.getNamndId(), r.getFornamn(), r.getEfternamn(), r.getParti(), r.getTelefon(),
        r.getEpost(), r.getVersion());
  }

  static Uppdrag mapUppdrag(UppdragRecord r) {
    return new Uppdrag(r.getId(), r.getLedamotId(), r.getUtskottId(), UppdragTyp.valueOf(r.getTyp()),
        Roll.valueOf(r.getRoll()), r.getOrdning(), r.getFran(), r.getTill());
  }
}
