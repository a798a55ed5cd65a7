package se.namndbok.core.anmalan;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.Validator;
import se.namndbok.core.shared.ValidationException;

/**
 * The anmälningar of one kind (delegationsbeslut or meddelanden): registered in the diarium's ärende (and
 * handling), assigned to the next meeting not yet sent out ({@link SammantradeService#nastaForAnmalan}), edited,
 * moved to another meeting, removed and restored, listed — each one transaction with its audit line, and refused
 * for a meeting whose protokoll is justerat. One mechanism for both kinds; the {@link Anmalningsslag} says what
 * differs (decision record 0082).
 */
public final class AnmalanService<N extends NyAnmalan, E extends Anmalan> {
  public static final int TEXT_MAX = 2000;

  private final Transactions transactions;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final Diariekoppling diarium;
  private final Anmalningsslag<N, E> slag;
  private final SekretessgrundService sekretessgrunder;
  private final Clock clock;

  public AnmalanService(Transactions transactions, AuditLog audit, SammantradeService sammantraden,
      Diariekoppling diarium, Anmalningsslag<N, E> slag, SekretessgrundService sekretessgrunder, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.sammantraden = sammantraden;
    this.diarium = diarium;
    this.slag = slag;
    this.sekretessgrunder = sekretessgrunder;
    this.clock = clock;
  }

  /** Registers an entry in an ärende already in the diarium and assigns it to the next meeting. */
  public E register(N ny) {
    return register(ny, false);
  }

  /**
   * Registers and assigns the next meeting. {@code registreraOkantArende} (imports, or the user confirmed)
   * registers an unknown diarienummer as a new ärende with the entry's text, in the same transaction.
   */
  public E register(N ny, boolean registreraOkantArende) {
    return transactions.inTransaction(tx -> {
      N clean = checked(ny);
      Long sammantradeId = sammantraden.nastaForAnmalan(clean.datum()).map(Sammantrade::id).orElse(null);
      return insert(tx, clean, registreraOkantArende, sammantradeId);
    });
  }

  /**
   * Checks every field as registering would and saves nothing: refused with every problem found. A form asks this
   * when it could not read a field itself (a date it does not understand), so that the user hears of the other
   * fields at the same time and not one save later.
   */
  public void check(N ny) {
    transactions.read(tx -> checked(ny));
  }

  /** Registers an entry reported to the given meeting (e.g. the demo's). */
  public E registerTill(N ny, long sammantradeId) {
    return transactions.inTransaction(tx -> {
      N clean = checked(ny);
      sammantraden.requireOpen(sammantradeId);
      return insert(tx, clean, false, sammantradeId);
    });
  }

  /**
   * Changes an entry as the user corrected it (as read at {@code version}: refused, naming who and when, if
   * someone changed it since); it stays with the meeting it is reported to. A new Hid is registered in the ärende
   * as at registration; the ärende must be in the diarium.
   */
  public E update(long id, int version, N changed) {
    return transactions.inTransaction(tx -> {
      E before = findOpen(tx, id);
      audit.requireVersion(slag.entitet(), id, version, before.version(), slag.bestamd());
      N clean = checked(changed);
      if (!slag.repository().update(tx, slag.withVersion(slag.withId(build(clean, false, before.sammantradeId()), id),
          version))) {
        audit.requireVersion(slag.entitet(), id, version, -1, slag.bestamd());
      }
      E after = find(tx, id);
      audit.changed(slag.entitet(), id, before, after);
      return after;
    });
  }

  /** Moves an entry to another meeting, or ({@code sammantradeId} null) back to the not reported ones. */
  public E flytta(long id, Long sammantradeId) {
    return transactions.inTransaction(tx -> {
      E before = findOpen(tx, id);
      if (sammantradeId != null) {
        sammantraden.requireOpen(sammantradeId);
      }
      slag.repository().setSammantrade(tx, id, sammantradeId);
      E after = find(tx, id);
      audit.changed(slag.entitet(), id, before, after);
      return after;
    });
  }

  /** Deletes an entry and returns it, so the window can offer to undo it ({@link #aterstall}). */
  public E delete(long id) {
    return transactions.inTransaction(tx -> {
      E before = findOpen(tx, id);
      slag.repository().delete(tx, id);
      audit.deleted(slag.entitet(), id, before);
      return before;
    });
  }

  /** Puts a deleted entry back, reported to the same meeting as before (its id is new). */
  public E aterstall(E deleted) {
    return transactions.inTransaction(tx -> {
      if (deleted.sammantradeId() != null) {
        sammantraden.requireOpen(deleted.sammantradeId());
      }
      return insert(tx, checked(slag.somNytt(deleted)), false, deleted.sammantradeId());
    });
  }

  public List<E> list(AnmalanFilter filter) {
    return transactions.read(tx -> slag.repository().find(tx, filter));
  }

  public Optional<E> find(long id) {
    return transactions.read(tx -> slag.repository().findById(tx, id));
  }

  /** Every counterpart used so far (avsändare, delegat), sorted the Swedish way: the form's completion list. */
  public List<String> motparter() {
    return transactions.read(tx -> slag.repository().motparter(tx).stream().sorted(Texts.swedishOrder()).toList());
  }

  /** Every field checked at once, the common ones here and the kind's own by the kind; the entry as stored. */
  private N checked(N ny) {
    Validator v = new Validator().notBlank(ny.diarienummer(), Diarienummer.FIELD);
    if (!blank(ny.diarienummer())) {
      collect(v, () -> Diariekoppling.parseDiarienummer(ny.diarienummer()));
    }
    if (!blank(ny.handlingsid())) {
      collect(v, () -> HandlingsId.parse(ny.handlingsid()));
    }
    v.notNull(ny.datum(), slag.datumFalt()).notAfter(ny.datum(), clock.today(), slag.datumFalt(), "dagens datum")
        .notBlank(ny.text(), slag.textFalt()).maxLength(ny.text(), TEXT_MAX, slag.textFalt());
    slag.validate(ny, v);
    v.throwIfInvalid();
    return slag.clean(ny);
  }

  private static void collect(Validator v, Runnable parse) {
    try {
      parse.run();
    } catch (ValidationException e) {
      v.add(e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private E find(Tx tx, long id) {
    return slag.repository().findById(tx, id).orElseThrow(() -> ValidationException.of(slag.falt(), slag.borta()));
  }

  /** The entry, refused when the meeting it is reported to is justerat (locked). */
  private E findOpen(Tx tx, long id) {
    E e = find(tx, id);
    if (e.sammantradeId() != null) {
      sammantraden.requireOpen(e.sammantradeId());
    }
    return e;
  }

  private E insert(Tx tx, N ny, boolean registreraOkantArende, Long sammantradeId) {
    long id = slag.repository().insert(tx, build(ny, registreraOkantArende, sammantradeId));
    E saved = find(tx, id);
    audit.created(slag.entitet(), id, saved);
    return saved;
  }

  /** The entry to store, with its ärende and handling found or registered (id 0). */
  private E build(N ny, boolean registreraOkantArende, Long sammantradeId) {
    Diarienummer d = Diariekoppling.parseDiarienummer(ny.diarienummer());
    HandlingsId hid = ny.handlingsid() == null || ny.handlingsid().isBlank() ? null : HandlingsId.parse(ny.handlingsid());
    Sekretess sekretess = ny.sekretessval();
    sekretessgrunder.requireKnown(sekretess.grundId(), SekretessgrundService.FIELD);
    NyttArende nyttArende = registreraOkantArende
        ? Diariekoppling.importerat(d, ny.text(), sekretess.markerad(), sekretess.grundId(), ny.datum()) : null;
    return slag.build(ny, diarium.koppla(d, nyttArende, hid, slag.handling(ny)), sammantradeId);
  }
}
