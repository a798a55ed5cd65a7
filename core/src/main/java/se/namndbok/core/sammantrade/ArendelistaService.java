package se.namndbok.core.sammantrade;

import java.util.List;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.sammantrade.persistence.ArendepunktRepository;
import se.namndbok.core.sammantrade.persistence.UnderlagRepository;
import se.namndbok.core.shared.Reorder;
import se.namndbok.core.shared.ValidationException;

/**
 * A meeting's ärendelista: items added, edited, removed and moved, each one transaction. Every change that
 * shifts items renumbers them 1, 2, 3, ... in the same transaction, so the punkt numbers never have gaps or
 * duplicates.
 */
public final class ArendelistaService {
  public static final String FIELD = "Ärendepunkt";

  private final Transactions transactions;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final ArendeService arenden;
  private final PunktValidering validering;
  private final ArendepunktRepository punkter = new ArendepunktRepository();
  private final UnderlagRepository underlag = new UnderlagRepository();

  public ArendelistaService(Transactions transactions, AuditLog audit, SammantradeService sammantraden,
      ArendeService arenden, SekretessgrundService sekretessgrunder) {
    this.transactions = transactions;
    this.audit = audit;
    this.sammantraden = sammantraden;
    this.arenden = arenden;
    this.validering = new PunktValidering(arenden, sekretessgrunder);
  }

  public List<Arendepunkt> punkter(long sammantradeId) {
    return transactions.read(tx -> punkter.findBySammantrade(tx, sammantradeId));
  }

  /** The items in punkt order, each with its ärende, in one read. */
  public List<ListadPunkt> rader(long sammantradeId) {
    return transactions.read(tx -> punkter.findBySammantrade(tx, sammantradeId).stream()
        .map(p -> new ListadPunkt(p, p.innehall().arendeId() == null ? null
            : arenden.findById(p.innehall().arendeId()).orElse(null)))
        .toList());
  }

  /** Adds an item last on the list. */
  public Arendepunkt add(long sammantradeId, ArendepunktInnehall innehall) {
    return transactions.inTransaction(tx -> {
      sammantraden.requireOpen(sammantradeId);
      ArendepunktInnehall clean = validering.validate(innehall);
      int ordning = punkter.findBySammantrade(tx, sammantradeId).size() + 1;
      long id = punkter.insert(tx, sammantradeId, ordning, clean);
      Arendepunkt saved = new Arendepunkt(id, sammantradeId, ordning, clean, 0);
      audit.created("arendepunkt", id, saved);
      return saved;
    });
  }

  /** Adds several items last on the list, in the given order, in one transaction (the ärenden picked at once). */
  public List<Arendepunkt> addAll(long sammantradeId, List<ArendepunktInnehall> innehall) {
    return transactions.inTransaction(tx -> innehall.stream().map(i -> add(sammantradeId, i)).toList());
  }

  /** Registers a new ärende in the diarium and adds it last on the list, with its rubrik and confidentiality. */
  public ListadPunkt addNyttArende(long sammantradeId, NyttArende nytt, ForslagAv forslagAv) {
    return transactions.inTransaction(tx -> {
      sammantraden.requireOpen(sammantradeId);
      Arende a = arenden.register(nytt);
      return new ListadPunkt(add(sammantradeId, new ArendepunktInnehall(ArendepunktTyp.ARENDE, a.id(), a.rubrik(),
          forslagAv, PunktTexter.INGA, a.sekretess(), null)), a);
    });
  }

  /**
   * Adds those of {@code typer} the list lacks, first ({@code first}) or last, in the given order; returns the
   * id of the last one added, or null when all were there.
   */
  public Long addStandard(long sammantradeId, List<ArendepunktTyp> typer, boolean first) {
    return transactions.inTransaction(tx -> {
      sammantraden.requireOpen(sammantradeId);
      List<ArendepunktTyp> present = punkter.findBySammantrade(tx, sammantradeId).stream()
          .map(Arendepunkt::typ).toList();
      Long last = null;
      int place = 0;
      for (ArendepunktTyp typ : typer) {
        if (present.contains(typ)) {
          continue;
        }
        Arendepunkt p = add(sammantradeId, new ArendepunktInnehall(typ, null, typ.text(), null, PunktTexter.INGA,
            false, null));
        if (first) {
          moveTo(p.id(), place++);
        }
        last = p.id();
      }
      return last;
    });
  }

  /**
   * Changes an item's content, as read at {@code version}; refused when someone changed it since (saying who and
   * when), so no one's change is lost.
   */
  public Arendepunkt update(long id, int version, ArendepunktInnehall innehall) {
    return transactions.inTransaction(tx -> {
      Arendepunkt before = requireOpen(id);
      audit.requireVersion("arendepunkt", id, version, before.version(), "Punkten");
      ArendepunktInnehall clean = validering.validate(innehall);
      if (!punkter.update(tx, id, version, clean)) {
        audit.requireVersion("arendepunkt", id, version, -1, "Punkten"); // changed between the read and the write
      }
      Arendepunkt after = new Arendepunkt(id, before.sammantradeId(), before.ordning(), clean, version + 1);
      audit.changed("arendepunkt", id, before, after);
      return after;
    });
  }

  /**
   * Removes an item with its beslutsunderlag and bilagor (the handlingar stay in the diarium); returns what
   * {@link #restore} needs to put it back.
   */
  public BorttagenPunkt remove(long id) {
    return transactions.inTransaction(tx -> {
      Arendepunkt before = requireOpen(id);
      BorttagenPunkt removed = new BorttagenPunkt(before, underlag.underlag(tx, id), underlag.bilagor(tx, id));
      underlag.deleteAllFor(tx, id);
      punkter.delete(tx, id);
      audit.deleted("arendepunkt", id, removed);
      renumber(tx, punkter.findBySammantrade(tx, before.sammantradeId()));
      return removed;
    });
  }

  /** Adds a removed item again at its old place with its beslutsunderlag and bilagor; returns it (its id is new). */
  public Arendepunkt restore(BorttagenPunkt r) {
    return transactions.inTransaction(tx -> {
      Arendepunkt p = add(r.punkt().sammantradeId(), r.punkt().innehall());
      moveTo(p.id(), r.punkt().ordning() - 1);
      for (Beslutsunderlag u : r.underlag()) {
        Beslutsunderlag b = new Beslutsunderlag(0, p.id(), u.ordning(), u.handlingId(), u.text());
        long id = underlag.insertUnderlag(tx, b);
        audit.created("beslutsunderlag", id, new Beslutsunderlag(id, p.id(), u.ordning(), u.handlingId(), u.text()));
      }
      for (Bilaga b : r.bilagor()) {
        long id = underlag.insertBilaga(tx, new Bilaga(0, p.id(), b.ordning(), b.handlingId()));
        audit.created("bilaga", id, new Bilaga(id, p.id(), b.ordning(), b.handlingId()));
      }
      return require(p.id());
    });
  }

  public List<Arendepunkt> moveUp(long id) {
    return transactions.inTransaction(tx -> moveTo(id, requireOpen(id).ordning() - 2));
  }

  public List<Arendepunkt> moveDown(long id) {
    return transactions.inTransaction(tx -> moveTo(id, requireOpen(id).ordning()));
  }

  /** Moves an item to place {@code index} (0-based); returns the renumbered list. */
  public List<Arendepunkt> moveTo(long id, int index) {
    return transactions.inTransaction(tx -> {
      Arendepunkt p = requireOpen(id);
      List<Arendepunkt> all = punkter.findBySammantrade(tx, p.sammantradeId());
      int from = all.stream().map(Arendepunkt::id).toList().indexOf(id);
      renumber(tx, Reorder.move(all, from, index, FIELD));
      return punkter.findBySammantrade(tx, p.sammantradeId());
    });
  }

  /** The item, or a Swedish refusal when it is gone. */
  public Arendepunkt require(long id) {
    return transactions.read(tx -> punkter.findById(tx, id))
        .orElseThrow(() -> ValidationException.of(FIELD, "ärendepunkten finns inte längre"));
  }

  /** The item, refused with a {@code JusteratException} when its meeting's protokoll is justerat. */
  public Arendepunkt requireOpen(long id) {
    Arendepunkt p = require(id);
    sammantraden.requireOpen(p.sammantradeId());
    return p;
  }

  private void renumber(Tx tx, List<Arendepunkt> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      Arendepunkt p = ordered.get(i);
      if (p.ordning() != i + 1) {
        punkter.setOrdning(tx, p.id(), i + 1);
        audit.changed("arendepunkt", p.id(), p, new Arendepunkt(p.id(), p.sammantradeId(), i + 1, p.innehall(), p.version()));
      }
    }
  }
}
