package se.namndbok.core.sammantrade;

import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.persistence.MotesstandardRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Validator;

/**
 * The board's meeting defaults (usual time, place, standard punkter) and a new meeting made from them: the board's
 * own meeting gets the standard punkter in the same transaction as the meeting itself.
 */
public final class MotesstandardService {
  public static final String TID = "Tid";
  public static final String PLATS = "Plats";

  private final Transactions transactions;
  private final AuditLog audit;
  private final NamndService namnd;
  private final SammantradeService sammantraden;
  private final ArendelistaService arendelista;
  private final MotesstandardRepository repository = new MotesstandardRepository();

  public MotesstandardService(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.audit = new AuditLog(clock);
    this.namnd = new NamndService(transactions, clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.arendelista = new ArendelistaService(transactions, clock);
  }

  /** The board's defaults, or {@link Motesstandard#INGEN} when it has set none (or there is no board yet). */
  public Motesstandard standard() {
    return transactions.read(tx -> namnd.current(tx).map(n -> standard(tx, n)).orElse(Motesstandard.INGEN));
  }

  private Motesstandard standard(Tx tx, Namnd n) {
    return repository.find(tx, n.id()).orElse(Motesstandard.INGEN);
  }

  public Motesstandard spara(Motesstandard m) {
    new Validator().notNull(m.tid(), TID).maxLength(m.plats(), 300, PLATS).throwIfInvalid();
    Motesstandard clean = new Motesstandard(m.tid(), m.plats() == null || m.plats().isBlank() ? null
        : m.plats().strip(), m.punkter());
    return transactions.inTransaction(tx -> {
      Namnd n = namnd.require(tx);
      Motesstandard before = repository.find(tx, n.id()).orElse(null);
      repository.save(tx, n.id(), clean);
      if (before == null) {
        audit.created(tx, "motesstandard", n.id(), clean);
      } else {
        audit.changed(tx, "motesstandard", n.id(), before, clean);
      }
      return clean;
    });
  }

  /** Creates a planned meeting; the board's own (not an utskott's) starts with the board's standard punkter. */
  public Sammantrade skapa(NyttSammantrade ny) {
    return transactions.inTransaction(tx -> {
      Sammantrade s = sammantraden.create(tx, ny, SammantradeStatus.PLANERAT);
      if (ny.utskottId() == null) {
        for (ArendepunktTyp typ : standard(tx, namnd.require(tx)).punkter()) {
          arendelista.add(tx, s.id(), new ArendepunktInnehall(typ, null, typ.text(), null, PunktTexter.INGA, false,
              null));
        }
      }
      return s;
    });
  }
}
