package se.namndbok.app.kallelse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndbok.app.shared.ExportBehorighet;
import se.namndbok.core.db.Database;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.shared.Clock;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutMapper;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutPdf;
import se.namndbok.reports.kallelse.KallelseMapper;
import se.namndbok.reports.kallelse.KallelsePdf;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.meddelanden.MeddelandenMapper;
import se.namndbok.reports.meddelanden.MeddelandenPdf;
import se.namndbok.reports.sekretess.Version;

/**
 * A meeting's documents, for the window and the command line alike: reads what the document needs in one
 * consistent read, hands it to the renderer, which writes to a temporary file and renames it when complete.
 */
public final class MotesExport {
  private final Database db;
  private final Clock clock;

  public MotesExport(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public ExportResult kallelse(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(db, version);
    KallelseUnderlag u = new KallelseService(db, db.files(), clock).underlag(datum);
    return KallelsePdf.write(KallelseMapper.from(u, fil -> db.files().get(fil.sha256()), skapad()), version, out,
        progress);
  }

  public ExportResult delegationsbeslut(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(db, version);
    KallelseUnderlag u = new KallelseService(db, db.files(), clock).underlag(datum);
    return DelegationsbeslutPdf.write(DelegationsbeslutMapper.redovisning(u, skapad()), version, out, progress);
  }

  public ExportResult meddelanden(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(db, version);
    KallelseUnderlag u = new KallelseService(db, db.files(), clock).underlag(datum);
    return MeddelandenPdf.write(MeddelandenMapper.redovisning(u, skapad()), version, out, progress);
  }

  private OffsetDateTime skapad() {
    return OffsetDateTime.now(clock.clock()).withNano(0);
  }
}
