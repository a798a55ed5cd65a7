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
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.protokoll.persistence.NarvaroRepository;
import se.namndbok.core.protokoll.persistence.ParagrafRepository;
import se.namndbok.core.protokoll.persistence.ProtokollRepository;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * A meeting's protokoll: attendance, sekreterare and justerare, each item's beslut and § number, justering and
 * anslag. Every change is validated (Swedish messages naming the field), audited in its own transaction and
 * refused once the protokoll is justerat (the meeting is then locked, {@code JusteratException}); only the anslag
 * date is set after justering, and corrections go through {@link JusteratProtokollService#ratta}. § numbering:
 * decision record 0050.
 */
public final class ProtokollService {
  public static final String FIELD = "Protokoll";

  private final Transactions transactions;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final LedamotService ledamoter;
  private final NamndService namnd;
  private final ProtokollLasning lasning;
  private final ProtokollArkiv arkiv;
  private final ProtokollRegler regler;
  private final ProtokollRepository protokoll = new ProtokollRepository();
  private final NarvaroRepository narvaro = new NarvaroRepository();
  private final ParagrafRepository paragrafer = new ParagrafRepository();
  private final se.namndbok.core.protokoll.persistence.BehandlingRepository behandlingar =
      new se.namndbok.core.protokoll.persistence.BehandlingRepository();

  public ProtokollService(Transactions transactions, AuditLog audit, SammantradeService sammantraden,
      ArendelistaService lista, LedamotService ledamoter, NamndService namnd, ProtokollLasning lasning,
      ProtokollArkiv arkiv) {
    this.transactions = transactions;
    this.audit = audit;
    this.sammantraden = sammantraden;
    this.lista = lista;
    this.ledamoter = ledamoter;
    this.namnd = namnd;
    this.lasning = lasning;
    this.arkiv = arkiv;
    this.regler = new ProtokollRegler(ledamoter);
  }

  public Optional<Protokoll> find(long sammantradeId) {
    return transactions.read(tx -> protokoll.find(tx, sammantradeId));
  }

  /**
   * Creates the meeting's protokoll as an UTKAST, or changes its details while it is one, as read at
   * {@code version} (refused, naming who and when, if someone changed the protokoll since; 0 creates it).
   */
  public Protokoll spara(long sammantradeId, int version, ProtokollUppgifter u) {
    return transactions.inTransaction(tx -> spara(tx, sammantradeId, version, u));
  }

  private Protokoll spara(Tx tx, long sammantradeId, int version, ProtokollUppgifter u) {
    Optional<Protokoll> before = protokoll.findForUpdate(tx, sammantradeId);
    Sammantrade s = sammantraden.requireOpen(sammantradeId);
    requireVersion(before, sammantradeId, version);
    ProtokollUppgifter clean = regler.uppgifter(tx, s, u);
    if (before.isEmpty()) {
      return create(tx, sammantradeId, clean);
    }
    protokoll.update(tx, before.get().with(clean));
    Protokoll after = protokoll.find(tx, sammantradeId).orElseThrow();
    audit.changed("protokoll", sammantradeId, before.get(), after);
    return after;
  }

  /**
   * Replaces the meeting's attendance list as a whole (see {@link NarvaroValidering} for the rules), as read with
   * the protokoll at {@code version} (refused, naming who and when, if someone changed the protokoll since).
   */
  public List<Narvaro> registreraNarvaro(long sammantradeId, int version, List<Narvaro> lista) {
    return transactions.inTransaction(tx -> registreraNarvaro(tx, sammantradeId, version, lista));
  }

  private List<Narvaro> registreraNarvaro(Tx tx, long sammantradeId, int version, List<Narvaro> ny) {
    Optional<Protokoll> p = protokoll.findForUpdate(tx, sammantradeId);
    Sammantrade s = sammantraden.requireOpen(sammantradeId);
    requireVersion(p, sammantradeId, version);
    regler.narvaro(s, ny);
    if (p.isPresent()) {
      protokoll.update(tx, p.get()); // a newer version: a window that read the attendance before this is refused
    } else {
      create(tx, sammantradeId, regler.uppgifter(tx, s, forstaUppgifter()));
    }
    List<Narvaro> before = narvaro.find(tx, sammantradeId);
    narvaro.replace(tx, sammantradeId, ny);
    audit.changed("narvaro", sammantradeId, before, ny);
    return List.copyOf(ny);
  }

  /**
   * The version check of a save made from a window that read the protokoll at {@code version}, or read that the
   * meeting had none (0): refused, naming who and when, if the protokoll changed or was created since.
   */
  private void requireVersion(Optional<Protokoll> before, long sammantradeId, int version) {
    audit.requireVersion("protokoll", sammantradeId, version, before.map(Protokoll::version).orElse(0), "Protokollet");
  }

  /**
   * A new UTKAST at version 1, so that a save from a window that read "no protokoll yet" (version 0) is refused
   * once a colleague has created it (at version 0 it would silently replace the colleague's).
   */
  private Protokoll create(Tx tx, long sammantradeId, ProtokollUppgifter u) {
    Protokoll created = new Protokoll(sammantradeId, null, null, null, null, null, null, null, null,
        ProtokollStatus.UTKAST, 1, null, null, null, false, null, null, null, null, false).with(u);
    protokoll.insert(tx, created);
    audit.created("protokoll", sammantradeId, created);
    return created;
  }

  /**
   * The details of a protokoll created by its attendance, recorded first as the meeting begins with the upprop:
   * the board's sekreterare (Inställningar → Nämnden → Kallelsen), the opening §§, nothing else. Without a
   * sekreterare there, the secretary names one in the protokoll's details first.
   */
  private ProtokollUppgifter forstaUppgifter() {
    String sekreterare = namnd.kontakt().sekreterareNamn();
    if (sekreterare == null || sekreterare.isBlank()) {
      throw ValidationException.of(NarvaroValidering.FIELD, "nämnden har ingen sekreterare angiven för kallelsen; "
          + "ange protokollets sekreterare och spara uppgifterna först, då skapas protokollet");
    }
    return new ProtokollUppgifter(sekreterare, null, null, null, null, null, null, null, null, null, true, null,
        false);
  }

  /**
   * Records an item's beslut and (optionally) beslutsgång, as read at {@code version} (0 before any beslut;
   * refused, naming who and when, if someone changed it since); keeps its § number.
   */
  public Paragraf sattBeslut(long arendepunktId, int version, String beslut, String beslutsgang) {
    return transactions.inTransaction(tx -> sattBeslut(tx, arendepunktId, version, beslut, beslutsgang, null));
  }

  /**
   * Records an item's beslut and how it was handled (yrkanden, propositionsordning, omröstning, reservationer, jäv,
   * protokollsanteckningar) in one transaction, as read at {@code version}; everyone named must have taken part in
   * the § ({@link BehandlingRegler}).
   */
  public Paragraf sattBeslut(long arendepunktId, int version, String beslut, String beslutsgang, Behandling behandling) {
    return transactions.inTransaction(tx -> sattBeslut(tx, arendepunktId, version, beslut, beslutsgang,
        behandling == null ? Behandling.INGEN : behandling));
  }

  private Paragraf sattBeslut(Tx tx, long arendepunktId, int version, String beslut, String beslutsgang,
      Behandling behandling) {
    Arendepunkt p = lista.require(arendepunktId);
    protokoll.findForUpdate(tx, p.sammantradeId());
    Sammantrade s = sammantraden.requireOpen(p.sammantradeId());
    Optional<Paragraf> before = paragrafer.find(tx, arendepunktId);
    audit.requireVersion("paragraf", arendepunktId, version, before.map(Paragraf::version).orElse(0), "Beslutet");
    Paragraf after = ProtokollRegler.beslut(arendepunktId, before.map(Paragraf::nummer).orElse(null), beslut,
        beslutsgang, version + 1);
    paragrafer.save(tx, after);
    before.ifPresentOrElse(b -> audit.changed("paragraf", arendepunktId, b, after),
        () -> audit.created("paragraf", arendepunktId, after));
    if (behandling != null) {
      BehandlingRegler.check(behandling, after.nummer(), narvaro.find(tx, s.id()), platser(tx, s));
      Behandling fore = behandlingar.find(tx, arendepunktId);
      if (!fore.equals(behandling)) {
        behandlingar.save(tx, arendepunktId, behandling);
        audit.changed("behandling", arendepunktId, fore, behandling);
      }
    }
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

  private List<Paragraf> numrera(Tx tx, long sammantradeId) {
    Protokoll p = requireProtokoll(tx, sammantradeId);
    Sammantrade s = sammantraden.requireOpen(sammantradeId);
    List<Arendepunkt> alla = lista.punkter(sammantradeId);
    List<Arendepunkt> punkter = Inledning.paragrafpunkter(p, alla);
    paragrafer.lockSeries(tx, s);
    int forsta = p.forstaParagraf() != null ? p.forstaParagraf() : paragrafer.maxBefore(tx, s) + 1;
    int sista = forsta + p.inledandeParagrafer() + punkter.size() - 1;
    int forstaPunkt = forsta + p.inledandeParagrafer();
    paragrafer.firstAfter(tx, s).filter(later -> later.nummer() <= sista).ifPresent(later -> {
      throw ValidationException.of("Paragraf", "sammanträdet " + later.datum() + " har redan § " + later.nummer()
          + "; §§ " + forsta + "–" + sista + " skulle krocka med dess numrering");
    });
    List<Paragraf> numrerade = new ArrayList<>();
    for (int i = 0; i < punkter.size(); i++) {
      long id = punkter.get(i).id();
      Optional<Paragraf> before = paragrafer.find(tx, id);
      Paragraf after = new Paragraf(id, forstaPunkt + i, before.map(Paragraf::beslut).orElse(null),
          before.map(Paragraf::beslutsgang).orElse(null), before.map(Paragraf::version).orElse(0));
      if (before.isEmpty() || !after.equals(before.get())) {
        paragrafer.save(tx, after);
        audit.changed("paragraf", id, before.orElse(null), after);
      }
      numrerade.add(after);
    }
    for (Arendepunkt tackt : alla) {
      if (!punkter.contains(tackt)) {
        paragrafer.find(tx, tackt.id()).filter(b -> b.nummer() != null).ifPresent(b -> {
          Paragraf utan = new Paragraf(b.arendepunktId(), null, b.beslut(), b.beslutsgang(), b.version());
          paragrafer.save(tx, utan);
          audit.changed("paragraf", b.arendepunktId(), b, utan);
        });
      }
    }
    return numrerade;
  }

  /**
   * Marks the protokoll justerat after checking it is complete: the meeting held, attendance recorded, the
   * justerare among the beslutande, justering date and place given and every item with a beslut. Numbers the
   * paragraphs a last time, and keeps the justerat protokoll's PDFs as version 1 (the original, retrievable as
   * it was). From then on the meeting is locked: it changes only through a rättelse.
   */
  public Protokoll justera(long sammantradeId) {
    return transactions.inTransaction(tx -> justera(tx, sammantradeId));
  }

  private Protokoll justera(Tx tx, long sammantradeId) {
    Protokoll before = requireProtokoll(tx, sammantradeId);
    Sammantrade s = sammantraden.requireOpen(sammantradeId);
    if (before.minnesanteckningar()) {
      throw ValidationException.of(FIELD, "minnesanteckningar justeras inte och anslås inte");
    }
    List<Paragraf> numrerade = numrera(tx, sammantradeId);
    JusteringsKontroll.check(s, before, narvaro.find(tx, sammantradeId), platser(tx, s),
        Inledning.paragrafpunkter(before, lista.punkter(sammantradeId)), numrerade);
    Protokoll after = before.withStatus(ProtokollStatus.JUSTERAT);
    protokoll.update(tx, after);
    audit.changed("protokoll", sammantradeId, before, after);
    arkiv.lagra(sammantradeId, null, List.of());
    return after;
  }

  /** Records the day the justering was posted on the notice board; the protokoll is kept where the förvaltning is. */
  public Protokoll anslag(long sammantradeId, LocalDate anslagsdatum) {
    return anslag(sammantradeId, anslagsdatum, null);
  }

  /**
   * Records the day the justering was posted and where the protokoll is kept (null: the förvaltning), with the last
   * day for an appeal and the day the anslag is taken down ({@link Overklagandetid}), and keeps a new version of
   * the justerat protokoll's PDFs with the anslagsbevis filled in (decision 0115). Posting later than the law says
   * is allowed; {@link Overklagandetid#varningar} tells the user.
   */
  public Protokoll anslag(long sammantradeId, LocalDate anslagsdatum, String forvaringsplats) {
    return transactions.inTransaction(tx -> anslag(tx, sammantradeId, anslagsdatum, forvaringsplats));
  }

  private Protokoll anslag(Tx tx, long sammantradeId, LocalDate anslagsdatum, String forvaringsplats) {
    Protokoll before = requireProtokoll(tx, sammantradeId);
    new Validator().notNull(anslagsdatum, "Anslagsdatum")
        .require(before.justerat(), "Anslagsdatum", "protokollet måste vara justerat innan det anslås")
        .notBefore(anslagsdatum, before.justeringsdatum(), "Anslagsdatum", "justeringsdatumet")
        .maxLength(forvaringsplats, 300, "Förvaringsplats").throwIfInvalid();
    Protokoll after = before.withAnslag(anslagsdatum,
        forvaringsplats == null || forvaringsplats.isBlank() ? null : forvaringsplats.strip());
    if (after.equals(before)) {
      return before;
    }
    protokoll.update(tx, after);
    audit.changed("protokoll", sammantradeId, before, after);
    arkiv.lagra(sammantradeId, null, List.of(), ProtokollVersion.Slag.ANSLAG);
    return protokoll.find(tx, sammantradeId).orElseThrow();
  }

  /** Everything the protokoll of a meeting shows, in one read. */
  public ProtokollUnderlag underlag(long sammantradeId) {
    return lasning.underlag(sammantradeId);
  }

  /**
   * What the protokoll tab shows, in one read: the recorded protokoll, or for a meeting without one the seats
   * and items with nothing filled in yet ({@code protokoll()} null).
   */
  public ProtokollUnderlag forEditor(long sammantradeId) {
    return lasning.forEditor(sammantradeId);
  }

  /** The board's own meeting on {@code datum}, as {@code export protokoll --sammantrade 2025-09-25} names it. */
  public ProtokollUnderlag underlag(LocalDate datum) {
    return lasning.underlag(datum);
  }

  private List<Ledamotsplats> platser(Tx tx, Sammantrade s) {
    return ledamoter.platser(s.utskottId(), s.datum());
  }

  private Protokoll requireProtokoll(Tx tx, long sammantradeId) {
    return protokoll.findForUpdate(tx, sammantradeId).orElseThrow(() -> ValidationException.of(FIELD,
        "sammanträdet " + sammantraden.require(sammantradeId).datum()
            + " har inget protokoll; ange sekreterare och justerare först"));
  }

}
