package se.namndbok.core.sammantrade;

import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.persistence.MotesstandardRepository;
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

  public MotesstandardService(Transactions transactions, AuditLog audit, NamndService namnd,
      SammantradeService sammantraden, ArendelistaService arendelista) {
    this.transactions = transactions;
    this.audit = audit;
    this.namnd = namnd;
    this.sammantraden = sammantraden;
    this.arendelista = arendelista;
  }

  /** The board's defaults, or {@link Motesstandard#INGEN} when it has set none (or there is no board yet). */
  public Motesstandard standard() {
    return transactions.read(tx -> namnd.current().map(n -> standard(tx, n)).orElse(Motesstandard.INGEN));
  }

  private Motesstandard standard(Tx tx, Namnd n) {
    return repository.find(tx, n.id()).orElse(Motesstandard.INGEN);
  }

  public Motesstandard spara(Motesstandard m) {
    new Validator().notNull(m.tid(), TID).maxLength(m.plats(), 300, PLATS).throwIfInvalid();
    Motesstandard clean = new Motesstandard(m.tid(), m.plats() == null || m.plats().isBlank() ? null
        : m.plats().strip(), m.punkter());
    return transactions.inTransaction(tx -> {
      Namnd n = namnd.require();
      Motesstandard before = repository.find(tx, n.id()).orElse(null);
      repository.save(tx, n.id(), clean);
      if (before == null) {
        audit.created("motesstandard", n.id(), clean);
      } else {
        audit.changed("motesstandard", n.id(), before, clean);
      }
      return clean;
    });
  }

  /** Creates a planned meeting; the board's own (not an utskott's) starts with the board's standard punkter. */
  public Sammantrade skapa(NyttSammantrade ny) {
    return transactions.inTransaction(tx -> {
      Sammantrade s = sammantraden.create(ny, SammantradeStatus.PLANERAT);
      if (ny.utskottId() == null) {
        for (ArendepunktTyp typ : standard(tx, namnd.require()).punkter()) {
          arendelista.add(s.id(), new ArendepunktInnehall(typ, null, typ.text(), null, PunktTexter.INGA, false,
              null));
        }
      }
      return s;
    });
  }
}
