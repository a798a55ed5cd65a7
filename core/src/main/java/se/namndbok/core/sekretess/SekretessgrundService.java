package se.namndbok.core.sekretess;

import java.util.List;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.persistence.SekretessgrundRepository;
import se.namndbok.core.shared.Reorder;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The nämnd's catalogue of sekretessgrunder (Inställningar): read it, add, correct, reorder and remove a ground
 * no one uses. The first ground is the default for a confidential thing that names none. Each change is one
 * transaction with its audit line. Decision record 0110.
 */
public final class SekretessgrundService {
  public static final String FIELD = "Sekretessgrund";
  public static final String KOD = "Kod";
  public static final String BENAMNING = "Benämning";
  public static final String KORTFORM = "Kortform";
  public static final String LAGRUM = "Lagrum";

  private final Transactions transactions;
  private final AuditLog audit;
  private final SekretessgrundRepository repository = new SekretessgrundRepository();

  public SekretessgrundService(Transactions transactions, AuditLog audit) {
    this.transactions = transactions;
    this.audit = audit;
  }

  /** The catalogue in its order. */
  public List<Sekretessgrund> all() {
    return transactions.read(repository::all);
  }

  /** The ground with code {@code kod} ("OSL 26:1", case does not matter), or a message listing the codes. */
  public Sekretessgrund byKod(String kod) {
    return transactions.read(tx -> repository.findByKod(tx, kod == null ? "" : kod).orElseThrow(() ->
        ValidationException.of(FIELD, se.namndbok.core.shared.Personnummer.citat(kod) + " finns inte bland sekretessgrunderna (" + String.join(", ",
            repository.all(tx).stream().map(Sekretessgrund::kod).toList()) + ")")));
  }

  /**
   * An import row's sekretess: the {@code sekretess} column ({@link Sekretess#parseLage}) and the optional
   * {@code sekretessgrund} column (a code, "OSL 26:1"); a ground alone means confidential under it.
   */
  public Sekretess fromColumns(Sekretess.Lage lage, String grundKod) {
    if (grundKod == null || grundKod.isBlank()) {
      return new Sekretess(lage, null);
    }
    if (lage == Sekretess.Lage.OFFENTLIG) {
      throw ValidationException.of(FIELD, "en friklassad rad har ingen sekretessgrund");
    }
    return Sekretess.under(byKod(grundKod).id());
  }

  /** Checks that a chosen ground (null allowed: the default) exists. */
  public void requireKnown(Long grundId, String field) {
    if (grundId != null && transactions.read(tx -> repository.findById(tx, grundId)).isEmpty()) {
      throw ValidationException.of(field, "sekretessgrunden finns inte längre; välj en annan");
    }
  }

  /** Adds a ground last in the catalogue. */
  public Sekretessgrund add(NySekretessgrund ny) {
    validate(ny);
    return transactions.inTransaction(tx -> {
      requireFreeKod(tx, ny.kod(), null);
      Sekretessgrund g = clean(0, ny, repository.all(tx).size() + 1);
      Sekretessgrund saved = clean(repository.insert(tx, g), ny, g.ordning());
      audit.created("sekretessgrund", saved.id(), saved);
      return saved;
    });
  }

  /** Corrects a ground's code, name and texts; everything marked with it prints the new texts. */
  public Sekretessgrund update(long id, NySekretessgrund changed) {
    validate(changed);
    return transactions.inTransaction(tx -> {
      Sekretessgrund before = find(tx, id);
      requireFreeKod(tx, changed.kod(), id);
      Sekretessgrund after = clean(id, changed, before.ordning());
      repository.update(tx, after);
      audit.changed("sekretessgrund", id, before, after);
      return after;
    });
  }

  /** Removes a ground nothing is marked with; the catalogue keeps at least one ground. */
  public void remove(long id) {
    transactions.run(tx -> {
      Sekretessgrund before = find(tx, id);
      if (repository.isUsed(tx, id)) {
        throw ValidationException.of(FIELD, before.kod() + " används och kan inte tas bort");
      }
      if (repository.all(tx).size() == 1) {
        throw ValidationException.of(FIELD, "katalogen måste ha minst en sekretessgrund");
      }
      repository.delete(tx, id);
      audit.deleted("sekretessgrund", id, before);
      renumber(tx, repository.all(tx));
    });
  }

  /** Moves a ground to place {@code index} (0-based); the first is the default. */
  public List<Sekretessgrund> moveTo(long id, int index) {
    return transactions.inTransaction(tx -> {
      List<Sekretessgrund> all = repository.all(tx);
      int from = all.stream().map(Sekretessgrund::id).toList().indexOf(id);
      if (from < 0) {
        throw ValidationException.of(FIELD, "sekretessgrunden finns inte längre");
      }
      renumber(tx, Reorder.move(all, from, index, FIELD));
      return repository.all(tx);
    });
  }

  private Sekretessgrund find(Tx tx, long id) {
    return repository.findById(tx, id).orElseThrow(() -> ValidationException.of(FIELD, "sekretessgrunden finns inte längre"));
  }

  private void requireFreeKod(Tx tx, String kod, Long self) {
    repository.findByKod(tx, kod).filter(o -> self == null || o.id() != self).ifPresent(o -> {
      throw ValidationException.of(KOD, "det finns redan en sekretessgrund med koden " + o.kod());
    });
  }

  private void renumber(Tx tx, List<Sekretessgrund> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      Sekretessgrund g = ordered.get(i);
      if (g.ordning() != i + 1) {
        Sekretessgrund after = new Sekretessgrund(g.id(), g.kod(), g.benamning(), g.kortform(), g.lagrum(), i + 1);
        repository.update(tx, after);
        audit.changed("sekretessgrund", g.id(), g, after);
      }
    }
  }

  private static Sekretessgrund clean(long id, NySekretessgrund ny, int ordning) {
    return new Sekretessgrund(id, ny.kod().strip(), ny.benamning().strip(), ny.kortform().strip(), ny.lagrum().strip(),
        ordning);
  }

  private static void validate(NySekretessgrund ny) {
    new Validator().notBlank(ny.kod(), KOD).maxLength(ny.kod(), 30, KOD)
        .notBlank(ny.benamning(), BENAMNING).maxLength(ny.benamning(), 200, BENAMNING)
        .notBlank(ny.kortform(), KORTFORM).maxLength(ny.kortform(), 100, KORTFORM)
        .notBlank(ny.lagrum(), LAGRUM).maxLength(ny.lagrum(), 300, LAGRUM).throwIfInvalid();
  }
}
