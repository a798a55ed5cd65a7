package se.namndbok.core.namnd;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.namnd.persistence.LedamotRepository;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/** The board's members and their seats (uppdrag) on the board and its committees. */
public final class LedamotService {
  private static final Pattern PARTI = Pattern.compile("\\p{Lu}{1,10}");

  private final Transactions transactions;
  private final AuditLog audit;
  private final NamndService namnd;
  private final LedamotRepository repository = new LedamotRepository();

  public LedamotService(Transactions transactions, AuditLog audit, NamndService namnd) {
    this.transactions = transactions;
    this.audit = audit;
    this.namnd = namnd;
  }

  public Ledamot add(String fornamn, String efternamn, String parti) {
    validate(fornamn, efternamn, parti);
    return transactions.inTransaction(tx -> {
      long namndId = namnd.require().id();
      Ledamot l = new Ledamot(0, namndId, fornamn.strip(), efternamn.strip(), parti.strip());
      Ledamot saved = new Ledamot(repository.insert(tx, l), namndId, l.fornamn(), l.efternamn(), l.parti());
      audit.created("ledamot", saved.id(), saved);
      return saved;
    });
  }

  /** Corrects a member's name, party or contact details. */
  public Ledamot update(Ledamot changed) {
    validate(changed.fornamn(), changed.efternamn(), changed.parti());
    new Validator().maxLength(changed.telefon(), 50, "Telefon").maxLength(changed.epost(), 200, "E-post")
        .require(changed.epost() == null || changed.epost().isBlank() || changed.epost().strip().matches("[^@\\s]+@[^@\\s]+"),
            "E-post", "skriv en e-postadress, t.ex. namn@kommun.se").throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Ledamot before = repository.findById(tx, changed.id())
          .orElseThrow(() -> ValidationException.of("Ledamot", "ledamoten finns inte längre"));
      audit.requireVersion("ledamot", before.id(), changed.version(), before.version(), "Ledamoten");
      Ledamot after = new Ledamot(before.id(), before.namndId(), changed.fornamn().strip(), changed.efternamn().strip(),
          changed.parti().strip(), blankToNull(changed.telefon()), blankToNull(changed.epost()), changed.version() + 1);
      if (!repository.update(tx, new Ledamot(after.id(), after.namndId(), after.fornamn(), after.efternamn(),
          after.parti(), after.telefon(), after.epost(), changed.version()))) {
        audit.requireVersion("ledamot", before.id(), changed.version(), -1, "Ledamoten");
      }
      audit.changed("ledamot", after.id(), before, after);
      return after;
    });
  }

  /** Gives a member a seat; {@code utskottId} null is a seat on the board itself. */
  public Uppdrag addUppdrag(long ledamotId, Long utskottId, UppdragTyp typ, Roll roll, int ordning,
      LocalDate fran, LocalDate till) {
    new Validator().notNull(typ, "Ledamot/ersättare").notNull(roll, "Roll").notNull(fran, "Från")
        .notNull(till, "Till").notBefore(till, fran, "Till", "från-datumet")
        .require(typ != UppdragTyp.ERSATTARE || roll == Roll.ERSATTARE, "Roll", "en ersättare har rollen Ersättare")
        .require(typ != UppdragTyp.ORDINARIE || roll != Roll.ERSATTARE, "Roll", "en ordinarie ledamot kan inte ha rollen Ersättare")
        .throwIfInvalid();
    return transactions.inTransaction(tx -> {
      repository.findById(tx, ledamotId).orElseThrow(() -> ValidationException.of("Ledamot", "ledamoten finns inte"));
      if (utskottId != null && namnd.utskott(utskottId).isEmpty()) {
        throw ValidationException.of("Utskott", "utskottet finns inte");
      }
      Uppdrag u = new Uppdrag(0, ledamotId, utskottId, typ, roll, ordning, fran, till);
      Uppdrag saved = new Uppdrag(repository.insertUppdrag(tx, u), ledamotId, utskottId, typ, roll, ordning, fran, till);
      audit.created("uppdrag", saved.id(), saved);
      return saved;
    });
  }

  public void removeUppdrag(long uppdragId) {
    transactions.run(tx -> {
      Uppdrag before = repository.findUppdrag(tx, uppdragId)
          .orElseThrow(() -> ValidationException.of("Uppdrag", "uppdraget finns inte längre"));
      repository.deleteUppdrag(tx, uppdragId);
      audit.deleted("uppdrag", uppdragId, before);
    });
  }

  public List<Ledamot> all() {
    return transactions.read(tx -> namnd.current().map(n -> repository.findByNamnd(tx, n.id())).orElse(List.of()));
  }

  public List<Uppdrag> uppdrag(long ledamotId) {
    return transactions.read(tx -> repository.uppdragFor(tx, ledamotId));
  }

  /** The seats held on {@code dag} on the board ({@code utskottId} null) or an utskott, ordinarie first. */
  public List<Ledamotsplats> platser(Long utskottId, LocalDate dag) {
    return transactions.read(tx -> namnd.current().map(n -> repository.platser(tx, n.id(), utskottId, dag))
        .orElse(List.of()));
  }

  private static void validate(String fornamn, String efternamn, String parti) {
    new Validator().notBlank(fornamn, "Förnamn").maxLength(fornamn, 100, "Förnamn")
        .notBlank(efternamn, "Efternamn").maxLength(efternamn, 100, "Efternamn")
        .notBlank(parti, "Parti")
        .require(parti == null || parti.isBlank() || PARTI.matcher(parti.strip()).matches(), "Parti",
            "skriv partiets förkortning med versaler, t.ex. S, M, C, V, KD, L, MP eller SD")
        .throwIfInvalid();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
