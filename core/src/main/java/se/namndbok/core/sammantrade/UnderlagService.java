package se.namndbok.core.sammantrade;

import java.util.List;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sammantrade.persistence.UnderlagRepository;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/** An item's beslutsunderlag (handlingar or text lines) and bilagor (handlingar with a stored file). */
public final class UnderlagService {
  private final Transactions transactions;
  private final AuditLog audit;
  private final ArendeService arenden;
  private final ArendelistaService lista;
  private final UnderlagRepository repository = new UnderlagRepository();

  public UnderlagService(Transactions transactions, AuditLog audit, ArendeService arenden, ArendelistaService lista) {
    this.transactions = transactions;
    this.audit = audit;
    this.arenden = arenden;
    this.lista = lista;
  }

  public List<Beslutsunderlag> beslutsunderlag(long arendepunktId) {
    return transactions.read(tx -> repository.underlag(tx, arendepunktId));
  }

  public List<Bilaga> bilagor(long arendepunktId) {
    return transactions.read(tx -> repository.bilagor(tx, arendepunktId));
  }

  /** A meeting's items with all their beslutsunderlag and bilagor, in one read with one query per table. */
  public Motesunderlag forSammantrade(long sammantradeId) {
    return transactions.read(tx -> Motesunderlag.of(lista.punkter(sammantradeId),
        repository.underlagForSammantrade(tx, sammantradeId), repository.bilagorForSammantrade(tx, sammantradeId)));
  }

  /** The item's underlag and bilagor with its ärende's handlingar, in one read (the item's editor). */
  public PunktUnderlag forEditor(long arendepunktId) {
    return transactions.read(tx -> {
      Long arendeId = lista.require(arendepunktId).innehall().arendeId();
      return new PunktUnderlag(repository.underlag(tx, arendepunktId), repository.bilagor(tx, arendepunktId),
          arendeId == null ? List.of() : arenden.handlingar(arendeId));
    });
  }

  /** Adds a registered handling last in the item's beslutsunderlag. */
  public Beslutsunderlag addHandling(long arendepunktId, long handlingId) {
    return transactions.inTransaction(tx -> {
      lista.requireOpen(arendepunktId);
      arenden.findHandling(handlingId).orElseThrow(() -> ValidationException.of("Handling", "handlingen finns inte"));
      return addUnderlag(tx, arendepunktId, handlingId, null);
    });
  }

  /** Adds a line of text (e.g. "skickas ut innan sammanträdet") last in the beslutsunderlag. */
  public Beslutsunderlag addText(long arendepunktId, String text) {
    return transactions.inTransaction(tx -> {
      lista.requireOpen(arendepunktId);
      new Validator().notBlank(text, "Beslutsunderlag").maxLength(text, 2000, "Beslutsunderlag").throwIfInvalid();
      return addUnderlag(tx, arendepunktId, null, text.strip());
    });
  }

  public void removeUnderlag(long id) {
    transactions.run(tx -> {
      Beslutsunderlag before = repository.findUnderlag(tx, id)
          .orElseThrow(() -> ValidationException.of("Beslutsunderlag", "finns inte längre"));
      lista.requireOpen(before.arendepunktId());
      repository.deleteUnderlag(tx, id);
      audit.deleted("beslutsunderlag", id, before);
      List<Beslutsunderlag> rest = repository.underlag(tx, before.arendepunktId());
      for (int i = 0; i < rest.size(); i++) {
        repository.setUnderlagOrdning(tx, rest.get(i).id(), i + 1);
      }
    });
  }

  /** Attaches a registered handling that has a stored file. */
  public Bilaga addBilaga(long arendepunktId, long handlingId) {
    return transactions.inTransaction(tx -> {
      lista.requireOpen(arendepunktId);
      Handling h = arenden.findHandling(handlingId)
          .orElseThrow(() -> ValidationException.of("Bilaga", "handlingen finns inte"));
      if (h.fil() == null) {
        throw ValidationException.of("Bilaga", "handlingen " + h.handlingsId() + " har ingen lagrad fil att bifoga");
      }
      int ordning = repository.bilagor(tx, arendepunktId).size() + 1;
      Bilaga b = new Bilaga(0, arendepunktId, ordning, handlingId);
      Bilaga saved = new Bilaga(repository.insertBilaga(tx, b), arendepunktId, ordning, handlingId);
      audit.created("bilaga", saved.id(), saved);
      return saved;
    });
  }

  public void removeBilaga(long id) {
    transactions.run(tx -> {
      Bilaga before = repository.findBilaga(tx, id).orElseThrow(() -> ValidationException.of("Bilaga", "finns inte längre"));
      lista.requireOpen(before.arendepunktId());
      repository.deleteBilaga(tx, id);
      audit.deleted("bilaga", id, before);
      List<Bilaga> rest = repository.bilagor(tx, before.arendepunktId());
      for (int i = 0; i < rest.size(); i++) {
        repository.setBilagaOrdning(tx, rest.get(i).id(), i + 1);
      }
    });
  }

  /**
   * Registers {@code ny} with the file in the item's ärende and attaches it as the item's last bilaga, in one
   * transaction with the file (see {@code ArendeService.storeFile}).
   */
  public Bilaga attachFile(long arendepunktId, NyHandling ny, String fileName, byte[] bytes) {
    return transactions.inTransaction(tx -> attachFile(arendepunktId, ny, arenden.storeFile(fileName, bytes)));
  }

  /** {@link #attachFile(long, NyHandling, String, byte[])} with the file already stored. */
  public Bilaga attachFile(long arendepunktId, NyHandling ny, Handling.StoredFile file) {
    return transactions.inTransaction(tx -> {
      Arendepunkt p = lista.requireOpen(arendepunktId);
      if (p.innehall().arendeId() == null) {
        throw ValidationException.of("Bilaga", "punkt " + p.ordning() + " har inget ärende att registrera handlingen i");
      }
      Handling h = arenden.registerHandling(p.innehall().arendeId(), ny, file);
      return addBilaga(arendepunktId, h.id());
    });
  }

  /**
   * Stores the file for an already registered handling that has none and attaches it as the item's last bilaga,
   * in one transaction (e.g. the generated PDF of a beslutsunderlag in the demo).
   */
  public Bilaga attachFileTo(long arendepunktId, long handlingId, String fileName, byte[] bytes) {
    return transactions.inTransaction(tx -> attachFileTo(arendepunktId, handlingId, arenden.storeFile(fileName, bytes)));
  }

  /** {@link #attachFileTo(long, long, String, byte[])} with the file already stored. */
  public Bilaga attachFileTo(long arendepunktId, long handlingId, Handling.StoredFile file) {
    return transactions.inTransaction(tx -> {
      lista.requireOpen(arendepunktId);
      arenden.setFile(handlingId, file, "Bilaga");
      return addBilaga(arendepunktId, handlingId);
    });
  }

  private Beslutsunderlag addUnderlag(Tx tx, long arendepunktId, Long handlingId, String text) {
    lista.requireOpen(arendepunktId);
    int ordning = repository.underlag(tx, arendepunktId).size() + 1;
    Beslutsunderlag b = new Beslutsunderlag(0, arendepunktId, ordning, handlingId, text);
    Beslutsunderlag saved = new Beslutsunderlag(repository.insertUnderlag(tx, b), arendepunktId, ordning, handlingId, text);
    audit.created("beslutsunderlag", saved.id(), saved);
    return saved;
  }
}
