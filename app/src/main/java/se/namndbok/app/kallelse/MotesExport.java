package se.namndbok.app.kallelse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import se.namndbok.app.shared.ExportBehorighet;
import se.namndbok.core.db.Database;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutService;
import se.namndbok.core.kallelse.KallelsePunkt;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.meddelande.MeddelandeFilter;
import se.namndbok.core.meddelande.MeddelandeService;
import se.namndbok.core.sammantrade.ArendepunktTyp;
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
    var grupper = new DelegationsbeslutService(db, db.files(), clock).perDelegat(u.sammantrade().id());
    return DelegationsbeslutPdf.write(DelegationsbeslutMapper.redovisning(u.namnd(), u.sammantrade(), grupper,
        ovrigaBeslut(u), skapad()), version, out, progress);
  }

  public ExportResult meddelanden(LocalDate datum, Version version, Path out, Progress progress) {
    ExportBehorighet.kravVersion(db, version);
    KallelseUnderlag u = new KallelseService(db, db.files(), clock).underlag(datum);
    var meddelanden = new MeddelandeService(db, db.files(), clock).list(MeddelandeFilter.sammantrade(u.sammantrade().id()));
    return MeddelandenPdf.write(MeddelandenMapper.redovisning(u.namnd(), u.sammantrade(), meddelanden, skapad()),
        version, out, progress);
  }

  /** The lines of the delegation item's "övriga beslut", or none when the meeting has no such item. */
  private static List<String> ovrigaBeslut(KallelseUnderlag u) {
    return u.punkter().stream().map(KallelsePunkt::punkt)
        .filter(p -> p.innehall().typ() == ArendepunktTyp.DELEGATIONSBESLUT)
        .map(p -> p.innehall().texter().ovrigaBeslut()).filter(t -> t != null && !t.isBlank())
        .flatMap(t -> Arrays.stream(t.split("\\R"))).filter(l -> !l.isBlank()).toList();
  }

  private OffsetDateTime skapad() {
    return OffsetDateTime.now(clock.clock()).withNano(0);
  }
}
