package se.namndbok.core.namnd;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.persistence.NamndRepository;
import se.namndbok.core.namnd.persistence.UtskottRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The board itself (whether the store has one yet, creating and editing it) and its committees. Members are
 * kept by {@link LedamotService}, delegates by {@link DelegatService}. Each change is one transaction.
 */
public final class NamndService {
  public static final int NAMN_MAX = 200;
  /** Defaults for the law references printed in the statistics reports; editable per board. */
  public static final String LAGRUM_SOL = "16 kap. 6 f–6 h §§ socialtjänstlagen (2001:453)";
  public static final String LAGRUM_LSS = "28 f–28 h §§ lagen (1993:387) om stöd och service till vissa funktionshindrade";

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final NamndRepository namnder = new NamndRepository();
  private final UtskottRepository utskott = new UtskottRepository();

  public NamndService(Transactions transactions, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * True on a fresh store: no board, no case, no statistics data. The window's first-run choice and the
   * {@code demo} command (which refuses a store with any data) both ask this.
   */
  public boolean isEmpty() {
    return transactions.read(namnder::storeIsEmpty);
  }

  /** The store's board (the first one, should there ever be more). */
  public Optional<Namnd> current() {
    return transactions.read(namnder::findFirst);
  }

  /** The store's board; refuses with a Swedish message when none has been created. */
  public Namnd require() {
    return current().orElseThrow(() -> ValidationException.of("Nämnd",
        "det finns ingen nämnd i datalagret än; skapa nämnden först (eller ladda demonämnden)"));
  }

  /** Creates the store's board with the default law references; a store holds one board. */
  public Namnd create(NyNamnd ny) {
    validate(ny.namn(), ny.kommun(), ny.forvaltning()).throwIfInvalid();
    return transactions.inTransaction(tx -> insert(tx, ny));
  }

  private Namnd insert(Tx tx, NyNamnd ny) {
    if (namnder.count(tx) > 0) {
      throw ValidationException.of("Nämnd", "det finns redan en nämnd i datalagret");
    }
    Namnd n = new Namnd(0, ny.namn().strip(), ny.kommun().strip(), ny.forvaltning().strip(), LAGRUM_SOL, LAGRUM_LSS,
        clock.now(), 0);
    long id = namnder.insert(tx, n);
    Namnd saved = new Namnd(id, n.namn(), n.kommun(), n.forvaltning(), n.lagrumSol(), n.lagrumLss(), n.skapad(), 0);
    audit.created("namnd", id, saved);
    return saved;
  }

  /** Changes names and law references (a blank law reference goes back to the default). */
  public Namnd update(Namnd changed) {
    validate(changed.namn(), changed.kommun(), changed.forvaltning())
        .maxLength(changed.lagrumSol(), 500, "Lagrum SoL").maxLength(changed.lagrumLss(), 500, "Lagrum LSS")
        .throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Namnd before = namnder.findById(tx, changed.id())
          .orElseThrow(() -> ValidationException.of("Nämnd", "nämnden finns inte längre"));
      audit.requireVersion("namnd", before.id(), changed.version(), before.version(), "Nämnden");
      Namnd after = new Namnd(before.id(), changed.namn().strip(), changed.kommun().strip(),
          changed.forvaltning().strip(), orDefault(changed.lagrumSol(), LAGRUM_SOL),
          orDefault(changed.lagrumLss(), LAGRUM_LSS), before.skapad(), changed.version());
      if (!namnder.update(tx, after)) {
        audit.requireVersion("namnd", before.id(), changed.version(), -1, "Nämnden");
      }
      after = namnder.findById(tx, before.id()).orElseThrow();
      audit.changed("namnd", after.id(), before, after);
      return after;
    });
  }

  /** The kallelse's contact settings of the store's nämnd (all empty before they are set). */
  public Kallelsekontakt kontakt() {
    return transactions.read(tx -> namnder.findFirst(tx).map(n -> namnder.kontakt(tx, n.id()))
        .orElse(Kallelsekontakt.INGEN));
  }

  /**
   * Changes the sekreterare, förhinder and party order printed on the kallelse (the logo is kept), as an import
   * or the demo board does: whatever is stored is replaced.
   */
  public Kallelsekontakt sparaKontakt(Kallelsekontakt changed) {
    return sparaKontakt(null, changed);
  }

  /**
   * {@link #sparaKontakt(Kallelsekontakt)} from a form that showed {@code lastFrom}: refused with a {@link
   * se.namndbok.core.shared.StaleException} naming who changed the details since, when they are no longer what
   * the form showed (a colleague saved first on the shared store), so neither's input is replaced unseen. A save
   * that would store what is already there is not refused.
   */
  public Kallelsekontakt sparaKontakt(Kallelsekontakt lastFrom, Kallelsekontakt changed) {
    new Validator().maxLength(changed.sekreterareNamn(), 200, "Sekreterare")
        .maxLength(changed.sekreterareTitel(), 200, "Titel").maxLength(changed.sekreterareTelefon(), 50, "Telefon")
        .maxLength(changed.sekreterareEpost(), 200, "E-post").maxLength(changed.forhinderTill(), 500, "Förhinder anmäls till")
        .maxLength(changed.partiordning(), 200, "Partiordning")
        .require(blank(changed.sekreterareEpost()) || changed.sekreterareEpost().strip().matches("[^@\\s]+@[^@\\s]+"),
            "E-post", "skriv en e-postadress, t.ex. namn@kommun.se")
        .require(blank(changed.partiordning()) || changed.partiordning().strip().matches("[\\p{L}]{1,10}([,;\\s]+[\\p{L}]{1,10})*"),
            "Partiordning", "skriv partiernas förkortningar i ordning, t.ex. S, M, SD, C, V, KD, L, MP")
        .throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Namnd n = require();
      Kallelsekontakt before = namnder.kontakt(tx, n.id());
      Kallelsekontakt after = new Kallelsekontakt(trim(changed.sekreterareNamn()), trim(changed.sekreterareTitel()),
          trim(changed.sekreterareTelefon()), trim(changed.sekreterareEpost()), trim(changed.forhinderTill()),
          trim(changed.partiordning()), before.logoSha256());
      if (lastFrom != null && !sammaUppgifter(before, lastFrom) && !sammaUppgifter(before, after)) {
        throw audit.stale("namnd.kontakt", n.id(), "Avsnittet Kallelsen");
      }
      namnder.setKontakt(tx, n.id(), after);
      audit.changed("namnd.kontakt", n.id(), before, after);
      return after;
    });
  }

  /** Records the nämnd's logo (already in the file store under {@code sha256}); null removes it. */
  public Kallelsekontakt setLogo(String sha256) {
    return transactions.inTransaction(tx -> {
      Namnd n = require();
      Kallelsekontakt before = namnder.kontakt(tx, n.id());
      namnder.setLogo(tx, n.id(), sha256);
      Kallelsekontakt after = namnder.kontakt(tx, n.id());
      audit.changed("namnd.logo", n.id(), before.logoSha256(), after.logoSha256());
      return after;
    });
  }

  public Utskott addUtskott(String namn, UtskottTyp typ) {
    new Validator().notBlank(namn, "Utskottets namn").maxLength(namn, NAMN_MAX, "Utskottets namn").notNull(typ, "Typ")
        .throwIfInvalid();
    return transactions.inTransaction(tx -> insertUtskott(tx, namn, typ));
  }

  private Utskott insertUtskott(Tx tx, String namn, UtskottTyp typ) {
    Namnd n = require();
    if (utskott.findByNamn(tx, n.id(), namn.strip()).isPresent()) {
      throw ValidationException.of("Utskottets namn", "det finns redan ett utskott som heter " + namn.strip());
    }
    Utskott u = new Utskott(0, n.id(), namn.strip(), typ);
    Utskott saved = new Utskott(utskott.insert(tx, u), n.id(), u.namn(), typ);
    audit.created("utskott", saved.id(), saved);
    return saved;
  }

  public List<Utskott> utskott() {
    return transactions.read(tx -> namnder.findFirst(tx).map(n -> utskott.findByNamnd(tx, n.id())).orElse(List.of()));
  }

  public Optional<Utskott> utskott(long id) {
    return transactions.read(tx -> utskott.findById(tx, id));
  }

  private static Validator validate(String namn, String kommun, String forvaltning) {
    return new Validator()
        .notBlank(namn, "Nämndens namn").maxLength(namn, NAMN_MAX, "Nämndens namn")
        .notBlank(kommun, "Kommun").maxLength(kommun, NAMN_MAX, "Kommun")
        .notBlank(forvaltning, "Förvaltning").maxLength(forvaltning, NAMN_MAX, "Förvaltning");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The six details a form edits, the logo aside (it is its own action). */
  private static boolean sammaUppgifter(Kallelsekontakt a, Kallelsekontakt b) {
    return java.util.Objects.equals(trim(a.sekreterareNamn()), trim(b.sekreterareNamn()))
        && java.util.Objects.equals(trim(a.sekreterareTitel()), trim(b.sekreterareTitel()))
        && java.util.Objects.equals(trim(a.sekreterareTelefon()), trim(b.sekreterareTelefon()))
        && java.util.Objects.equals(trim(a.sekreterareEpost()), trim(b.sekreterareEpost()))
        && java.util.Objects.equals(trim(a.forhinderTill()), trim(b.forhinderTill()))
        && java.util.Objects.equals(trim(a.partiordning()), trim(b.partiordning()));
  }

  private static String trim(String s) {
    return blank(s) ? null : s.strip();
  }

  private static String orDefault(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s.strip();
  }
}
