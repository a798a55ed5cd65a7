package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndbok.core.CoreServices;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.protokoll.ProtokollMapper;
import se.namndbok.reports.protokoll.ProtokollPdf;
import se.namndbok.reports.sekretess.Version;

/**
 * A meeting's protokoll, for the window and the command line alike: read in one core call (one consistent read)
 * and handed to the renderer, which writes to a temporary file and renames it when complete. A meeting without a
 * recorded protokoll is refused (ValidationException, in Swedish).
 */
public final class ProtokollExport {
  private final CoreServices core;

  public ProtokollExport(CoreServices core) {
    this.core = core;
  }

  public ExportResult protokoll(LocalDate datum, Version version, Path out, Progress progress) {
    ProtokollUnderlag u = core.protokoll().underlag(datum);
    return ProtokollPdf.write(ProtokollMapper.from(u, OffsetDateTime.now(core.clock().clock()).withNano(0)), version,
        out, progress);
  }
}
