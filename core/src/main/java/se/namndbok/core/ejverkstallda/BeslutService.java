package se.namndbok.core.ejverkstallda;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.persistence.GynnandeBeslutRepository;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;

/** Registers and edits single decisions (the window's form), with the import's validation and an audit line. */
public final class BeslutService {
  static final String ENTITET = "gynnande_beslut";

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final GynnandeBeslutRepository beslut = new GynnandeBeslutRepository();
  private final InsatsRepository insatser = new InsatsRepository();

  public BeslutService(Transactions transactions, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  public GynnandeBeslut register(GynnandeBeslut nytt) {
    return transactions.inTransaction(tx -> {
      validate(tx, nytt);
      if (beslut.find(tx, nytt.referens().strip()).isPresent()) {
        throw ValidationException.of(BeslutFalt.ID.etikett(), nytt.referens().strip() + " finns redan");
      }
      GynnandeBeslut saved = stripped(nytt);
      beslut.insert(tx, List.of(saved));
      audit.created(ENTITET, saved.referens(), saved);
      return saved;
    });
  }

  public GynnandeBeslut update(GynnandeBeslut andrat) {
    return transactions.inTransaction(tx -> {
      validate(tx, andrat);
      GynnandeBeslut saved = stripped(andrat);
      GynnandeBeslut fore = beslut.find(tx, saved.referens()).orElseThrow(
          () -> ValidationException.of(BeslutFalt.ID.etikett(), saved.referens() + " finns inte"));
      beslut.update(tx, List.of(saved));
      audit.changed(ENTITET, saved.referens(), fore, saved);
      return saved;
    });
  }

  /**
   * Checks a decision as registering or changing it would and saves nothing: refused with every problem found. The
   * form asks this when it could not read some fields itself (a mistyped date), so that the user hears of the others
   * at the same time.
   */
  public void check(GynnandeBeslut b) {
    transactions.read(tx -> {
      validate(tx, b);
      return null;
    });
  }

  public Optional<GynnandeBeslut> find(String referens) {
    return transactions.read(tx -> beslut.find(tx, referens));
  }

  /** The catalogue the form offers, for one law. */
  public List<Insats> insatser(Lag lag) {
    return transactions.read(tx -> insatser.katalog(tx).forLag(lag));
  }

  private void validate(Tx tx, GynnandeBeslut b) {
    List<BeslutValidering.Fel> fel = new BeslutValidering(insatser.katalog(tx), clock.today()).validate(b);
    if (!fel.isEmpty()) {
      throw new ValidationException(fel.stream()
          .map(f -> new ValidationException.FieldError(f.falt().etikett(), f.meddelande())).toList());
    }
  }

  static GynnandeBeslut stripped(GynnandeBeslut b) {
    return new GynnandeBeslut(b.referens().strip(), b.lag(), b.insats().strip(), b.kon(), b.fodelsear(),
        b.beslutsdatum(), b.avbrottsdatum(), b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), b.skal(),
        b.erbjudanden());
  }
}
