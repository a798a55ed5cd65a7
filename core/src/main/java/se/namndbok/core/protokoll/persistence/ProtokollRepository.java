package se.namndbok.core.protokoll.persistence;

import static se.namndbok.core.db.generated.Tables.PROTOKOLL;

import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.ProtokollRecord;
import se.namndbok.core.protokoll.Protokoll;
import se.namndbok.core.protokoll.ProtokollStatus;

/** One protokoll per meeting, keyed by the meeting. */
public final class ProtokollRepository {

  public Optional<Protokoll> find(Tx tx, long sammantradeId) {
    return tx.dsl().selectFrom(PROTOKOLL).where(PROTOKOLL.SAMMANTRADE_ID.eq(sammantradeId))
        .fetchOptional(ProtokollRepository::map);
  }

  /** Locks the protokoll's row until the transaction ends, so two changes to one protokoll run one after another. */
  public Optional<Protokoll> findForUpdate(Tx tx, long sammantradeId) {
    return tx.dsl().selectFrom(PROTOKOLL).where(PROTOKOLL.SAMMANTRADE_ID.eq(sammantradeId)).forUpdate()
        .fetchOptional(ProtokollRepository::map);
  }

  public void insert(Tx tx, Protokoll p) {
    ProtokollRecord r = tx.dsl().newRecord(PROTOKOLL);
    fill(r, p);
    r.insert();
  }

  /** Rewrites the protokoll's row from {@code p} and raises its version by one. */
  public void update(Tx tx, Protokoll p) {
    ProtokollRecord r = tx.dsl().newRecord(PROTOKOLL);
    fill(r, p);
    r.changed(PROTOKOLL.SAMMANTRADE_ID, false);
    r.changed(PROTOKOLL.VERSION, false);
    tx.dsl().update(PROTOKOLL).set(r).set(PROTOKOLL.VERSION, PROTOKOLL.VERSION.plus(1))
        .where(PROTOKOLL.SAMMANTRADE_ID.eq(p.sammantradeId())).execute();
  }

  private static void fill(ProtokollRecord r, Protokoll p) {
    r.setSammantradeId(p.sammantradeId()).setSekreterare(p.sekreterare()).setJusterare1Id(p.justerare1Id())
        .setJusterare2Id(p.justerare2Id()).setJusteringDatum(p.justeringsdatum()).setJusteringPlats(p.justeringsplats())
        .setOvrigaNarvarande(p.ovrigaNarvarande()).setForstaParagraf(p.forstaParagraf())
        .setAnslagDatum(p.anslagsdatum()).setStatus(p.status().name()).setVersion(p.version())
        .setStarttid(p.starttid()).setSluttid(p.sluttid()).setAjourneringar(p.ajourneringar())
        .setInledning(p.inledning()).setArendelistaAndring(p.arendelistaAndring())
        .setForvaringsplats(p.forvaringsplats()).setSistaDagOverklagande(p.sistaDagForOverklagande())
        .setAnslagNedtagning(p.nedtagning()).setMinnesanteckningar(p.minnesanteckningar());
  }

  static Protokoll map(ProtokollRecord r) {
    return new Protokoll(r.getSammantradeId(), r.getSekreterare(), r.getJusterare1Id(), r.getJusterare2Id(),
        r.getJusteringDatum(), r.getJusteringPlats(), r.getOvrigaNarvarande(), r.getForstaParagraf(),
        r.getAnslagDatum(), ProtokollStatus.valueOf(r.getStatus()), r.getVersion(), r.getStarttid(), r.getSluttid(),
        r.getAjourneringar(), Boolean.TRUE.equals(r.getInledning()), r.getArendelistaAndring(), r.getForvaringsplats(),
        r.getSistaDagOverklagande(), r.getAnslagNedtagning(), Boolean.TRUE.equals(r.getMinnesanteckningar()));
  }
}
