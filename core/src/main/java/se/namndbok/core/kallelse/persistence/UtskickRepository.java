package se.namndbok.core.kallelse.persistence;

import static se.namndbok.core.db.generated.Tables.KALLELSE_UTSKICK;

import java.util.List;
import se.namndbok.core.db.Tx;
import se.namndbok.core.kallelse.Utskick;

/** The sent versions of meetings' kallelser: only ever added to. */
public final class UtskickRepository {

  public void insert(Tx tx, Utskick u) {
    tx.dsl().insertInto(KALLELSE_UTSKICK).set(KALLELSE_UTSKICK.SAMMANTRADE_ID, u.sammantradeId())
        .set(KALLELSE_UTSKICK.VERSION, u.version()).set(KALLELSE_UTSKICK.SKICKAD, u.skickad())
        .set(KALLELSE_UTSKICK.SKICKAD_AV, u.skickadAv()).set(KALLELSE_UTSKICK.INNEHALL_FINGERAVTRYCK, u.fingeravtryck())
        .set(KALLELSE_UTSKICK.PDF_SHA256, u.pdfSha256()).set(KALLELSE_UTSKICK.PDF_STORLEK, u.pdfStorlek())
        .set(KALLELSE_UTSKICK.OFFENTLIG_SHA256, u.offentligSha256())
        .set(KALLELSE_UTSKICK.OFFENTLIG_STORLEK, u.offentligStorlek()).execute();
  }

  /** A meeting's sendings, oldest first. */
  public List<Utskick> find(Tx tx, long sammantradeId) {
    return tx.dsl().selectFrom(KALLELSE_UTSKICK).where(KALLELSE_UTSKICK.SAMMANTRADE_ID.eq(sammantradeId))
        .orderBy(KALLELSE_UTSKICK.VERSION)
        .fetch(r -> new Utskick(r.getSammantradeId(), r.getVersion(), r.getSkickad(), r.getSkickadAv(),
            r.getInnehallFingeravtryck(), r.getPdfSha256(), r.getPdfStorlek(), r.getOffentligSha256(),
            r.getOffentligStorlek()));
  }
}
