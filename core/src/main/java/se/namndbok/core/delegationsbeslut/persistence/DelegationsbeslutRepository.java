package se.namndbok.core.delegationsbeslut.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.DELEGAT;
import static se.namndbok.core.db.generated.Tables.DELEGATIONSBESLUT;
import static se.namndbok.core.db.generated.Tables.HANDLING;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.anmalan.persistence.AnmalanRepository;
import se.namndbok.core.db.Tx;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;

/** Delegation decisions with their ärende's and handling's numbers and the delegate's name. */
public final class DelegationsbeslutRepository implements AnmalanRepository<Delegationsbeslut> {

  @Override
  public long insert(Tx tx, Delegationsbeslut d) {
    return tx.dsl().insertInto(DELEGATIONSBESLUT).set(DELEGATIONSBESLUT.ARENDE_ID, d.arendeId())
        .set(DELEGATIONSBESLUT.HANDLING_ID, d.handlingId()).set(DELEGATIONSBESLUT.DELEGAT_ID, d.delegatId())
        .set(DELEGATIONSBESLUT.DELEGATIONSPUNKT, d.delegationspunkt())
        .set(DELEGATIONSBESLUT.BESLUTSFATTARE, d.beslutsfattare())
        .set(DELEGATIONSBESLUT.BESLUTSDATUM, d.beslutsdatum()).set(DELEGATIONSBESLUT.RUBRIK, d.rubrik())
        .set(DELEGATIONSBESLUT.SEKRETESS, d.sekretess())
        .set(DELEGATIONSBESLUT.SEKRETESSGRUND_ID, d.sekretessgrundId()).set(DELEGATIONSBESLUT.FRIKLASSAD, d.friklassad()).set(DELEGATIONSBESLUT.SAMMANTRADE_ID, d.sammantradeId())
        .returning(DELEGATIONSBESLUT.ID).fetchSingle().getId();
  }

  /** Rewrites everything but the meeting it is reported to. */
  @Override
  public boolean update(Tx tx, Delegationsbeslut d) {
    return tx.dsl().update(DELEGATIONSBESLUT).set(DELEGATIONSBESLUT.ARENDE_ID, d.arendeId())
        .set(DELEGATIONSBESLUT.HANDLING_ID, d.handlingId()).set(DELEGATIONSBESLUT.DELEGAT_ID, d.delegatId())
        .set(DELEGATIONSBESLUT.DELEGATIONSPUNKT, d.delegationspunkt())
        .set(DELEGATIONSBESLUT.BESLUTSFATTARE, d.beslutsfattare())
        .set(DELEGATIONSBESLUT.BESLUTSDATUM, d.beslutsdatum()).set(DELEGATIONSBESLUT.RUBRIK, d.rubrik())
        .set(DELEGATIONSBESLUT.SEKRETESS, d.sekretess())
        .set(DELEGATIONSBESLUT.SEKRETESSGRUND_ID, d.sekretessgrundId()).set(DELEGATIONSBESLUT.FRIKLASSAD, d.friklassad())
        .set(DELEGATIONSBESLUT.VERSION, d.version() + 1)
        .where(DELEGATIONSBESLUT.ID.eq(d.id())).and(DELEGATIONSBESLUT.VERSION.eq(d.version())).execute() == 1;
  }

  @Override
  public void setSammantrade(Tx tx, long id, Long sammantradeId) {
    tx.dsl().update(DELEGATIONSBESLUT).set(DELEGATIONSBESLUT.SAMMANTRADE_ID, sammantradeId)
        .where(DELEGATIONSBESLUT.ID.eq(id)).execute();
  }

  @Override
  public void delete(Tx tx, long id) {
    tx.dsl().deleteFrom(DELEGATIONSBESLUT).where(DELEGATIONSBESLUT.ID.eq(id)).execute();
  }

  @Override
  public Optional<Delegationsbeslut> findById(Tx tx, long id) {
    return query(tx, DELEGATIONSBESLUT.ID.eq(id)).stream().findFirst();
  }

  /** The decisions the filter keeps, in report order: by delegate's place, then date, then registration. */
  @Override
  public List<Delegationsbeslut> find(Tx tx, AnmalanFilter f) {
    Condition c = DSL.trueCondition();
    if (f.sammantradeId() != null) {
      c = c.and(DELEGATIONSBESLUT.SAMMANTRADE_ID.eq(f.sammantradeId()));
    }
    if (f.delegatId() != null) {
      c = c.and(DELEGATIONSBESLUT.DELEGAT_ID.eq(f.delegatId()));
    }
    if (f.fran() != null) {
      c = c.and(DELEGATIONSBESLUT.BESLUTSDATUM.ge(f.fran()));
    }
    if (f.till() != null) {
      c = c.and(DELEGATIONSBESLUT.BESLUTSDATUM.le(f.till()));
    }
    if (f.endastEjAnmalda()) {
      c = c.and(DELEGATIONSBESLUT.SAMMANTRADE_ID.isNull());
    }
    return query(tx, c);
  }

  /** The delegates named in decisions so far. */
  @Override
  public List<String> motparter(Tx tx) {
    return tx.dsl().selectDistinct(DELEGAT.NAMN).from(DELEGATIONSBESLUT).join(DELEGAT)
        .on(DELEGAT.ID.eq(DELEGATIONSBESLUT.DELEGAT_ID)).fetch(DELEGAT.NAMN);
  }

  private List<Delegationsbeslut> query(Tx tx, Condition c) {
    return tx.dsl().select(DELEGATIONSBESLUT.asterisk(), ARENDE.AR, ARENDE.LOPNUMMER, HANDLING.AR, HANDLING.LOPNUMMER,
            DELEGAT.NAMN)
        .from(DELEGATIONSBESLUT).join(ARENDE).on(ARENDE.ID.eq(DELEGATIONSBESLUT.ARENDE_ID))
        .join(DELEGAT).on(DELEGAT.ID.eq(DELEGATIONSBESLUT.DELEGAT_ID))
        .leftJoin(HANDLING).on(HANDLING.ID.eq(DELEGATIONSBESLUT.HANDLING_ID))
        .where(c).orderBy(DELEGAT.ORDNING, DELEGAT.ID, DELEGATIONSBESLUT.BESLUTSDATUM, DELEGATIONSBESLUT.ID)
        .fetch(DelegationsbeslutRepository::map);
  }

  private static Delegationsbeslut map(Record r) {
    Long hid = r.get(DELEGATIONSBESLUT.HANDLING_ID);
    return new Delegationsbeslut(r.get(DELEGATIONSBESLUT.ID), r.get(DELEGATIONSBESLUT.ARENDE_ID),
        new Diarienummer(r.get(ARENDE.AR), r.get(ARENDE.LOPNUMMER)), hid,
        hid == null ? null : new HandlingsId(r.get(HANDLING.AR), r.get(HANDLING.LOPNUMMER)),
        r.get(DELEGATIONSBESLUT.DELEGAT_ID), r.get(DELEGAT.NAMN), r.get(DELEGATIONSBESLUT.DELEGATIONSPUNKT),
        r.get(DELEGATIONSBESLUT.BESLUTSDATUM), r.get(DELEGATIONSBESLUT.RUBRIK), r.get(DELEGATIONSBESLUT.SEKRETESS),
        r.get(DELEGATIONSBESLUT.SAMMANTRADE_ID), r.get(DELEGATIONSBESLUT.SEKRETESSGRUND_ID),
        r.get(DELEGATIONSBESLUT.FRIKLASSAD), r.get(DELEGATIONSBESLUT.VERSION),
        r.get(DELEGATIONSBESLUT.BESLUTSFATTARE));
  }
}
