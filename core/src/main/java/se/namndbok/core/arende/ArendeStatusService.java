package se.namndbok.core.arende;

import java.util.List;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.arende.persistence.StatushandelseRepository;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * Closing (avsluta) and reopening an ärende. Each is one transaction: the new status, a {@link Statushandelse}
 * with the reason and the audit line. Reopening needs a reason; closing may give one.
 */
public final class ArendeStatusService {
  public static final String ANLEDNING = "Anledning";
  public static final int ANLEDNING_MAX = 2000;

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final ArendeRepository arenden = new ArendeRepository();
  private final StatushandelseRepository handelser = new StatushandelseRepository();

  public ArendeStatusService(Transactions transactions, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.audit = audit;
  }

  /** Closes an ongoing ärende. */
  public Arende avsluta(long arendeId, String anledning) {
    new Validator().maxLength(anledning, ANLEDNING_MAX, ANLEDNING).throwIfInvalid();
    return transactions.inTransaction(tx -> change(tx, arendeId, ArendeStatus.AVSLUTAT, anledning));
  }

  /** Reopens a closed ärende; the reason must be given. */
  public Arende ateroppna(long arendeId, String anledning) {
    new Validator().notBlank(anledning, ANLEDNING).maxLength(anledning, ANLEDNING_MAX, ANLEDNING).throwIfInvalid();
    return transactions.inTransaction(tx -> change(tx, arendeId, ArendeStatus.PAGAENDE, anledning));
  }

  /** The ärende's closings and reopenings, oldest first. */
  public List<Statushandelse> historik(long arendeId) {
    return transactions.read(tx -> handelser.findByArende(tx, arendeId));
  }

  private Arende change(Tx tx, long arendeId, ArendeStatus status, String anledning) {
    Arende before = arenden.findById(tx, arendeId)
        .orElseThrow(() -> ValidationException.of(Diarienummer.FIELD, "ärendet finns inte längre"));
    if (before.status() == status) {
      throw ValidationException.of("Status", "ärendet " + before.diarienummer() + " är redan "
          + status.text().toLowerCase(java.util.Locale.ROOT));
    }
    arenden.update(tx, new Arende(before.id(), before.diarienummer(), before.klassificering(), before.rubrik(), status,
        before.handlaggare(), before.sekretess(), before.registrerad(), before.sekretessgrundId(), before.version()));
    Arende after = arenden.findById(tx, arendeId).orElseThrow();
    String reason = anledning == null || anledning.isBlank() ? null : anledning.strip();
    handelser.insert(tx, new Statushandelse(0, arendeId, clock.now(), clock.user(), status, reason));
    audit.changed("arende", arendeId, before, after);
    return after;
  }
}
