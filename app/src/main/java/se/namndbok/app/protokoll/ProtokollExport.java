package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndbok.core.CoreServices;
import se.namndbok.core.protokoll.ProtokollDokument;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.shared.ValidationException;
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

  /** The protokoll of the board's meeting on {@code datum}, as {@code export protokoll --sammantrade} names it. */
  public ExportResult protokoll(LocalDate datum, Version version, Path out, Progress progress) {
    se.namndbok.app.shared.ExportBehorighet.kravVersion(core.store(), version);
    return write(core.justeratProtokoll().dokument(datum, version == Version.OFFENTLIG), version, out, progress);
  }

  /** The protokoll of any meeting, the board's or an utskott's, as the window names it. */
  public ExportResult protokoll(long sammantradeId, Version version, Path out, Progress progress) {
    se.namndbok.app.shared.ExportBehorighet.kravVersion(core.store(), version);
    return write(core.justeratProtokoll().dokument(sammantradeId, version == Version.OFFENTLIG), version, out,
        progress);
  }

  private ExportResult write(ProtokollDokument d, Version version, Path out, Progress progress) {
    if (d.arkiverat()) {
      ExportResult r = KeptPdf.write(d.pdf(), out);
      progress.update(1.0);
      return r;
    }
    return ProtokollPdf.write(ProtokollMapper.from(d.underlag(), OffsetDateTime.now(core.clock().clock()).withNano(0)),
        version, out, progress);
  }

  /**
   * The protokollsutdrag of § {@code paragraf} of the justerat protokoll of the meeting on {@code datum}, certified
   * today (utdragsbestyrkande), written like every document (temporary file, renamed when complete). A draft, or
   * a § the protokoll does not have, is refused in Swedish (naming the §§ it has).
   */
  public ExportResult utdrag(LocalDate datum, int paragraf, Version version, Path out, Progress progress) {
    se.namndbok.app.shared.ExportBehorighet.kravVersion(core.store(), version);
    return utdrag(core.protokoll().underlag(datum), paragraf, version, out, progress);
  }

  /** {@link #utdrag(LocalDate, int, Version, Path, Progress)} for any meeting, as the window names it. */
  public ExportResult utdrag(long sammantradeId, int paragraf, Version version, Path out, Progress progress) {
    se.namndbok.app.shared.ExportBehorighet.kravVersion(core.store(), version);
    return utdrag(core.protokoll().underlag(sammantradeId), paragraf, version, out, progress);
  }

  private ExportResult utdrag(ProtokollUnderlag underlag, int paragraf, Version version, Path out, Progress progress) {
    OffsetDateTime nu = OffsetDateTime.now(core.clock().clock()).withNano(0);
    LocalDate datum = underlag.sammantrade().datum();
    if (!underlag.protokoll().justerat()) {
      throw ValidationException.of("--sammantrade", "protokollet från sammanträdet " + datum
          + " är inte justerat; ett protokollsutdrag görs ur ett justerat protokoll");
    }
    var data = ProtokollMapper.from(underlag, nu);
    java.util.List<String> finns = ProtokollPdf.paragrafer(data);
    if (!finns.contains(Integer.toString(paragraf))) {
      throw ValidationException.of("--paragraf", "protokollet från sammanträdet " + datum + " har ingen § " + paragraf
          + (finns.isEmpty() ? "" : "; det omfattar " + data.paragrafer()));
    }
    return ProtokollPdf.utdrag(data, Integer.toString(paragraf), version, nu.toLocalDate().toString(), out, progress);
  }
}
