package se.namndbok.app.kallelse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndbok.app.shared.ExportBehorighet;
import se.namndbok.core.CoreServices;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.kallelse.Utskick;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutMapper;
import se.namndbok.reports.anmalan.AnmalanPdf;
import se.namndbok.reports.kallelse.KallelseMapper;
import se.namndbok.reports.kallelse.KallelsePdf;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.KeptPdf;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.meddelanden.MeddelandenMapper;

import se.namndbok.reports.sekretess.Version;

/**
 * A meeting's documents, for the window and the command line alike: what a document needs comes from one core
 * call (one consistent read), and the renderer writes to a temporary file and renames it when complete.
 */
public final class MotesExport {
  private final KallelseService kallelser;
  private final CoreServices core;

  public MotesExport(CoreServices core) {
    this.core = core;
    this.kallelser = core.kallelse();
  }

  /** The kallelse of the board's meeting on {@code datum}, as {@code export kallelse --sammantrade} names it. */
  public ExportResult kallelse(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(core.store(), version);
    return kallelse(kallelser.underlag(datum), version, out, progress);
  }

  /** The kallelse of any meeting, the board's or an utskott's, as the window names it. */
  public ExportResult kallelse(long sammantradeId, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(core.store(), version);
    return kallelse(kallelser.underlag(sammantradeId), version, out, progress);
  }

  private ExportResult kallelse(se.namndbok.core.kallelse.KallelseUnderlag underlag, Version version, Path out,
      Progress progress) {
    return KallelsePdf.write(KallelseMapper.from(underlag, kallelser::fil, skapad()), version, out, progress);
  }

  /** A sent kallelse and the file written from it. */
  public record Skickad(Utskick utskick, ExportResult fil) {}

  /**
   * Sends the kallelse of the board's meeting on {@code datum} (one core call: both PDFs kept as the next sent
   * version), then writes the chosen copy to {@code out} byte for byte as kept.
   */
  public Skickad skickaUt(LocalDate datum, Version version, Path out) {
    Utskick u = core.utskick().skickaUt(datum);
    return new Skickad(u, skickad(u, version, out));
  }

  /** Writes a sent version's PDF byte for byte as it was sent. */
  public ExportResult skickad(Utskick u, Version version, Path out) {
    ExportBehorighet.kravVersion(core.store(), version);
    return KeptPdf.write(core.utskick().pdf(u.sammantradeId(), u.version(), version == Version.OFFENTLIG), out);
  }

  public ExportResult delegationsbeslut(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(core.store(), version);
    return AnmalanPdf.write(DelegationsbeslutMapper.redovisning(kallelser.underlag(datum), skapad()), version, out,
        progress);
  }

  public ExportResult meddelanden(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(core.store(), version);
    return AnmalanPdf.write(MeddelandenMapper.redovisning(kallelser.underlag(datum), skapad()), version, out,
        progress);
  }

  private OffsetDateTime skapad() {
    return OffsetDateTime.now(core.clock().clock()).withNano(0);
  }
}
