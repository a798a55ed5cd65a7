package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndbok.core.db.Database;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.shared.Clock;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.protokoll.ProtokollMapper;
import se.namndbok.reports.protokoll.ProtokollPdf;
import se.namndbok.reports.sekretess.Version;

/**
 * A meeting's protokoll, for the window and the command line alike: reads it in one consistent read and hands it
 * to the renderer, which writes to a temporary file and renames it when complete. A meeting without a recorded
 * protokoll is refused (ValidationException, in Swedish).
 */
public final class ProtokollExport {
  private final Database db;
  private final Clock clock;

  public ProtokollExport(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public ExportResult protokoll(LocalDate datum, Version version, Path out, Progress progress) {
    se.namndbok.app.shared.ExportBehorighet.kravVersion(db, version);
    ProtokollUnderlag u = new ProtokollService(db, clock).underlag(datum);
    return ProtokollPdf.write(ProtokollMapper.from(u, OffsetDateTime.now(clock.clock()).withNano(0)), version, out,
        progress);
  }
}
