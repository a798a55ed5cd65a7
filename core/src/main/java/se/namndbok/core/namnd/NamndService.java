package se.namndbok.core.namnd;

import java.util.Optional;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.namnd.persistence.NamndRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Validator;

/** The board itself: whether the store has one yet (first start) and creating it, validated and audited. */
public final class NamndService {
  public static final int NAMN_MAX = 200;
  /** Defaults for the law references printed in the statistics reports; editable per board later. */
  public static final String LAGRUM_SOL = "16 kap. 6 f–6 h §§ socialtjänstlagen (2001:453)";
  public static final String LAGRUM_LSS = "28 f–28 h §§ lagen (1993:387) om stöd och service till vissa funktionshindrade";

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final NamndRepository namnder = new NamndRepository();

  public NamndService(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.audit = new AuditLog(clock);
  }

  /** True on a fresh store: no board has been created or installed yet. */
  public boolean isEmpty() {
    return transactions.read(namnder::count) == 0;
  }

  /** The store's board (the first one, should there ever be more). */
  public Optional<Namnd> current() {
    return transactions.read(namnder::findFirst);
  }

  public Namnd create(NyNamnd ny) {
    new Validator()
        .notBlank(ny.namn(), "Nämndens namn").maxLength(ny.namn(), NAMN_MAX, "Nämndens namn")
        .notBlank(ny.kommun(), "Kommun").maxLength(ny.kommun(), NAMN_MAX, "Kommun")
        .notBlank(ny.forvaltning(), "Förvaltning").maxLength(ny.forvaltning(), NAMN_MAX, "Förvaltning")
        .throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Namnd n = new Namnd(0, ny.namn().strip(), ny.kommun().strip(), ny.forvaltning().strip(), LAGRUM_SOL,
          LAGRUM_LSS, clock.now());
      long id = namnder.insert(tx, n);
      Namnd saved = new Namnd(id, n.namn(), n.kommun(), n.forvaltning(), n.lagrumSol(), n.lagrumLss(), n.skapad());
      audit.created(tx, "namnd", id, saved);
      return saved;
    });
  }
}
