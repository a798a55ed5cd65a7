package se.namndbok.core.sammantrade;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.persistence.SammantradeRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The board's meetings. Also decides which meeting a new meddelande or delegationsbeslut is reported to
 * ({@link #nastaForAnmalan}).
 */
public final class SammantradeService {
  public static final String FIELD = "Sammanträde";

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final SammantradeRepository repository = new SammantradeRepository();

  public SammantradeService(Transactions transactions, AuditLog audit, NamndService namnd, LedamotService ledamoter,
      Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.namnd = namnd;
    this.ledamoter = ledamoter;
    this.clock = clock;
  }

  /** A meeting ahead (planerat). */
  public Sammantrade create(NyttSammantrade ny) {
    return create(ny, SammantradeStatus.PLANERAT);
  }

  /** A meeting with the given status (a meeting already held is recorded afterwards, e.g. the demo's). */
  public Sammantrade create(NyttSammantrade ny, SammantradeStatus status) {
    return transactions.inTransaction(tx -> {
      Namnd n = namnd.require();
      validate(tx, n, ny, 0);
      Sammantrade s = new Sammantrade(0, n.id(), ny.utskottId(), ny.datum(), ny.tid(), ny.plats().strip(), status, 0);
      long id = repository.insert(tx, s);
      Sammantrade saved = require(id);
      audit.created("sammantrade", id, saved);
      return saved;
    });
  }

  /** Changes date, time, place or organ of the meeting read at {@code version} (refused if changed since). */
  public Sammantrade update(long id, int version, NyttSammantrade changed) {
    return transactions.inTransaction(tx -> {
      Sammantrade before = requireOpen(id);
      audit.requireVersion("sammantrade", id, version, before.version(), "Sammanträdet");
      validate(tx, namnd.require(), changed, id);
      Sammantrade after = new Sammantrade(id, before.namndId(), changed.utskottId(), changed.datum(), changed.tid(),
          changed.plats().strip(), before.status(), version);
      if (!repository.update(tx, after)) {
        audit.requireVersion("sammantrade", id, version, -1, "Sammanträdet");
      }
      Sammantrade read = require(id);
      audit.changed("sammantrade", id, before, read);
      return read;
    });
  }

  /**
   * States whether the meeting has been held: {@code GENOMFORT}, or {@code PLANERAT} again (a meeting not held
   * after all). Utskickat and justerat follow from the kallelse sent and the protokoll justerat.
   */
  public Sammantrade setStatus(long id, SammantradeStatus status) {
    new Validator().require(status == SammantradeStatus.PLANERAT || status == SammantradeStatus.GENOMFORT, "Status",
        "ett sammanträde markeras som planerat eller genomfört; utskickat och justerat följer av kallelsen och "
            + "protokollet").throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Sammantrade before = requireOpen(id);
      Sammantrade after = new Sammantrade(id, before.namndId(), before.utskottId(), before.datum(), before.tid(),
          before.plats(), status, before.version());
      repository.update(tx, after);
      Sammantrade read = require(id);
      audit.changed("sammantrade", id, before, read);
      return read;
    });
  }

  /** Removes a meeting that has nothing on it yet. */
  public void delete(long id) {
    transactions.run(tx -> {
      Sammantrade before = requireOpen(id);
      if (repository.hasContent(tx, id)) {
        throw ValidationException.of(FIELD, "sammanträdet " + before.datum()
            + " har ärendepunkter, meddelanden eller delegationsbeslut; ta bort eller flytta dem först");
      }
      repository.delete(tx, id);
      audit.deleted("sammantrade", id, before);
    });
  }

  /** What the meeting's kallelse says beyond time and place (all empty until set). */
  public Kallelseuppgifter kallelseuppgifter(long id) {
    return transactions.read(tx -> repository.kallelseuppgifter(tx, id));
  }

  /**
   * Sets the sending date, the proposed justerare and the justering of the kallelse of the meeting read at
   * {@code version} (refused if changed since, and for a justerat meeting): the justerare must hold a seat in the
   * meeting's organ on its day and be two different people; the kallelse is sent on or before the meeting day,
   * the justering on or after it.
   */
  public Kallelseuppgifter sparaKallelseuppgifter(long id, int version, Kallelseuppgifter k) {
    new Validator().notNull(k, "Kallelse").throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Sammantrade s = requireOpen(id);
      audit.requireVersion("sammantrade", id, version, s.version(), "Sammanträdet");
      List<Long> seats = ledamoter.platser(s.utskottId(), s.datum()).stream().map(p -> p.ledamot().id()).toList();
      new Validator()
          .notAfter(k.kallelsedatum(), s.datum(), "Kallelsedatum", "sammanträdets datum")
          .notBefore(k.justeringsdag(), s.datum(), "Justeringsdag", "sammanträdets datum")
          .maxLength(k.justeringsplats(), 300, "Justeringens plats")
          .require(k.justerare1Id() == null || seats.contains(k.justerare1Id()), "Justerare",
              "har ingen plats i organet " + s.datum())
          .require(k.justerare2Id() == null || seats.contains(k.justerare2Id()), "Justerare 2",
              "har ingen plats i organet " + s.datum())
          .require(k.justerare2Id() == null || !k.justerare2Id().equals(k.justerare1Id()), "Justerare 2",
              "får inte vara samma person som första justeraren")
          .throwIfInvalid();
      Kallelseuppgifter before = repository.kallelseuppgifter(tx, id);
      Kallelseuppgifter after = new Kallelseuppgifter(k.kallelsedatum(), k.justerare1Id(), k.justerare2Id(),
          k.justeringsdag(), k.justeringsplats() == null || k.justeringsplats().isBlank() ? null
              : k.justeringsplats().strip());
      if (!repository.setKallelseuppgifter(tx, id, version, after)) {
        audit.requireVersion("sammantrade", id, version, -1, "Sammanträdet");
      }
      audit.changed("sammantrade.kallelse", id, before, after);
      return after;
    });
  }

  /** Every meeting of the board and its committees, newest first. */
  public List<Sammantrade> all() {
    return transactions.read(tx -> namnd.current().map(n -> repository.findByNamnd(tx, n.id())).orElse(List.of()));
  }

  public Optional<Sammantrade> find(long id) {
    return transactions.read(tx -> repository.findById(tx, id));
  }

  /** The meeting, or a Swedish refusal when it is gone. */
  public Sammantrade require(long id) {
    return find(id).orElseThrow(() -> ValidationException.of(FIELD, "sammanträdet finns inte"));
  }

  /**
   * The meeting, refused with a {@link JusteratException} when its protokoll is justerat: every change to a
   * meeting and what belongs to it passes here first.
   */
  public Sammantrade requireOpen(long id) {
    Sammantrade s = require(id);
    if (s.status() == SammantradeStatus.JUSTERAT) {
      throw new JusteratException(s.datum());
    }
    return s;
  }

  /** The board's own meeting on {@code datum} (as the commands name a meeting: {@code --sammantrade 2025-10-23}). */
  public Optional<Sammantrade> findNamndensByDatum(LocalDate datum) {
    return transactions.read(tx -> namnd.current().flatMap(n -> repository.findByDatum(tx, n.id(), null, datum)));
  }

  /** {@link #findNamndensByDatum}, or a Swedish refusal naming the date. */
  public Sammantrade requireNamndens(LocalDate datum) {
    return findNamndensByDatum(datum)
        .orElseThrow(() -> ValidationException.of(FIELD, "nämnden har inget sammanträde " + datum));
  }

  /** The board's next meeting not yet held: the earliest planned one after today. */
  public Optional<Sammantrade> nastaEjGenomforda() {
    return transactions.read(tx -> namnd.current()
        .flatMap(n -> repository.findFirstPlannedAfter(tx, n.id(), clock.today().minusDays(1))));
  }

  /**
   * The meeting a meddelande or delegationsbeslut dated {@code datum} is reported to: the board's earliest
   * planned (not held) meeting on a day after both {@code datum} and today. A meeting today or earlier has
   * already had its kallelse sent, so what is registered now waits for the next one (decision record 0020).
   */
  public Optional<Sammantrade> nastaForAnmalan(LocalDate datum) {
    LocalDate today = clock.today();
    LocalDate after = datum == null || datum.isBefore(today) ? today : datum;
    return transactions.read(tx -> namnd.current().flatMap(n -> repository.findFirstPlannedAfter(tx, n.id(), after)));
  }

  private void validate(Tx tx, Namnd n, NyttSammantrade ny, long id) {
    new Validator().notNull(ny.datum(), "Datum").notNull(ny.tid(), "Tid").notBlank(ny.plats(), "Plats")
        .maxLength(ny.plats(), 300, "Plats").throwIfInvalid();
    if (ny.utskottId() != null && namnd.utskott(ny.utskottId()).isEmpty()) {
      throw ValidationException.of("Utskott", "utskottet finns inte");
    }
    repository.findByDatum(tx, n.id(), ny.utskottId(), ny.datum()).filter(o -> o.id() != id).ifPresent(o -> {
      throw ValidationException.of("Datum", "det finns redan ett sammanträde " + ny.datum());
    });
  }
}
