package se.namndbok.core.sammantrade.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDEPUNKT;
import static se.namndbok.core.db.generated.Tables.DELEGATIONSBESLUT;
import static se.namndbok.core.db.generated.Tables.KALLELSE_UTSKICK;
import static se.namndbok.core.db.generated.Tables.MEDDELANDE;
import static se.namndbok.core.db.generated.Tables.PROTOKOLL;
import static se.namndbok.core.db.generated.Tables.SAMMANTRADE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.SammantradeRecord;
import se.namndbok.core.sammantrade.Kallelseuppgifter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;

/** Meetings, each read with its stage (whether its kallelse is sent and its protokoll justerat). */
public final class SammantradeRepository {
  private static final Field<Boolean> UTSKICKAD = DSL.field(DSL.exists(DSL.selectOne().from(KALLELSE_UTSKICK)
      .where(KALLELSE_UTSKICK.SAMMANTRADE_ID.eq(SAMMANTRADE.ID)))).as("utskickad");
  private static final Field<Boolean> JUSTERAD = DSL.field(DSL.exists(DSL.selectOne().from(PROTOKOLL)
      .where(PROTOKOLL.SAMMANTRADE_ID.eq(SAMMANTRADE.ID)).and(PROTOKOLL.STATUS.eq("JUSTERAT")))).as("justerad");

  public long insert(Tx tx, Sammantrade s) {
    return tx.dsl().insertInto(SAMMANTRADE).set(SAMMANTRADE.NAMND_ID, s.namndId())
        .set(SAMMANTRADE.UTSKOTT_ID, s.utskottId()).set(SAMMANTRADE.DATUM, s.datum()).set(SAMMANTRADE.TID, s.tid())
        .set(SAMMANTRADE.PLATS, s.plats()).set(SAMMANTRADE.STATUS, s.status().lagrad().name())
        .returning(SAMMANTRADE.ID).fetchSingle().getId();
  }

  /** Changes the meeting read at {@code s.version()} and raises its version; false when that is not current. */
  public boolean update(Tx tx, Sammantrade s) {
    return tx.dsl().update(SAMMANTRADE).set(SAMMANTRADE.UTSKOTT_ID, s.utskottId()).set(SAMMANTRADE.DATUM, s.datum())
        .set(SAMMANTRADE.TID, s.tid()).set(SAMMANTRADE.PLATS, s.plats())
        .set(SAMMANTRADE.STATUS, s.status().lagrad().name()).set(SAMMANTRADE.VERSION, s.version() + 1)
        .where(SAMMANTRADE.ID.eq(s.id())).and(SAMMANTRADE.VERSION.eq(s.version())).execute() == 1;
  }

  public void delete(Tx tx, long id) {
    tx.dsl().deleteFrom(SAMMANTRADE).where(SAMMANTRADE.ID.eq(id)).execute();
  }

  public Optional<Sammantrade> findById(Tx tx, long id) {
    return select(tx, SAMMANTRADE.ID.eq(id)).fetchOptional(SammantradeRepository::map);
  }

  /** The meeting of the board ({@code utskottId} null) or of an utskott on {@code datum}. */
  public Optional<Sammantrade> findByDatum(Tx tx, long namndId, Long utskottId, LocalDate datum) {
    return select(tx, SAMMANTRADE.NAMND_ID.eq(namndId).and(organ(utskottId)).and(SAMMANTRADE.DATUM.eq(datum)))
        .fetchOptional(SammantradeRepository::map);
  }

  /** All meetings, newest first. */
  public List<Sammantrade> findByNamnd(Tx tx, long namndId) {
    return select(tx, SAMMANTRADE.NAMND_ID.eq(namndId)).orderBy(SAMMANTRADE.DATUM.desc(), SAMMANTRADE.TID.desc(), SAMMANTRADE.ID.desc())
        .fetch(SammantradeRepository::map);
  }

  /** The board's earliest planned meeting on a day after {@code after} whose kallelse has not been sent. */
  public Optional<Sammantrade> findFirstPlannedAfter(Tx tx, long namndId, LocalDate after) {
    return select(tx, SAMMANTRADE.NAMND_ID.eq(namndId).and(SAMMANTRADE.UTSKOTT_ID.isNull())
            .and(SAMMANTRADE.STATUS.eq(SammantradeStatus.PLANERAT.name())).and(SAMMANTRADE.DATUM.gt(after))
            .andNotExists(DSL.selectOne().from(KALLELSE_UTSKICK).where(KALLELSE_UTSKICK.SAMMANTRADE_ID.eq(SAMMANTRADE.ID))))
        .orderBy(SAMMANTRADE.DATUM, SAMMANTRADE.TID).limit(1).fetchOptional(SammantradeRepository::map);
  }

  public Kallelseuppgifter kallelseuppgifter(Tx tx, long id) {
    return tx.dsl().selectFrom(SAMMANTRADE).where(SAMMANTRADE.ID.eq(id)).fetchOptional(r -> new Kallelseuppgifter(
        r.getKallelsedatum(), r.getJusterareForslag1Id(), r.getJusterareForslag2Id(), r.getJusteringsdag(),
        r.getJusteringsplats())).orElse(Kallelseuppgifter.INGA);
  }

  /** Sets the kallelse's details of the meeting read at {@code version} and raises it; false when not current. */
  public boolean setKallelseuppgifter(Tx tx, long id, int version, Kallelseuppgifter k) {
    return tx.dsl().update(SAMMANTRADE).set(SAMMANTRADE.KALLELSEDATUM, k.kallelsedatum())
        .set(SAMMANTRADE.JUSTERARE_FORSLAG1_ID, k.justerare1Id()).set(SAMMANTRADE.JUSTERARE_FORSLAG2_ID, k.justerare2Id())
        .set(SAMMANTRADE.JUSTERINGSDAG, k.justeringsdag()).set(SAMMANTRADE.JUSTERINGSPLATS, k.justeringsplats())
        .set(SAMMANTRADE.VERSION, version + 1)
        .where(SAMMANTRADE.ID.eq(id)).and(SAMMANTRADE.VERSION.eq(version)).execute() == 1;
  }

  /** True when the meeting has agenda items, meddelanden or delegationsbeslut. */
  public boolean hasContent(Tx tx, long id) {
    return tx.dsl().fetchExists(ARENDEPUNKT, ARENDEPUNKT.SAMMANTRADE_ID.eq(id))
        || tx.dsl().fetchExists(MEDDELANDE, MEDDELANDE.SAMMANTRADE_ID.eq(id))
        || tx.dsl().fetchExists(DELEGATIONSBESLUT, DELEGATIONSBESLUT.SAMMANTRADE_ID.eq(id));
  }

  private static Condition organ(Long utskottId) {
    return utskottId == null ? SAMMANTRADE.UTSKOTT_ID.isNull() : SAMMANTRADE.UTSKOTT_ID.eq(utskottId);
  }

  private static SelectConditionStep<Record> select(Tx tx, Condition c) {
    return tx.dsl().select(SAMMANTRADE.asterisk(), UTSKICKAD, JUSTERAD).from(SAMMANTRADE).where(c);
  }

  static Sammantrade map(Record rec) {
    SammantradeRecord r = rec.into(SAMMANTRADE);
    SammantradeStatus status = SammantradeStatus.of(SammantradeStatus.valueOf(r.getStatus()), rec.get(UTSKICKAD),
        rec.get(JUSTERAD));
    return new Sammantrade(r.getId(), r.getNamndId(), r.getUtskottId(), r.getDatum(), r.getTid(), r.getPlats(), status,
        r.getVersion());
  }
}
