package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.HANDLING;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.HandlingRecord;

/** Registered documents. */
public final class HandlingRepository {

  private final DiarieordRepository index = new DiarieordRepository();

  /** Inserts the handling and indexes its words for the diarium's search (decision 0142). */
  public long insert(Tx tx, Handling h) {
    Handling.StoredFile f = h.fil();
    long id = tx.dsl().insertInto(HANDLING)
        .set(HANDLING.ARENDE_ID, h.arendeId())
        .set(HANDLING.AR, h.handlingsId().ar())
        .set(HANDLING.LOPNUMMER, h.handlingsId().lopnummer())
        .set(HANDLING.DATUM, h.datum())
        .set(HANDLING.RIKTNING, h.riktning().name())
        .set(HANDLING.MOTPART, h.motpart())
        .set(HANDLING.RUBRIK, h.rubrik())
        .set(HANDLING.SEKRETESS, h.sekretess())
        .set(HANDLING.SEKRETESSGRUND_ID, h.sekretessgrundId())
        .set(HANDLING.FRIKLASSAD, h.friklassad())
        .set(HANDLING.FIL_NAMN, f == null ? null : f.namn())
        .set(HANDLING.FIL_STORLEK, f == null ? null : f.storlek())
        .set(HANDLING.FIL_SHA256, f == null ? null : f.sha256())
        .returning(HANDLING.ID).fetchSingle().getId();
    index.handling(tx, h.arendeId(), id, h.rubrik(), h.motpart());
    return id;
  }

  public void setFile(Tx tx, long handlingId, Handling.StoredFile f) {
    tx.dsl().update(HANDLING)
        .set(HANDLING.FIL_NAMN, f.namn()).set(HANDLING.FIL_STORLEK, f.storlek()).set(HANDLING.FIL_SHA256, f.sha256())
        .where(HANDLING.ID.eq(handlingId)).execute();
  }

  /**
   * The counterparts (avsändare, mottagare) of the newest {@code antal} handlingar, each once: the ones a
   * registrator meets now, read without going through a million old handlingar.
   */
  public List<String> senasteMotparter(Tx tx, int antal) {
    var senaste = org.jooq.impl.DSL.select(HANDLING.MOTPART).from(HANDLING).orderBy(HANDLING.ID.desc()).limit(antal)
        .asTable("senaste");
    var motpart = senaste.field(HANDLING.MOTPART);
    return tx.dsl().selectDistinct(motpart).from(senaste).where(motpart.isNotNull().and(motpart.ne("")))
        .fetch(motpart);
  }

  public Optional<Handling> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(HANDLING).where(HANDLING.ID.eq(id)).fetchOptional(HandlingRepository::map);
  }

  /** The documents with these ids (unknown ids are skipped), in one query. */
  public List<Handling> findByIds(Tx tx, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tx.dsl().selectFrom(HANDLING).where(HANDLING.ID.in(ids)).fetch(HandlingRepository::map);
  }

  public Optional<Handling> findByHandlingsId(Tx tx, HandlingsId hid) {
    return tx.dsl().selectFrom(HANDLING).where(HANDLING.AR.eq(hid.ar()).and(HANDLING.LOPNUMMER.eq(hid.lopnummer())))
        .fetchOptional(HandlingRepository::map);
  }

  public List<Handling> findByArende(Tx tx, long arendeId) {
    return tx.dsl().selectFrom(HANDLING).where(HANDLING.ARENDE_ID.eq(arendeId))
        .orderBy(HANDLING.AR, HANDLING.LOPNUMMER).fetch(HandlingRepository::map);
  }

  public List<Handling> findByArenden(Tx tx, Collection<Long> arendeIds) {
    return tx.dsl().selectFrom(HANDLING).where(HANDLING.ARENDE_ID.in(arendeIds))
        .orderBy(HANDLING.AR, HANDLING.LOPNUMMER).fetch(HandlingRepository::map);
  }

  static Handling map(HandlingRecord r) {
    Handling.StoredFile f = r.getFilSha256() == null ? null
        : new Handling.StoredFile(r.getFilNamn(), r.getFilStorlek(), r.getFilSha256());
    return new Handling(r.getId(), r.getArendeId(), new HandlingsId(r.getAr(), r.getLopnummer()), r.getDatum(),
        Riktning.valueOf(r.getRiktning()), r.getMotpart(), r.getRubrik(), r.getSekretess(), f, r.getSekretessgrundId(),
        r.getFriklassad());
  }
}
