package se.namndbok.core.sammantrade;

import java.util.List;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.sammantrade.persistence.ArendepunktRepository;
import se.namndbok.core.sammantrade.persistence.UnderlagRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Reorder;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * A meeting's ärendelista: items added, edited, removed and moved. Every change that shifts items renumbers
 * them 1, 2, 3, ... in the same transaction, so the punkt numbers never have gaps or duplicates.
 */
public final class ArendelistaService {
  public static final String FIELD = "Ärendepunkt";

  private final Transactions transactions;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final SekretessgrundService sekretessgrunder;
  private final ArendepunktRepository punkter = new ArendepunktRepository();
  private final UnderlagRepository underlag = new UnderlagRepository();
  private final ArendeRepository arenden = new ArendeRepository();

  public ArendelistaService(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.audit = new AuditLog(clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.sekretessgrunder = new SekretessgrundService(transactions, clock);
  }

  public List<Arendepunkt> punkter(long sammantradeId) {
    return transactions.read(tx -> punkter.findBySammantrade(tx, sammantradeId));
  }

  public List<Arendepunkt> punkter(Tx tx, long sammantradeId) {
    return punkter.findBySammantrade(tx, sammantradeId);
  }

  /** Adds an item last on the list. */
  public Arendepunkt add(long sammantradeId, ArendepunktInnehall innehall) {
    return transactions.inTransaction(tx -> add(tx, sammantradeId, innehall));
  }

  /** Adds several items last on the list, in the given order, in one transaction (the ärenden picked at once). */
  public List<Arendepunkt> addAll(long sammantradeId, List<ArendepunktInnehall> innehall) {
    return transactions.inTransaction(tx -> innehall.stream().map(i -> add(tx, sammantradeId, i)).toList());
  }

  public Arendepunkt add(Tx tx, long sammantradeId, ArendepunktInnehall innehall) {
    sammantraden.find(tx, sammantradeId);
    ArendepunktInnehall clean = validate(tx, innehall);
    int ordning = punkter.findBySammantrade(tx, sammantradeId).size() + 1;
    long id = punkter.insert(tx, sammantradeId, ordning, clean);
    Arendepunkt saved = new Arendepunkt(id, sammantradeId, ordning, clean);
    audit.created(tx, "arendepunkt", id, saved);
    return saved;
  }

  public Arendepunkt update(long id, ArendepunktInnehall innehall) {
    return transactions.inTransaction(tx -> {
      Arendepunkt before = find(tx, id);
      ArendepunktInnehall clean = validate(tx, innehall);
      punkter.update(tx, id, clean);
      Arendepunkt after = new Arendepunkt(id, before.sammantradeId(), before.ordning(), clean);
      audit.changed(tx, "arendepunkt", id, before, after);
      return after;
    });
  }

  /** Removes an item with its beslutsunderlag and bilagor (the handlingar stay in the diarium). */
  public Arendepunkt remove(long id) {
    return transactions.inTransaction(tx -> {
      Arendepunkt before = find(tx, id);
      underlag.deleteAllFor(tx, id);
      punkter.delete(tx, id);
      audit.deleted(tx, "arendepunkt", id, before);
      renumber(tx, punkter.findBySammantrade(tx, before.sammantradeId()));
      return before;
    });
  }

  public List<Arendepunkt> moveUp(long id) {
    return transactions.inTransaction(tx -> moveTo(tx, id, find(tx, id).ordning() - 2));
  }

  public List<Arendepunkt> moveDown(long id) {
    return transactions.inTransaction(tx -> moveTo(tx, id, find(tx, id).ordning()));
  }

  /** Moves an item to place {@code index} (0-based); returns the renumbered list. */
  public List<Arendepunkt> moveTo(long id, int index) {
    return transactions.inTransaction(tx -> moveTo(tx, id, index));
  }

  /** {@link #moveTo(long, int)} within the caller's transaction (e.g. an item added and placed at once). */
  public List<Arendepunkt> moveTo(Tx tx, long id, int index) {
    Arendepunkt p = find(tx, id);
    List<Arendepunkt> all = punkter.findBySammantrade(tx, p.sammantradeId());
    int from = all.stream().map(Arendepunkt::id).toList().indexOf(id);
    renumber(tx, Reorder.move(all, from, index, FIELD));
    return punkter.findBySammantrade(tx, p.sammantradeId());
  }

  public Arendepunkt find(Tx tx, long id) {
    return punkter.findById(tx, id).orElseThrow(() -> ValidationException.of(FIELD, "ärendepunkten finns inte längre"));
  }

  private void renumber(Tx tx, List<Arendepunkt> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      Arendepunkt p = ordered.get(i);
      if (p.ordning() != i + 1) {
        punkter.setOrdning(tx, p.id(), i + 1);
        audit.changed(tx, "arendepunkt", p.id(), p, new Arendepunkt(p.id(), p.sammantradeId(), i + 1, p.innehall()));
      }
    }
  }

  private ArendepunktInnehall validate(Tx tx, ArendepunktInnehall i) {
    Validator v = new Validator().notNull(i.typ(), "Typ").notBlank(i.rubrik(), "Rubrik")
        .maxLength(i.rubrik(), 1000, "Rubrik");
    PunktTexter t = i.texter() == null ? PunktTexter.INGA : i.texter();
    v.maxLength(t.forslag(), 100_000, "Förslag till beslut").maxLength(t.sammanfattning(), 1_000_000, "Sammanfattning")
        .maxLength(t.beskrivning(), 1_000_000, "Beskrivning").maxLength(t.dialog(), 100_000, "Dialog")
        .maxLength(t.skickasTill(), 10_000, "Beslutet skickas till")
        .maxLength(t.ovrigaBeslut(), 100_000, "Övriga beslut");
    if (i.typ() == ArendepunktTyp.STATISTIK) {
      v.notNull(i.statistik(), "Lag och kvartal");
      if (i.statistik() != null) {
        i.statistik().validate(v);
      }
    } else {
      v.require(i.statistik() == null, "Lag och kvartal", "anges bara för en statistikpunkt");
    }
    v.require(i.arendeId() == null || arenden.findById(tx, i.arendeId()).isPresent(), "Ärende", "ärendet finns inte");
    v.throwIfInvalid();
    sekretessgrunder.requireKnown(tx, i.sekretess() ? i.sekretessgrundId() : null, SekretessgrundService.FIELD);
    return new ArendepunktInnehall(i.typ(), i.arendeId(), i.rubrik().strip(), i.forslagAv(), clean(t), i.sekretess(),
        i.statistik(), i.sekretess() ? i.sekretessgrundId() : null, !i.sekretess() && i.friklassad());
  }

  private static PunktTexter clean(PunktTexter t) {
    return new PunktTexter(strip(t.forslag()), strip(t.sammanfattning()), strip(t.beskrivning()), strip(t.dialog()),
        strip(t.skickasTill()), strip(t.ovrigaBeslut()));
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
