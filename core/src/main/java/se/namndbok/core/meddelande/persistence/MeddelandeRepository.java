package se.namndbok.core.meddelande.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.HANDLING;
import static se.namndbok.core.db.generated.Tables.MEDDELANDE;

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
import se.namndbok.core.meddelande.Meddelande;

/** Meddelanden with their ärende's and handling's numbers. */
public final class MeddelandeRepository implements AnmalanRepository<Meddelande> {

  @Override
  public long insert(Tx tx, Meddelande m) {
    return tx.dsl().insertInto(MEDDELANDE).set(MEDDELANDE.AVSANDARE, m.avsandare()).set(MEDDELANDE.DATUM, m.datum())
        .set(MEDDELANDE.PARAGRAF, m.paragraf()).set(MEDDELANDE.AMNE, m.amne()).set(MEDDELANDE.ARENDE_ID, m.arendeId())
        .set(MEDDELANDE.HANDLING_ID, m.handlingId()).set(MEDDELANDE.SEKRETESS, m.sekretess())
        .set(MEDDELANDE.SEKRETESSGRUND_ID, m.sekretessgrundId()).set(MEDDELANDE.FRIKLASSAD, m.friklassad())
        .set(MEDDELANDE.SAMMANTRADE_ID, m.sammantradeId()).returning(MEDDELANDE.ID).fetchSingle().getId();
  }

  /** Rewrites everything but the meeting it is reported to. */
  @Override
  public boolean update(Tx tx, Meddelande m) {
    return tx.dsl().update(MEDDELANDE).set(MEDDELANDE.AVSANDARE, m.avsandare()).set(MEDDELANDE.DATUM, m.datum())
        .set(MEDDELANDE.PARAGRAF, m.paragraf()).set(MEDDELANDE.AMNE, m.amne()).set(MEDDELANDE.ARENDE_ID, m.arendeId())
        .set(MEDDELANDE.HANDLING_ID, m.handlingId()).set(MEDDELANDE.SEKRETESS, m.sekretess())
        .set(MEDDELANDE.SEKRETESSGRUND_ID, m.sekretessgrundId()).set(MEDDELANDE.FRIKLASSAD, m.friklassad())
        .set(MEDDELANDE.VERSION, m.version() + 1)
        .where(MEDDELANDE.ID.eq(m.id())).and(MEDDELANDE.VERSION.eq(m.version())).execute() == 1;
  }

  @Override
  public void setSammantrade(Tx tx, long id, Long sammantradeId) {
    tx.dsl().update(MEDDELANDE).set(MEDDELANDE.SAMMANTRADE_ID, sammantradeId).where(MEDDELANDE.ID.eq(id)).execute();
  }

  @Override
  public void delete(Tx tx, long id) {
    tx.dsl().deleteFrom(MEDDELANDE).where(MEDDELANDE.ID.eq(id)).execute();
  }

  @Override
  public Optional<Meddelande> findById(Tx tx, long id) {
    return query(tx, MEDDELANDE.ID.eq(id)).stream().findFirst();
  }

  /** The meddelanden the filter keeps in the diarium's order: by Hid (those without one last), then as entered. */
  @Override
  public List<Meddelande> find(Tx tx, AnmalanFilter f) {
    Condition c = DSL.trueCondition();
    if (f.sammantradeId() != null) {
      c = c.and(MEDDELANDE.SAMMANTRADE_ID.eq(f.sammantradeId()));
    }
    if (f.fran() != null) {
      c = c.and(MEDDELANDE.DATUM.ge(f.fran()));
    }
    if (f.till() != null) {
      c = c.and(MEDDELANDE.DATUM.le(f.till()));
    }
    if (f.endastEjAnmalda()) {
      c = c.and(MEDDELANDE.SAMMANTRADE_ID.isNull());
    }
    return query(tx, c);
  }

  /** Every sender used so far, once each. */
  @Override
  public List<String> motparter(Tx tx) {
    return tx.dsl().selectDistinct(MEDDELANDE.AVSANDARE).from(MEDDELANDE).fetch(MEDDELANDE.AVSANDARE);
  }

  private List<Meddelande> query(Tx tx, Condition c) {
    return tx.dsl().select(MEDDELANDE.asterisk(), ARENDE.AR, ARENDE.LOPNUMMER, HANDLING.AR, HANDLING.LOPNUMMER)
        .from(MEDDELANDE).join(ARENDE).on(ARENDE.ID.eq(MEDDELANDE.ARENDE_ID))
        .leftJoin(HANDLING).on(HANDLING.ID.eq(MEDDELANDE.HANDLING_ID))
        .where(c).orderBy(HANDLING.AR.asc().nullsLast(), HANDLING.LOPNUMMER.asc().nullsLast(), MEDDELANDE.ID).fetch(MeddelandeRepository::map);
  }

  private static Meddelande map(Record r) {
    Long hid = r.get(MEDDELANDE.HANDLING_ID);
    return new Meddelande(r.get(MEDDELANDE.ID), r.get(MEDDELANDE.AVSANDARE), r.get(MEDDELANDE.DATUM),
        r.get(MEDDELANDE.PARAGRAF), r.get(MEDDELANDE.AMNE), r.get(MEDDELANDE.ARENDE_ID),
        new Diarienummer(r.get(ARENDE.AR), r.get(ARENDE.LOPNUMMER)), hid,
        hid == null ? null : new HandlingsId(r.get(HANDLING.AR), r.get(HANDLING.LOPNUMMER)),
        r.get(MEDDELANDE.SEKRETESS), r.get(MEDDELANDE.SAMMANTRADE_ID), r.get(MEDDELANDE.SEKRETESSGRUND_ID),
        r.get(MEDDELANDE.FRIKLASSAD), r.get(MEDDELANDE.VERSION));
  }
}
