package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndbok.core.CoreServices;
import se.namndbok.core.protokoll.ProtokollDokument;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.KeptPdf;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.protokoll.ProtokollMapper;
import se.namndbok.reports.protokoll.ProtokollPdf;
import se.namndbok.reports.sekretess.Version;

/**
 * A meeting's protokoll, for the window and the command line alike, from one core call: a justerat protokoll is
 * written byte for byte as kept (its newest version: the original or the latest rättelse), a draft is rendered
 * now. Files go to a temporary name and are renamed when complete. A meeting without a protokoll is refused
 * (ValidationException, in Swedish).
 */
public final class ProtokollExport {
  private final CoreServices core;

  public ProtokollExport(CoreServices core) {
    this.core = core;
  }

  public ExportResult protokoll(LocalDate datum, Version version, Path out, Progress progress) {
    se.namndbok.app.shared.ExportBehorighet.kravVersion(core.store(), version);
    ProtokollDokument d = core.justeratProtokoll().dokument(datum, version == Version.OFFENTLIG);
    if (d.arkiverat()) {
      ExportResult r = KeptPdf.write(d.pdf(), out);
      progress.update(1.0);
      return r;
    }
    return ProtokollPdf.write(ProtokollMapper.from(d.underlag(), OffsetDateTime.now(core.clock().clock()).withNano(0)),
        version, out, progress);
  }
}
