package se.namndbok.core.delegationsbeslut;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.delegationsbeslut.persistence.DelegationsbeslutRepository;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The register of delegationsbeslut. A new decision is assigned to the meeting it will be reported to
 * ({@link SammantradeService#nastaForAnmalan}); the user may move it to another.
 */
public final class DelegationsbeslutService {
  public static final String BESLUTSDATUM = "Beslutsdatum";
  public static final String RUBRIK = "Rubrik";
  public static final String DELEGATIONSPUNKT = "Delegationspunkt";

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final DelegatService delegater;
  private final SammantradeService sammantraden;
  private final Diariekoppling diarium;
  private final SekretessgrundService sekretessgrunder;
  private final DelegationsbeslutRepository repository = new DelegationsbeslutRepository();

  public DelegationsbeslutService(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.audit = new AuditLog(clock);
    this.delegater = new DelegatService(transactions, clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.diarium = new Diariekoppling(new ArendeService(transactions, files, clock));
    this.sekretessgrunder = new SekretessgrundService(transactions, clock);
  }

  /** Registers a decision in an ärende already in the diarium and assigns it to the next meeting. */
  public Delegationsbeslut register(NyttDelegationsbeslut ny) {
    return transactions.inTransaction(tx -> register(tx, ny, false));
  }

  /**
   * Registers within the caller's transaction and assigns the next meeting. {@code registreraOkantArende}
   * (imports) registers an unknown diarienummer as a new ärende with the decision's rubrik.
   */
  public Delegationsbeslut register(Tx tx, NyttDelegationsbeslut ny, boolean registreraOkantArende) {
    Delegat delegat = validate(tx, ny);
    Long sammantradeId = sammantraden.nastaForAnmalan(tx, ny.beslutsdatum()).map(Sammantrade::id).orElse(null);
    return insert(tx, ny, delegat, registreraOkantArende, sammantradeId);
  }

  /** Registers a decision already reported to (or to be reported to) the given meeting, e.g. the demo's. */
  public Delegationsbeslut registerTill(Tx tx, NyttDelegationsbeslut ny, long sammantradeId) {
    Delegat delegat = validate(tx, ny);
    sammantraden.find(tx, sammantradeId);
    return insert(tx, ny, delegat, false, sammantradeId);
  }

  /**
   * Changes a decision as the user corrected it; it stays with the meeting it is reported to. A new Hid is
   * registered in the ärende as at registration; the ärende must be in the diarium.
   */
  public Delegationsbeslut update(long id, NyttDelegationsbeslut changed) {
    return transactions.inTransaction(tx -> {
      Delegationsbeslut before = find(tx, id);
      Delegat delegat = validate(tx, changed);
      Delegationsbeslut b = build(tx, changed, delegat, false, before.sammantradeId());
      repository.update(tx, new Delegationsbeslut(id, b.arendeId(), b.diarienummer(), b.handlingId(), b.handlingsId(),
          b.delegatId(), b.delegat(), b.delegationspunkt(), b.beslutsdatum(), b.rubrik(), b.sekretess(),
          before.sammantradeId(), b.sekretessgrundId(), b.friklassad()));
      Delegationsbeslut after = find(tx, id);
      audit.changed(tx, "delegationsbeslut", id, before, after);
      return after;
    });
  }

  /** Moves a decision to another meeting, or ({@code sammantradeId} null) back to the not reported ones. */
  public Delegationsbeslut flytta(long id, Long sammantradeId) {
    return transactions.inTransaction(tx -> {
      Delegationsbeslut before = find(tx, id);
      if (sammantradeId != null) {
        sammantraden.find(tx, sammantradeId);
      }
      repository.setSammantrade(tx, id, sammantradeId);
      Delegationsbeslut after = find(tx, id);
      audit.changed(tx, "delegationsbeslut", id, before, after);
      return after;
    });
  }

  /** Deletes a decision and returns it, so the window can offer "Ångra" ({@link #aterstall}). */
  public Delegationsbeslut delete(long id) {
    return transactions.inTransaction(tx -> {
      Delegationsbeslut before = find(tx, id);
      repository.delete(tx, id);
      audit.deleted(tx, "delegationsbeslut", id, before);
      return before;
    });
  }

  /** Puts a deleted decision back, reported to the same meeting as before (its id is new). */
  public Delegationsbeslut aterstall(Delegationsbeslut deleted) {
    return transactions.inTransaction(tx -> {
      NyttDelegationsbeslut ny = deleted.somNytt();
      return insert(tx, ny, validate(tx, ny), false, deleted.sammantradeId());
    });
  }

  public List<Delegationsbeslut> list(DelegationsbeslutFilter filter) {
    return transactions.read(tx -> repository.find(tx, filter));
  }

  public List<Delegationsbeslut> list(Tx tx, DelegationsbeslutFilter filter) {
    return repository.find(tx, filter);
  }

  /** A meeting's decisions grouped by delegate in the delegates' order; delegates without decisions left out. */
  public List<DelegatGrupp> perDelegat(Tx tx, long sammantradeId) {
    List<Delegationsbeslut> beslut = repository.find(tx, DelegationsbeslutFilter.sammantrade(sammantradeId));
    List<DelegatGrupp> grupper = new ArrayList<>();
    for (Delegat d : delegater.all(tx)) {
      List<Delegationsbeslut> egna = beslut.stream().filter(b -> b.delegatId() == d.id()).toList();
      if (!egna.isEmpty()) {
        grupper.add(new DelegatGrupp(d, egna));
      }
    }
    return grupper;
  }

  public List<DelegatGrupp> perDelegat(long sammantradeId) {
    return transactions.read(tx -> perDelegat(tx, sammantradeId));
  }

  public Optional<Delegationsbeslut> find(long id) {
    return transactions.read(tx -> repository.findById(tx, id));
  }

  private Delegationsbeslut find(Tx tx, long id) {
    return repository.findById(tx, id)
        .orElseThrow(() -> ValidationException.of("Delegationsbeslut", "beslutet finns inte längre"));
  }

  private Delegationsbeslut insert(Tx tx, NyttDelegationsbeslut ny, Delegat delegat, boolean registreraOkantArende,
      Long sammantradeId) {
    long id = repository.insert(tx, build(tx, ny, delegat, registreraOkantArende, sammantradeId));
    Delegationsbeslut saved = find(tx, id);
    audit.created(tx, "delegationsbeslut", id, saved);
    return saved;
  }

  /** The row to store, with its ärende and handling found or registered (id 0). */
  private Delegationsbeslut build(Tx tx, NyttDelegationsbeslut ny, Delegat delegat, boolean registreraOkantArende,
      Long sammantradeId) {
    Diarienummer d = diarienummer(ny.diarienummer());
    HandlingsId hid = ny.handlingsid() == null || ny.handlingsid().isBlank() ? null : HandlingsId.parse(ny.handlingsid());
    Sekretess sekretess = ny.sekretessval();
    sekretessgrunder.requireKnown(tx, sekretess.grundId(), SekretessgrundService.FIELD);
    NyttArende nyttArende = registreraOkantArende
        ? Diariekoppling.importerat(d, ny.rubrik(), sekretess.markerad(), sekretess.grundId(), ny.beslutsdatum()) : null;
    NyHandling nyHandling = new NyHandling(hid, ny.beslutsdatum(), Riktning.UPPRATTAD, delegat.namn(),
        ny.rubrik().strip().length() > ArendeService.RUBRIK_MAX ? ny.rubrik().strip().substring(0, ArendeService.RUBRIK_MAX)
            : ny.rubrik().strip(), sekretess);
    Diariekoppling.Koppling k = diarium.koppla(tx, d, nyttArende, hid, nyHandling);
    return new Delegationsbeslut(0, k.arende().id(), d, k.handling() == null ? null : k.handling().id(),
        hid, delegat.id(), delegat.namn(), blankToNull(ny.delegationspunkt()), ny.beslutsdatum(), ny.rubrik().strip(),
        sekretess.markerad(), sammantradeId, sekretess.grundId(), sekretess.friklassad());
  }

  /** Checks every field at once; returns the delegate named. */
  private Delegat validate(Tx tx, NyttDelegationsbeslut ny) {
    Validator v = new Validator().notBlank(ny.diarienummer(), Diarienummer.FIELD);
    if (ny.diarienummer() != null && !ny.diarienummer().isBlank()) {
      collect(v, () -> diarienummer(ny.diarienummer()));
    }
    if (ny.handlingsid() != null && !ny.handlingsid().isBlank()) {
      collect(v, () -> HandlingsId.parse(ny.handlingsid()));
    }
    v.notBlank(ny.delegat(), DelegatService.FIELD);
    Delegat delegat = ny.delegat() == null || ny.delegat().isBlank() ? null : collect(v, () -> delegater.byNamn(tx, ny.delegat()));
    v.notNull(ny.beslutsdatum(), BESLUTSDATUM).notAfter(ny.beslutsdatum(), clock.today(), BESLUTSDATUM, "dagens datum")
        .notBlank(ny.rubrik(), RUBRIK).maxLength(ny.rubrik(), 2000, RUBRIK)
        .maxLength(ny.delegationspunkt(), 30, DELEGATIONSPUNKT).throwIfInvalid();
    return delegat;
  }

  private static <T> T collect(Validator v, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException e) {
      v.add(e);
      return null;
    }
  }

  private static Diarienummer diarienummer(String text) {
    return Diariekoppling.parseDiarienummer(text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
