package se.namndbok.core.namnd;

import java.util.List;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.persistence.DelegatRepository;
import se.namndbok.core.shared.Reorder;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/** The delegates in the order the delegation report lists them. */
public final class DelegatService {
  public static final String FIELD = "Delegat";

  private final Transactions transactions;
  private final AuditLog audit;
  private final NamndService namnd;
  private final DelegatRepository repository = new DelegatRepository();

  public DelegatService(Transactions transactions, AuditLog audit, NamndService namnd) {
    this.transactions = transactions;
    this.audit = audit;
    this.namnd = namnd;
  }

  /** Adds a delegate last in the order. */
  public Delegat add(String namn) {
    validate(namn);
    return transactions.inTransaction(tx -> {
      long namndId = namnd.require().id();
      if (repository.findByNamn(tx, namndId, namn).isPresent()) {
        throw ValidationException.of(FIELD, "det finns redan en delegat som heter " + namn.strip());
      }
      int ordning = repository.findByNamnd(tx, namndId).size() + 1;
      Delegat d = new Delegat(0, namndId, namn.strip(), ordning, 0);
      Delegat saved = new Delegat(repository.insert(tx, d), namndId, d.namn(), ordning, 0);
      audit.created("delegat", saved.id(), saved);
      return saved;
    });
  }

  /** Renames the delegate read at {@code version}; refused, naming who and when, if someone changed it since. */
  public Delegat rename(long id, int version, String namn) {
    validate(namn);
    return transactions.inTransaction(tx -> {
      Delegat before = find(tx, id);
      audit.requireVersion("delegat", id, version, before.version(), "Delegaten");
      repository.findByNamn(tx, before.namndId(), namn).filter(o -> o.id() != id).ifPresent(o -> {
        throw ValidationException.of(FIELD, "det finns redan en delegat som heter " + namn.strip());
      });
      repository.rename(tx, id, namn.strip());
      Delegat after = new Delegat(id, before.namndId(), namn.strip(), before.ordning(), before.version() + 1);
      audit.changed("delegat", id, before, after);
      return after;
    });
  }

  /** Removes a delegate that has no decisions; the others close up. */
  public void remove(long id) {
    transactions.run(tx -> {
      Delegat before = find(tx, id);
      if (repository.isUsed(tx, id)) {
        throw ValidationException.of(FIELD, before.namn() + " har delegationsbeslut och kan inte tas bort");
      }
      repository.delete(tx, id);
      audit.deleted("delegat", id, before);
      renumber(tx, repository.findByNamnd(tx, before.namndId()));
    });
  }

  /** Moves a delegate to place {@code index} (0-based) in the order, renumbering all in one transaction. */
  public List<Delegat> moveTo(long id, int index) {
    return transactions.inTransaction(tx -> {
      Delegat d = find(tx, id);
      List<Delegat> all = repository.findByNamnd(tx, d.namndId());
      int from = all.stream().map(Delegat::id).toList().indexOf(id);
      renumber(tx, Reorder.move(all, from, index, FIELD));
      return repository.findByNamnd(tx, d.namndId());
    });
  }

  public List<Delegat> all() {
    return transactions.read(tx -> namnd.current().map(n -> repository.findByNamnd(tx, n.id())).orElse(List.of()));
  }

  /** The delegate named {@code namn} (case does not matter), or a message listing the known ones. */
  public Delegat byNamn(String namn) {
    return transactions.read(tx -> {
      long namndId = namnd.require().id();
      return repository.findByNamn(tx, namndId, namn == null ? "" : namn).orElseThrow(() -> ValidationException.of(
          FIELD, se.namndbok.core.shared.Personnummer.citat(namn) + " finns inte bland delegaterna (" + String.join(", ",
              repository.findByNamnd(tx, namndId).stream().map(Delegat::namn).toList()) + ")"));
    });
  }

  private Delegat find(Tx tx, long id) {
    return repository.findById(tx, id).orElseThrow(() -> ValidationException.of(FIELD, "delegaten finns inte längre"));
  }

  private void renumber(Tx tx, List<Delegat> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      Delegat d = ordered.get(i);
      if (d.ordning() != i + 1) {
        repository.setOrdning(tx, d.id(), i + 1);
        audit.changed("delegat", d.id(), d, new Delegat(d.id(), d.namndId(), d.namn(), i + 1, d.version()));
      }
    }
  }

  private static void validate(String namn) {
    new Validator().notBlank(namn, FIELD).maxLength(namn, 300, FIELD).throwIfInvalid();
  }
}
