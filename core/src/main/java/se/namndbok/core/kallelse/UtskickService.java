package se.namndbok.core.kallelse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.kallelse.persistence.UtskickRepository;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Fingeravtryck;
import se.namndbok.core.shared.ValidationException;

/**
 * Sending a meeting's kallelse ("Skicka ut kallelse", {@code export kallelse … --utskick}): the members' and the
 * public PDF are made from the meeting as it stands and kept exactly as sent, as the next version. The meeting
 * may change afterwards; it then shows as changed since the utskick, and sending again makes a new version (not
 * before it has changed: an unchanged kallelse is not sent again). Any
 * sent version can be read back byte for byte (decision record 0081).
 */
public final class UtskickService {
  private final Transactions transactions;
  private final FileStore files;
  private final KallelseRenderer renderer;
  private final KallelseService kallelser;
  private final SammantradeService sammantraden;
  private final AuditLog audit;
  private final Clock clock;
  private final UtskickRepository repository = new UtskickRepository();

  public UtskickService(Transactions transactions, FileStore files, KallelseRenderer renderer, KallelseService kallelser,
      SammantradeService sammantraden, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.files = files;
    this.renderer = renderer;
    this.kallelser = kallelser;
    this.sammantraden = sammantraden;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Sends the meeting's kallelse: both PDFs made and kept as the next version, in one transaction. Refused
   * ({@link OforandradKallelseException}, nothing stored) when the kallelse says what the last sent version said:
   * it would reach the members as a "Reviderad kallelse" with nothing revised (found by a walk).
   */
  public Utskick skickaUt(long sammantradeId) {
    return transactions.inTransaction(tx -> {
      Sammantrade s = sammantraden.requireOpen(sammantradeId);
      KallelseUnderlag u = kallelser.underlag(s.id());
      String fingeravtryck = fingeravtryck(u);
      List<Utskick> tidigare = repository.find(tx, s.id());
      // a kallelse sent again says that it replaces the one sent before: the members must not take it for a copy
      Utskick ersatter = tidigare.isEmpty() ? null : tidigare.getLast();
      if (ersatter != null && ersatter.fingeravtryck().equals(fingeravtryck)) {
        throw new OforandradKallelseException(ersatter);
      }
      OffsetDateTime skapad = OffsetDateTime.now(clock.clock()).withNano(0);
      byte[] pdf = renderer.render(u, kallelser::fil, false, skapad, ersatter);
      byte[] offentlig = renderer.render(u, kallelser::fil, true, skapad, ersatter);
      Utskick utskick = new Utskick(s.id(), tidigare.size() + 1, clock.now(), clock.user(),
          fingeravtryck, files.put(tx, pdf), pdf.length, files.put(tx, offentlig), offentlig.length);
      repository.insert(tx, utskick);
      audit.created("kallelse_utskick", s.id() + "/" + utskick.version(), utskick);
      return utskick;
    });
  }

  /** {@link #skickaUt(long)} for the board's meeting on {@code datum}, as the command names it. */
  public Utskick skickaUt(LocalDate datum) {
    return transactions.inTransaction(tx -> skickaUt(sammantraden.requireNamndens(datum).id()));
  }

  /** The meeting's sent versions and whether it has changed since the last, in one read. */
  public Utskickslage lage(long sammantradeId) {
    return transactions.read(tx -> {
      List<Utskick> versioner = repository.find(tx, sammantradeId);
      boolean andrad = !versioner.isEmpty()
          && !versioner.getLast().fingeravtryck().equals(fingeravtryck(kallelser.underlag(sammantradeId)));
      return new Utskickslage(versioner, andrad);
    });
  }

  /**
   * What the kallelse says, without the meeting's stage (which the utskick itself and the meeting being held
   * change, not the kallelse).
   */
  private static String fingeravtryck(KallelseUnderlag u) {
    Sammantrade s = u.sammantrade();
    record Innehall(Object namnd, Object datum, Object tid, Object plats, Object utskott, Object ledamoter,
        Object punkter) {}
    return Fingeravtryck.of(new Innehall(u.namnd(), s.datum(), s.tid(), s.plats(), u.utskott(), u.ledamoter(),
        u.punkter()));
  }

  /** The PDF of a sent version, the members' or the public copy, exactly as sent. */
  public byte[] pdf(long sammantradeId, int version, boolean offentlig) {
    Utskick u = transactions.read(tx -> repository.find(tx, sammantradeId)).stream()
        .filter(x -> x.version() == version).findFirst()
        .orElseThrow(() -> ValidationException.of("Version", "kallelsen har ingen skickad version " + version));
    return files.get(u.sha256(offentlig));
  }
}
