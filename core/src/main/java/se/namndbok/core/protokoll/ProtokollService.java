package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.protokoll.persistence.NarvaroRepository;
import se.namndbok.core.protokoll.persistence.ParagrafRepository;
import se.namndbok.core.protokoll.persistence.ProtokollRepository;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * A meeting's protokoll: attendance, sekreterare and justerare, each item's beslut and § number, justering and
 * anslag. Every change is validated (Swedish messages naming the field), audited in its own transaction and
 * refused once the protokoll is justerat; only the anslag date is set after justering. § numbering: decision
 * record 0050.
 */
public final class ProtokollService {
  public static final String FIELD = "Protokoll";

  private final Transactions transactions;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final LedamotService ledamoter;
  private final ProtokollLasning lasning;
  private final ProtokollRepository protokoll = new ProtokollRepository();
  private final NarvaroRepository narvaro = new NarvaroRepository();
  private final ParagrafRepository paragrafer = new ParagrafRepository();

  public ProtokollService(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.audit = new AuditLog(clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.lista = new ArendelistaService(transactions, clock);
    this.ledamoter = new LedamotService(transactions, clock);
    this.lasning = new ProtokollLasning(transactions, clock);
  }

  public Optional<Protokoll> find(long sammantradeId) {
    return transactions.read(tx -> protokoll.find(tx, sammantradeId));
  }

  /** Creates the meeting's protokoll as an UTKAST, or changes its details while it is one. */
  public Protokoll spara(long sammantradeId, ProtokollUppgifter u) {
    return transactions.inTransaction(tx -> spara(tx, sammantradeId, u));
  }

  public Protokoll spara(Tx tx, long sammantradeId, ProtokollUppgifter u) {
    Sammantrade s = sammantraden.find(tx, sammantradeId);
    Optional<Protokoll> before = protokoll.findForUpdate(tx, sammantradeId);
    before.ifPresent(p -> requireUtkast(s, p));
    ProtokollUppgifter clean = validate(tx, s, u);
    if (before.isEmpty()) {
      Protokoll created = new Protokoll(sammantradeId, null, null, null, null, null, null, null, null,
          ProtokollStatus.UTKAST).with(clean);
      protokoll.insert(tx, created);
      audit.created(tx, "protokoll", sammantradeId, created);
      return created;
    }
    Protokoll after = before.get().with(clean);
    protokoll.update(tx, after);
    audit.changed(tx, "protokoll", sammantradeId, before.get(), after);
    return after;
  }

  /** Replaces the meeting's attendance list as a whole (see {@link NarvaroValidering} for the rules). */
  public List<Narvaro> registreraNarvaro(long sammantradeId, List<Narvaro> lista) {
    return transactions.inTransaction(tx -> registreraNarvaro(tx, sammantradeId, lista));
  }

  public List<Narvaro> registreraNarvaro(Tx tx, long sammantradeId, List<Narvaro> ny) {
    Sammantrade s = sammantraden.find(tx, sammantradeId);
    protokoll.findForUpdate(tx, sammantradeId).ifPresent(p -> requireUtkast(s, p));
    Validator v = new Validator().notNull(ny, NarvaroValidering.FIELD);
    v.throwIfInvalid();
    NarvaroValidering.validate(ny, platser(tx, s), v);
    v.throwIfInvalid();
    List<Narvaro> before = narvaro.find(tx, sammantradeId);
    narvaro.replace(tx, sammantradeId, ny);
    audit.changed(tx, "narvaro", sammantradeId, before, ny);
    return List.copyOf(ny);
  }

  /** Records an item's beslut and (optionally) beslutsgång; keeps its § number. */
  public Paragraf sattBeslut(long arendepunktId, String beslut, String beslutsgang) {
    return transactions.inTransaction(tx -> sattBeslut(tx, arendepunktId, beslut, beslutsgang));
  }

  public Paragraf sattBeslut(Tx tx, long arendepunktId, String beslut, String beslutsgang) {
    Arendepunkt p = lista.find(tx, arendepunktId);
    Sammantrade s = sammantraden.find(tx, p.sammantradeId());
    protokoll.findForUpdate(tx, s.id()).ifPresent(pr -> requireUtkast(s, pr));
    new Validator().notBlank(beslut, "Beslut").maxLength(beslut, 100_000, "Beslut")
        .maxLength(beslutsgang, 100_000, "Beslutsgång").throwIfInvalid();
    Optional<Paragraf> before = paragrafer.find(tx, arendepunktId);
    Paragraf after = new Paragraf(arendepunktId, before.map(Paragraf::nummer).orElse(null), beslut.strip(),
        beslutsgang == null || beslutsgang.isBlank() ? null : beslutsgang.strip());
    paragrafer.save(tx, after);
    before.ifPresentOrElse(b -> audit.changed(tx, "paragraf", arendepunktId, b, after),
        () -> audit.created(tx, "paragraf", arendepunktId, after));
    return after;
  }

  /**
   * Gives every item of the meeting its § in agenda order: the first is the protokoll's {@code forstaParagraf}
   * or, without one, one more than the highest § of the organ's earlier meetings that calendar year. Run again
   * after items have moved; refused once justerat or when the numbers would reach a later meeting's.
   */
  public List<Paragraf> numrera(long sammantradeId) {
    return transactions.inTransaction(tx -> numrera(tx, sammantradeId));
  }

  public List<Paragraf> numrera(Tx tx, long sammantradeId) {
    Sammantrade s = sammantraden.find(tx, sammantradeId);
    Protokoll p = requireProtokoll(tx, s);
    requireUtkast(s, p);
    List<Arendepunkt> punkter = lista.punkter(tx, sammantradeId);
    paragrafer.lockSeries(tx, s);
    int forsta = p.forstaParagraf() != null ? p.forstaParagraf() : paragrafer.maxBefore(tx, s) + 1;
    int sista = forsta + punkter.size() - 1;
    paragrafer.firstAfter(tx, s).filter(later -> later.nummer() <= sista).ifPresent(later -> {
      throw ValidationException.of("Paragraf", "sammanträdet " + later.datum() + " har redan § " + later.nummer()
          + "; §§ " + forsta + "–" + sista + " skulle krocka med dess numrering");
    });
    List<Paragraf> numrerade = new ArrayList<>();
    for (int i = 0; i < punkter.size(); i++) {
      long id = punkter.get(i).id();
      Optional<Paragraf> before = paragrafer.find(tx, id);
      Paragraf after = new Paragraf(id, forsta + i, before.map(Paragraf::beslut).orElse(null),
          before.map(Paragraf::beslutsgang).orElse(null));
      if (before.isEmpty() || !after.equals(before.get())) {
        paragrafer.save(tx, after);
        audit.changed(tx, "paragraf", id, before.orElse(null), after);
      }
      numrerade.add(after);
    }
    return numrerade;
  }

  /**
   * Marks the protokoll justerat after checking it is complete: the meeting held, attendance recorded, the
   * justerare among the beslutande, justering date and place given and every item with a beslut. Numbers the
   * paragraphs a last time. From then on the protokoll cannot be changed.
   */
  public Protokoll justera(long sammantradeId) {
    return transactions.inTransaction(tx -> justera(tx, sammantradeId));
  }

  public Protokoll justera(Tx tx, long sammantradeId) {
    Sammantrade s = sammantraden.find(tx, sammantradeId);
    Protokoll before = requireProtokoll(tx, s);
    requireUtkast(s, before);
    List<Paragraf> numrerade = numrera(tx, sammantradeId);
    JusteringsKontroll.check(s, before, narvaro.find(tx, sammantradeId), platser(tx, s), lista.punkter(tx, sammantradeId),
        numrerade);
    Protokoll after = before.withStatus(ProtokollStatus.JUSTERAT);
    protokoll.update(tx, after);
    audit.changed(tx, "protokoll", sammantradeId, before, after);
    return after;
  }

  /** Records the day the justering was posted on the notice board; the appeal period runs three weeks from it. */
  public Protokoll anslag(long sammantradeId, LocalDate anslagsdatum) {
    return transactions.inTransaction(tx -> anslag(tx, sammantradeId, anslagsdatum));
  }

  public Protokoll anslag(Tx tx, long sammantradeId, LocalDate anslagsdatum) {
    Sammantrade s = sammantraden.find(tx, sammantradeId);
    Protokoll before = requireProtokoll(tx, s);
    new Validator().notNull(anslagsdatum, "Anslagsdatum")
        .require(before.justerat(), "Anslagsdatum", "protokollet måste vara justerat innan det anslås")
        .notBefore(anslagsdatum, before.justeringsdatum(), "Anslagsdatum", "justeringsdatumet").throwIfInvalid();
    Protokoll after = before.withAnslag(anslagsdatum);
    protokoll.update(tx, after);
    audit.changed(tx, "protokoll", sammantradeId, before, after);
    return after;
  }

  /** Everything the protokoll of a meeting shows, in one read. */
  public ProtokollUnderlag underlag(long sammantradeId) {
    return lasning.underlag(sammantradeId);
  }

  /** The board's own meeting on {@code datum}, as {@code export protokoll --sammantrade 2025-09-25} names it. */
  public ProtokollUnderlag underlag(LocalDate datum) {
    return lasning.underlag(datum);
  }

  private List<Ledamotsplats> platser(Tx tx, Sammantrade s) {
    return ledamoter.platser(tx, s.utskottId(), s.datum());
  }

  private Protokoll requireProtokoll(Tx tx, Sammantrade s) {
    return protokoll.findForUpdate(tx, s.id()).orElseThrow(() -> ValidationException.of(FIELD,
        "sammanträdet " + s.datum() + " har inget protokoll; ange sekreterare och justerare först"));
  }

  static void requireUtkast(Sammantrade s, Protokoll p) {
    if (p.justerat()) {
      throw ValidationException.of(FIELD, "protokollet från sammanträdet " + s.datum()
          + " är justerat och kan inte längre ändras");
    }
  }

  private ProtokollUppgifter validate(Tx tx, Sammantrade s, ProtokollUppgifter u) {
    Validator v = new Validator().notNull(u, FIELD);
    v.throwIfInvalid();
    List<Ledamotsplats> platser = platser(tx, s);
    v.notBlank(u.sekreterare(), "Sekreterare").maxLength(u.sekreterare(), 200, "Sekreterare")
        .maxLength(u.justeringsplats(), 300, "Justeringens plats")
        .maxLength(u.ovrigaNarvarande(), 10_000, "Övriga närvarande")
        .notBefore(u.justeringsdatum(), s.datum(), "Justeringens datum", "sammanträdets datum")
        .require(u.justerare1Id() == null || harPlats(platser, u.justerare1Id()), "Justerare",
            "justeraren har ingen plats i organet " + s.datum())
        .require(u.justerare2Id() == null || harPlats(platser, u.justerare2Id()), "Justerare 2",
            "justeraren har ingen plats i organet " + s.datum())
        .require(u.justerare2Id() == null || u.justerare1Id() != null, "Justerare", "ange första justeraren först")
        .require(u.justerare2Id() == null || !u.justerare2Id().equals(u.justerare1Id()), "Justerare 2",
            "får inte vara samma person som första justeraren")
        .require(u.forstaParagraf() == null || u.forstaParagraf() > 0, "Första paragraf", "måste vara minst 1");
    if (u.forstaParagraf() != null) {
      int max = paragrafer.maxBefore(tx, s);
      v.require(u.forstaParagraf() > max, "Första paragraf",
          "måste vara större än § " + max + ", den högsta paragrafen från årets tidigare sammanträden");
    }
    v.throwIfInvalid();
    return new ProtokollUppgifter(u.sekreterare().strip(), u.justerare1Id(), u.justerare2Id(), u.justeringsdatum(),
        blankToNull(u.justeringsplats()), blankToNull(u.ovrigaNarvarande()), u.forstaParagraf());
  }

  private static boolean harPlats(List<Ledamotsplats> platser, long ledamotId) {
    return platser.stream().anyMatch(p -> p.ledamot().id() == ledamotId);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
