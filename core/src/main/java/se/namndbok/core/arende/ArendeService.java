package se.namndbok.core.arende;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.arende.persistence.HandlingRepository;
import se.namndbok.core.arende.persistence.NummerserieRepository;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The diarium: registers cases and their documents, each change one transaction with its audit line.
 * Numbers are taken from the year's series inside that transaction, so they are unique and gap-free
 * among completed registrations.
 */
public final class ArendeService {
  public static final int RUBRIK_MAX = 1000;
  public static final int HANDLAGGARE_MAX = 200;
  /** The field name of a handling's avsändare (inkommande) or mottagare (utgående). */
  public static final String MOTPART = "Avsändare eller mottagare";
  public static final int MOTPART_MAX = 300;
  public static final int FILNAMN_MAX = 300;
  /** How many of the newest handlingar {@link #motparter()} reads: months of a large kommun's post. */
  static final int MOTPARTER_URVAL = 5000;

  private final Transactions transactions;
  private final FileStore files;
  private final AuditLog audit;
  private final Clock clock;
  private final ArendeRepository arenden = new ArendeRepository();
  private final HandlingRepository handlingar = new HandlingRepository();
  private final NummerserieRepository nummer = new NummerserieRepository();
  private final SekretessgrundService sekretessgrunder;

  public ArendeService(Transactions transactions, FileStore files, AuditLog audit, SekretessgrundService sekretessgrunder,
      Clock clock) {
    this.transactions = transactions;
    this.files = files;
    this.audit = audit;
    this.sekretessgrunder = sekretessgrunder;
    this.clock = clock;
  }

  /** Registers an ärende; its number is taken from the year's series unless given. */
  public Arende register(NyttArende nytt) {
    Klassificering klass = validate(nytt);
    return transactions.inTransaction(tx -> insert(tx, nytt, klass));
  }

  private Arende insert(Tx tx, NyttArende nytt, Klassificering klass) {
    Diarienummer d = nytt.diarienummer();
    if (d == null) {
      int year = nytt.registrerad().getYear();
      d = new Diarienummer(year, nummer.next(tx, NummerserieRepository.DIARIENUMMER, year));
    } else {
      if (arenden.findByDiarienummer(tx, d).isPresent()) {
        throw ValidationException.of(Diarienummer.FIELD, d + " finns redan i diariet");
      }
      nummer.reserve(tx, NummerserieRepository.DIARIENUMMER, d.ar(), d.lopnummer());
    }
    Arende a = new Arende(0, d, klass, nytt.rubrik().strip(), ArendeStatus.PAGAENDE, blankToNull(nytt.handlaggare()),
        nytt.sekretess(), nytt.registrerad(), nytt.sekretess() ? nytt.sekretessgrundId() : null, 0);
    sekretessgrunder.requireKnown(a.sekretessgrundId(), SekretessgrundService.FIELD);
    long id = arenden.insert(tx, a);
    Arende saved = new Arende(id, d, klass, a.rubrik(), a.status(), a.handlaggare(), a.sekretess(), a.registrerad(),
        a.sekretessgrundId(), 0);
    audit.created("arende", id, saved);
    return saved;
  }

  public Arende update(Arende changed) {
    return transactions.inTransaction(tx -> {
      Arende before = arenden.findById(tx, changed.id())
          .orElseThrow(() -> ValidationException.of(Diarienummer.FIELD, "ärendet finns inte längre"));
      new Validator().notBlank(changed.rubrik(), "Rubrik").maxLength(changed.rubrik(), RUBRIK_MAX, "Rubrik")
          .throwIfInvalid();
      sekretessgrunder.requireKnown(changed.sekretessgrundId(), SekretessgrundService.FIELD);
      audit.requireVersion("arende", before.id(), changed.version(), before.version(), "Ärendet");
      if (!arenden.update(tx, changed)) {
        audit.requireVersion("arende", before.id(), changed.version(), -1, "Ärendet");
      }
      Arende after = arenden.findById(tx, changed.id()).orElseThrow();
      audit.changed("arende", changed.id(), before, after);
      return after;
    });
  }

  /**
   * Changes what a registrator corrects on an ärende as read ({@code read}, whose version a colleague's change since
   * makes refused): klassificering (blank for none), rubrik and handläggare. The status changes through
   * {@link ArendeStatusService}, with a reason.
   */
  public Arende andra(Arende read, String klassificering, String rubrik, String handlaggare) {
    return andra(read, klassificering, rubrik, handlaggare, read.sekretess());
  }

  /**
   * As {@link #andra(Arende, String, String, String)}, and whether the ärende is confidential: an ärende found to
   * hold sekretessuppgifter after it was registered is marked so (every later print withholds what follows it),
   * and one marked by mistake released; the audit log keeps both. Marked, it keeps its ground; released, it has none.
   */
  public Arende andra(Arende read, String klassificering, String rubrik, String handlaggare, boolean sekretess) {
    Validator v = new Validator().notBlank(rubrik, "Rubrik").maxLength(rubrik, RUBRIK_MAX, "Rubrik")
        .maxLength(handlaggare, HANDLAGGARE_MAX, "Handläggare");
    Klassificering klass = parseKlassificering(klassificering, v);
    v.throwIfInvalid();
    return update(new Arende(read.id(), read.diarienummer(), klass, rubrik.strip(), read.status(),
        blankToNull(handlaggare), sekretess, read.registrerad(), sekretess ? read.sekretessgrundId() : null,
        read.version()));
  }

  public Handling registerHandling(long arendeId, NyHandling ny) {
    return registerHandling(arendeId, ny, (Handling.StoredFile) null);
  }

  /**
   * Registers a handling with a stored file of one of the {@link Filtyp}s, the file written in the same transaction
   * (shared store); the bytes are stored as they are. A refused file stores nothing.
   */
  public Handling registerHandling(long arendeId, NyHandling ny, String fileName, byte[] bytes) {
    String fel = Filtyp.fel(fileName, bytes == null ? 0 : bytes.length);
    if (fel != null) {
      throw ValidationException.of("Fil", fel);
    }
    return transactions.inTransaction(tx -> registerHandling(arendeId, ny, storeFile(fileName, bytes)));
  }

  /** Registers a handling whose file (if any) is already in the file store. */
  public Handling registerHandling(long arendeId, NyHandling ny, Handling.StoredFile fil) {
    checkHandling(ny);
    return transactions.inTransaction(tx -> insertHandling(tx, arendeId, ny, fil));
  }

  /**
   * Checks every field of a handling as registering it would and saves nothing: refused with every problem found
   * (the form asks this when it could not read the date itself, to tell the other fields at the same time).
   */
  public void checkHandling(NyHandling ny) {
    new Validator().notNull(ny.datum(), "Datum").notNull(ny.riktning(), "Riktning")
        .notBlank(ny.rubrik(), "Rubrik").maxLength(ny.rubrik(), RUBRIK_MAX, "Rubrik")
        .maxLength(ny.motpart(), MOTPART_MAX, MOTPART)
        .notAfter(ny.datum(), clock.today(), "Datum", "dagens datum").throwIfInvalid();
  }

  private Handling insertHandling(Tx tx, long arendeId, NyHandling ny, Handling.StoredFile fil) {
    arenden.findById(tx, arendeId).orElseThrow(() -> ValidationException.of(Diarienummer.FIELD, "ärendet finns inte"));
    HandlingsId hid = ny.handlingsId();
    if (hid == null) {
      int year = ny.datum().getYear();
      hid = new HandlingsId(year, nummer.next(tx, NummerserieRepository.HANDLINGSID, year));
    } else {
      if (handlingar.findByHandlingsId(tx, hid).isPresent()) {
        throw ValidationException.of(HandlingsId.FIELD, hid + " finns redan i diariet");
      }
      nummer.reserve(tx, NummerserieRepository.HANDLINGSID, hid.ar(), hid.lopnummer());
    }
    sekretessgrunder.requireKnown(ny.sekretessgrundId(), SekretessgrundService.FIELD);
    Handling h = new Handling(0, arendeId, hid, ny.datum(), ny.riktning(), blankToNull(ny.motpart()),
        ny.rubrik().strip(), ny.sekretess(), fil, ny.sekretess() ? ny.sekretessgrundId() : null,
        !ny.sekretess() && ny.friklassad());
    long id = handlingar.insert(tx, h);
    Handling saved = new Handling(id, arendeId, hid, h.datum(), h.riktning(), h.motpart(), h.rubrik(), h.sekretess(), fil,
        h.sekretessgrundId(), h.friklassad());
    audit.created("handling", id, saved);
    return saved;
  }

  /**
   * Gives a registered handling that has no file its stored file (the same file again is no change); {@code field}
   * names where a refusal is shown.
   */
  public Handling setFile(long handlingId, Handling.StoredFile file, String field) {
    return transactions.inTransaction(tx -> {
      Handling before = handlingar.findById(tx, handlingId)
          .orElseThrow(() -> ValidationException.of(field, "handlingen finns inte"));
      if (before.fil() != null && !before.fil().sha256().equals(file.sha256())) {
        throw ValidationException.of(field, "handlingen " + before.handlingsId() + " har redan en annan fil");
      }
      handlingar.setFile(tx, handlingId, file);
      Handling after = new Handling(before.id(), before.arendeId(), before.handlingsId(), before.datum(),
          before.riktning(), before.motpart(), before.rubrik(), before.sekretess(), file, before.sekretessgrundId(),
          before.friklassad());
      audit.changed("handling", handlingId, before, after);
      return after;
    });
  }

  /**
   * Writes a file to the store, as part of the caller's transaction when there is one: in the shared store it is
   * committed with the row that refers to it; the embedded store writes it to its folder at once (an unreferenced
   * file is harmless, a lost one is not).
   */
  public Handling.StoredFile storeFile(String fileName, byte[] bytes) {
    new Validator().notBlank(fileName, "Fil").maxLength(fileName, FILNAMN_MAX, "Fil")
        .require(bytes != null && bytes.length > 0, "Fil",
        "filen " + fileName + " är tom").throwIfInvalid();
    return new Handling.StoredFile(fileName, bytes.length, transactions.inTransaction(tx -> files.put(tx, bytes)));
  }

  public Optional<Arende> find(Diarienummer d) {
    return transactions.read(tx -> arenden.findByDiarienummer(tx, d));
  }

  public Optional<Arende> findById(long id) {
    return transactions.read(tx -> arenden.findById(tx, id));
  }

  public Optional<Handling> findHandling(HandlingsId hid) {
    return transactions.read(tx -> handlingar.findByHandlingsId(tx, hid));
  }

  public Optional<Handling> findHandling(long id) {
    return transactions.read(tx -> handlingar.findById(tx, id));
  }

  public List<Arende> search(String query, int limit) {
    return transactions.read(tx -> arenden.search(tx, query, limit));
  }

  public List<Handling> handlingar(long arendeId) {
    return transactions.read(tx -> handlingar.findByArende(tx, arendeId));
  }

  /** The handlingar of each of {@code arendeIds} (the diarium filters its loaded ärenden by them), in one read. */
  public Map<Long, List<Handling>> handlingar(Collection<Long> arendeIds) {
    if (arendeIds.isEmpty()) {
      return Map.of();
    }
    return transactions.read(tx -> handlingar.findByArenden(tx, arendeIds)).stream()
        .collect(Collectors.groupingBy(Handling::arendeId));
  }

  /** The handlingar with these ids, by id, in one read (a meeting's underlag and bilagor at once). */
  public Map<Long, Handling> handlingarMedId(Collection<Long> ids) {
    return transactions.read(tx -> handlingar.findByIds(tx, ids)).stream()
        .collect(Collectors.toMap(Handling::id, h -> h));
  }

  /** The content of a handling's stored file, checked against its sha256. */
  public byte[] readFile(Handling.StoredFile fil) {
    return transactions.read(tx -> files.get(tx, fil.sha256()));
  }

  /**
   * The sekretess rule with the current catalogue and the ärenden {@code arendeIds}, for a read that decides what
   * is withheld from a public version (read in the caller's transaction when there is one).
   */
  public Sekretessprovning sekretessprovning(Collection<Long> arendeIds) {
    return transactions.read(tx -> Sekretessprovning.read(tx, arendeIds));
  }

  public int count() {
    return transactions.read(arenden::count);
  }

  /** The avsändare and mottagare of the newest handlingar, in Swedish order: the handling form's completion. */
  public List<String> motparter() {
    return motparter(MOTPARTER_URVAL);
  }

  List<String> motparter(int urval) {
    return transactions.read(tx -> handlingar.senasteMotparter(tx, urval)).stream().sorted(Texts.swedishOrder())
        .toList();
  }

  /** The klassificeringar and handläggare in use, in one read. */
  public Diarievarden varden() {
    return transactions.read(tx -> new Diarievarden(arenden.klassificeringar(tx),
        arenden.handlaggare(tx).stream().sorted(Texts.swedishOrder()).toList()));
  }

  private Klassificering validate(NyttArende nytt) {
    Validator v = new Validator().notBlank(nytt.rubrik(), "Rubrik").maxLength(nytt.rubrik(), RUBRIK_MAX, "Rubrik")
        .notNull(nytt.registrerad(), "Registrerad").notAfter(nytt.registrerad(), clock.today(), "Registrerad",
            "dagens datum");
    if (nytt.diarienummer() != null && nytt.registrerad() != null) {
      v.require(nytt.diarienummer().ar() <= nytt.registrerad().getYear(), Diarienummer.FIELD,
          "året i " + nytt.diarienummer() + " ligger efter registreringsdatumet");
    }
    Klassificering klass = parseKlassificering(nytt.klassificering(), v);
    v.throwIfInvalid();
    return klass;
  }

  private static Klassificering parseKlassificering(String text, Validator v) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Klassificering.parse(text);
    } catch (ValidationException e) {
      v.add(e);
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
