package se.namndbok.core.ejverkstallda;

import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The insats catalogue as the settings show it: read it, and correct an insats's benämning or its place in the
 * reports (ordning). Codes and laws stay as they are: imported decisions refer to the codes.
 */
public final class InsatsService {
  public static final String BENAMNING = "Benämning";
  public static final String ORDNING = "Ordning";
  public static final int BENAMNING_MAX = 300;
  public static final int ORDNING_MAX = 999;

  private final Transactions transactions;
  private final AuditLog audit;
  private final InsatsRepository repository = new InsatsRepository();

  public InsatsService(Transactions transactions, AuditLog audit) {
    this.transactions = transactions;
    this.audit = audit;
  }

  public Insatskatalog katalog() {
    return transactions.read(repository::katalog);
  }

  /** Changes benämning and ordning of {@code kod}, with an audit line; both checked at once. */
  public Insats andra(String kod, String benamning, int ordning) {
    new Validator().notBlank(benamning, BENAMNING).maxLength(benamning, BENAMNING_MAX, BENAMNING)
        .require(ordning >= 1 && ordning <= ORDNING_MAX, ORDNING, "skriv ett heltal från 1 till " + ORDNING_MAX)
        .throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Insats before = repository.katalog(tx).find(kod)
          .orElseThrow(() -> ValidationException.of("Insats", "det finns ingen insats med koden " + kod));
      repository.update(tx, before.kod(), benamning.strip(), ordning);
      Insats after = new Insats(before.kod(), before.lag(), before.omrade(), benamning.strip(), ordning);
      audit.changed("insats", before.kod(), before, after);
      return after;
    });
  }
}
