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

  public SammantradeService(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.audit = new AuditLog(clock);
    this.namnd = new NamndService(transactions, clock);
    this.ledamoter = new LedamotService(transactions, clock);
  }

  public Sammantrade create(NyttSammantrade ny) {
    return transactions.inTransaction(tx -> create(tx, ny, SammantradeStatus.PLANERAT));
  }

  public Sammantrade create(Tx tx, NyttSammantrade ny, SammantradeStatus status) {
    Namnd n = namnd.require(tx);
    validate(tx, n, ny, 0);
    Sammantrade s = new Sammantrade(0, n.id(), ny.utskottId(), ny.datum(), ny.tid(), ny.plats().strip(), status);
    long id = repository.insert(tx, s);
    Sammantrade saved = new Sammantrade(id, n.id(), s.utskottId(), s.datum(), s.tid(), s.plats(), status);
    audit.created(tx, "sammantrade", id, saved);
    return saved;
  }

  public Sammantrade update(long id, NyttSammantrade changed) {
    return transactions.inTransaction(tx -> {
      Sammantrade before = find(tx, id);
      validate(tx, namnd.require(tx), changed, id);
      Sammantrade after = new Sammantrade(id, before.namndId(), changed.utskottId(), changed.datum(), changed.tid(),
          changed.plats().strip(), before.status());
      repository.update(tx, after);
      audit.changed(tx, "sammantrade", id, before, after);
      return after;
    });
  }

  public Sammantrade setStatus(long id, SammantradeStatus status) {
    return transactions.inTransaction(tx -> {
      Sammantrade before = find(tx, id);
      Sammantrade after = new Sammantrade(id, before.namndId(), before.utskottId(), before.datum(), before.tid(),
          before.plats(), status);
      repository.update(tx, after);
      audit.changed(tx, "sammantrade", id, before, after);
      return after;
    });
  }

  /** Removes a meeting that has nothing on it yet. */
  public void delete(long id) {
    transactions.run(tx -> {
      Sammantrade before = find(tx, id);
      if (repository.hasContent(tx, id)) {
        throw ValidationException.of(FIELD, "sammanträdet " + before.datum()
            + " har ärendepunkter, meddelanden eller delegationsbeslut; ta bort eller flytta dem först");
      }
      repository.delete(tx, id);
      audit.deleted(tx, "sammantrade", id, before);
    });
  }

  /** Every meeting of the board and its committees, newest first. */
  /** What the meeting's kallelse says beyond time and place (all empty until set). */
  public Kallelseuppgifter kallelseuppgifter(Tx tx, long id) {
    return repository.kallelseuppgifter(tx, id);
  }

  public Kallelseuppgifter kallelseuppgifter(long id) {
    return transactions.read(tx -> repository.kallelseuppgifter(tx, id));
  }

  /**
   * Sets the sending date, the proposed justerare and the justering of a meeting's kallelse: the justerare must
   * hold a seat in the meeting's organ on its day and be two different people; the kallelse is sent on or before
   * the meeting day, the justering on or after it.
   */
  public Kallelseuppgifter sparaKallelseuppgifter(long id, Kallelseuppgifter k) {
    return transactions.inTransaction(tx -> sparaKallelseuppgifter(tx, id, k));
  }

  public Kallelseuppgifter sparaKallelseuppgifter(Tx tx, long id, Kallelseuppgifter k) {
    Sammantrade s = find(tx, id);
    List<Long> seats = ledamoter.platser(tx, s.utskottId(), s.datum()).stream().map(p -> p.ledamot().id()).toList();
    new Validator().notNull(k, "Kallelse").throwIfInvalid();
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
    repository.setKallelseuppgifter(tx, id, after);
    audit.changed(tx, "sammantrade.kallelse", id, before, after);
    return after;
  }

  public List<Sammantrade> all() {
    return transactions.read(tx -> namnd.current(tx).map(n -> repository.findByNamnd(tx, n.id())).orElse(List.of()));
  }

  public Optional<Sammantrade> find(long id) {
    return transactions.read(tx -> repository.findById(tx, id));
  }

  public Sammantrade find(Tx tx, long id) {
    return repository.findById(tx, id).orElseThrow(() -> ValidationException.of(FIELD, "sammanträdet finns inte"));
  }

  /** The board's own meeting on {@code datum} (as the commands name a meeting: {@code --sammantrade 2025-10-23}). */
  public Optional<Sammantrade> findNamndensByDatum(LocalDate datum) {
    return transactions.read(tx -> findNamndensByDatum(tx, datum));
  }

  public Optional<Sammantrade> findNamndensByDatum(Tx tx, LocalDate datum) {
    return namnd.current(tx).flatMap(n -> repository.findByDatum(tx, n.id(), null, datum));
  }

  /** The board's next meeting not yet held: the earliest planned one after today. */
  public Optional<Sammantrade> nastaEjGenomforda() {
    return transactions.read(tx -> namnd.current(tx)
        .flatMap(n -> repository.findFirstPlannedAfter(tx, n.id(), clock.today().minusDays(1))));
  }

  /**
   * The meeting a meddelande or delegationsbeslut dated {@code datum} is reported to: the board's earliest
   * planned (not held) meeting on a day after both {@code datum} and today. A meeting today or earlier has
   * already had its kallelse sent, so what is registered now waits for the next one (decision record 0020).
   */
  public Optional<Sammantrade> nastaForAnmalan(Tx tx, LocalDate datum) {
    LocalDate today = clock.today();
    LocalDate after = datum == null || datum.isBefore(today) ? today : datum;
    return namnd.current(tx).flatMap(n -> repository.findFirstPlannedAfter(tx, n.id(), after));
  }

  private void validate(Tx tx, Namnd n, NyttSammantrade ny, long id) {
    new Validator().notNull(ny.datum(), "Datum").notNull(ny.tid(), "Tid").notBlank(ny.plats(), "Plats")
        .maxLength(ny.plats(), 300, "Plats").throwIfInvalid();
    if (ny.utskottId() != null && namnd.utskott(tx, ny.utskottId()).isEmpty()) {
      throw ValidationException.of("Utskott", "utskottet finns inte");
    }
    repository.findByDatum(tx, n.id(), ny.utskottId(), ny.datum()).filter(o -> o.id() != id).ifPresent(o -> {
      throw ValidationException.of("Datum", "det finns redan ett sammanträde " + ny.datum());
    });
  }
}
