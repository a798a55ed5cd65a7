package se.namndbok.core.protokoll.persistence;

import static se.namndbok.core.db.generated.Tables.PROTOKOLL_VERSION;

import java.util.Arrays;
import java.util.List;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.ProtokollVersionRecord;
import se.namndbok.core.protokoll.ProtokollVersion;

/** The kept versions of justerat protokoll: only ever added to. */
public final class ProtokollVersionRepository {

  public void insert(Tx tx, ProtokollVersion v) {
    tx.dsl().insertInto(PROTOKOLL_VERSION).set(PROTOKOLL_VERSION.SAMMANTRADE_ID, v.sammantradeId())
        .set(PROTOKOLL_VERSION.VERSION, v.version()).set(PROTOKOLL_VERSION.SKAPAD, v.skapad())
        .set(PROTOKOLL_VERSION.SKAPAD_AV, v.skapadAv()).set(PROTOKOLL_VERSION.SKAL, v.skal())
        .set(PROTOKOLL_VERSION.SLAG, v.slag().name())
        .set(PROTOKOLL_VERSION.ANDRINGAR, v.rattad() ? String.join("\n", v.andringar()) : null)
        .set(PROTOKOLL_VERSION.PDF_SHA256, v.pdfSha256()).set(PROTOKOLL_VERSION.PDF_STORLEK, v.pdfStorlek())
        .set(PROTOKOLL_VERSION.OFFENTLIG_SHA256, v.offentligSha256())
        .set(PROTOKOLL_VERSION.OFFENTLIG_STORLEK, v.offentligStorlek()).execute();
  }

  /** The versions of one protokoll, oldest first. */
  public List<ProtokollVersion> find(Tx tx, long sammantradeId) {
    return tx.dsl().selectFrom(PROTOKOLL_VERSION).where(PROTOKOLL_VERSION.SAMMANTRADE_ID.eq(sammantradeId))
        .orderBy(PROTOKOLL_VERSION.VERSION).fetch(ProtokollVersionRepository::map);
  }

  private static ProtokollVersion map(ProtokollVersionRecord r) {
    List<String> andringar = r.getAndringar() == null ? List.of() : Arrays.asList(r.getAndringar().split("\n"));
    return new ProtokollVersion(r.getSammantradeId(), r.getVersion(), r.getSkapad(), r.getSkapadAv(), r.getSkal(),
        andringar, r.getPdfSha256(), r.getPdfStorlek(), r.getOffentligSha256(), r.getOffentligStorlek(),
        se.namndbok.core.protokoll.ProtokollVersion.Slag.valueOf(r.getSlag()));
  }
}
