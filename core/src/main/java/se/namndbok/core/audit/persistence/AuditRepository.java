package se.namndbok.core.audit.persistence;

import static se.namndbok.core.db.generated.Tables.AUDIT_LOGG;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.audit.Atgard;
import se.namndbok.core.audit.AuditEntry;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.AuditLoggRecord;

/** The append-only audit table: inserts and reads, never updates or deletes. */
public final class AuditRepository {

  public void insert(Tx tx, AuditEntry e) {
    tx.dsl().insertInto(AUDIT_LOGG)
        .set(AUDIT_LOGG.TID, e.tid())
        .set(AUDIT_LOGG.ANVANDARE, e.anvandare())
        .set(AUDIT_LOGG.ATGARD, e.atgard().name())
        .set(AUDIT_LOGG.ENTITET, e.entitet())
        .set(AUDIT_LOGG.ENTITET_ID, e.entitetId())
        .set(AUDIT_LOGG.FORE, e.fore())
        .set(AUDIT_LOGG.EFTER, e.efter())
        .execute();
  }

  public List<AuditEntry> findByEntity(Tx tx, String entitet, String id) {
    return tx.dsl().selectFrom(AUDIT_LOGG)
        .where(AUDIT_LOGG.ENTITET.eq(entitet).and(AUDIT_LOGG.ENTITET_ID.eq(id)))
        .orderBy(AUDIT_LOGG.ID)
        .fetch(AuditRepository::map);
  }

  /** The newest line about any row of {@code entitet}. */
  public Optional<AuditEntry> findLatest(Tx tx, String entitet) {
    return tx.dsl().selectFrom(AUDIT_LOGG)
        .where(AUDIT_LOGG.ENTITET.eq(entitet))
        .orderBy(AUDIT_LOGG.ID.desc())
        .limit(1)
        .fetchOptional(AuditRepository::map);
  }

  /** The newest line about any row of {@code entitet} that {@code which} accepts, read newest first until found. */
  public Optional<AuditEntry> findLatest(Tx tx, String entitet, java.util.function.Predicate<AuditEntry> which) {
    try (var lines = tx.dsl().selectFrom(AUDIT_LOGG)
        .where(AUDIT_LOGG.ENTITET.eq(entitet))
        .orderBy(AUDIT_LOGG.ID.desc())
        .fetchSize(50)
        .fetchStream()) {
      return lines.map(AuditRepository::map).filter(which).findFirst();
    }
  }

  private static AuditEntry map(AuditLoggRecord r) {
    return new AuditEntry(r.getId(), r.getTid(), r.getAnvandare(), Atgard.valueOf(r.getAtgard()), r.getEntitet(),
        r.getEntitetId(), r.getFore(), r.getEfter());
  }
}
