package se.namndbok.core.sammantrade;

import java.util.List;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.persistence.HandlingRepository;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sammantrade.persistence.UnderlagRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/** An item's beslutsunderlag (handlingar or text lines) and bilagor (handlingar with a stored file). */
public final class UnderlagService {
  private final Transactions transactions;
  private final AuditLog audit;
  private final ArendeService arenden;
  private final ArendelistaService lista;
  private final UnderlagRepository repository = new UnderlagRepository();
  private final HandlingRepository handlingar = new HandlingRepository();

  public UnderlagService(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.audit = new AuditLog(clock);
    this.arenden = new ArendeService(transactions, files, clock);
    this.lista = new ArendelistaService(transactions, clock);
  }

  public List<Beslutsunderlag> beslutsunderlag(Tx tx, long arendepunktId) {
    return repository.underlag(tx, arendepunktId);
  }

  public List<Bilaga> bilagor(Tx tx, long arendepunktId) {
    return repository.bilagor(tx, arendepunktId);
  }

  public List<Beslutsunderlag> beslutsunderlag(long arendepunktId) {
    return transactions.read(tx -> repository.underlag(tx, arendepunktId));
  }

  public List<Bilaga> bilagor(long arendepunktId) {
    return transactions.read(tx -> repository.bilagor(tx, arendepunktId));
  }

  /** Adds a registered handling last in the item's beslutsunderlag. */
  public Beslutsunderlag addHandling(Tx tx, long arendepunktId, long handlingId) {
    handlingar.findById(tx, handlingId).orElseThrow(() -> ValidationException.of("Handling", "handlingen finns inte"));
    return addUnderlag(tx, arendepunktId, handlingId, null);
  }

  public Beslutsunderlag addHandling(long arendepunktId, long handlingId) {
    return transactions.inTransaction(tx -> addHandling(tx, arendepunktId, handlingId));
  }

  /** Adds a line of text (e.g. "skickas ut innan sammanträdet") last in the beslutsunderlag. */
  public Beslutsunderlag addText(Tx tx, long arendepunktId, String text) {
    new Validator().notBlank(text, "Beslutsunderlag").maxLength(text, 2000, "Beslutsunderlag").throwIfInvalid();
    return addUnderlag(tx, arendepunktId, null, text.strip());
  }

  public Beslutsunderlag addText(long arendepunktId, String text) {
    return transactions.inTransaction(tx -> addText(tx, arendepunktId, text));
  }

  public void removeUnderlag(long id) {
    transactions.run(tx -> {
      Beslutsunderlag before = repository.findUnderlag(tx, id)
          .orElseThrow(() -> ValidationException.of("Beslutsunderlag", "finns inte längre"));
      repository.deleteUnderlag(tx, id);
      audit.deleted(tx, "beslutsunderlag", id, before);
      List<Beslutsunderlag> rest = repository.underlag(tx, before.arendepunktId());
      for (int i = 0; i < rest.size(); i++) {
        repository.setUnderlagOrdning(tx, rest.get(i).id(), i + 1);
      }
    });
  }

  /** Attaches a registered handling that has a stored file. */
  public Bilaga addBilaga(Tx tx, long arendepunktId, long handlingId) {
    lista.find(tx, arendepunktId);
    Handling h = handlingar.findById(tx, handlingId)
        .orElseThrow(() -> ValidationException.of("Bilaga", "handlingen finns inte"));
    if (h.fil() == null) {
      throw ValidationException.of("Bilaga", "handlingen " + h.handlingsId() + " har ingen lagrad fil att bifoga");
    }
    int ordning = repository.bilagor(tx, arendepunktId).size() + 1;
    Bilaga b = new Bilaga(0, arendepunktId, ordning, handlingId);
    Bilaga saved = new Bilaga(repository.insertBilaga(tx, b), arendepunktId, ordning, handlingId);
    audit.created(tx, "bilaga", saved.id(), saved);
    return saved;
  }

  public Bilaga addBilaga(long arendepunktId, long handlingId) {
    return transactions.inTransaction(tx -> addBilaga(tx, arendepunktId, handlingId));
  }

  public void removeBilaga(long id) {
    transactions.run(tx -> {
      Bilaga before = repository.findBilaga(tx, id).orElseThrow(() -> ValidationException.of("Bilaga", "finns inte längre"));
      repository.deleteBilaga(tx, id);
      audit.deleted(tx, "bilaga", id, before);
      List<Bilaga> rest = repository.bilagor(tx, before.arendepunktId());
      for (int i = 0; i < rest.size(); i++) {
        repository.setBilagaOrdning(tx, rest.get(i).id(), i + 1);
      }
    });
  }

  /**
   * Registers {@code ny} with the file in the item's ärende and attaches it as the item's last bilaga, in one
   * transaction with the file (see {@code ArendeService.storeFile}). The app uses
   * this to add the PDFs it generates, e.g. for the demo board.
   */
  public Bilaga attachFile(long arendepunktId, NyHandling ny, String fileName, byte[] bytes) {
    return transactions.inTransaction(tx -> attachFile(tx, arendepunktId, ny, arenden.storeFile(tx, fileName, bytes)));
  }

  /** {@link #attachFile(long, NyHandling, String, byte[])} within the caller's transaction, the file already stored. */
  public Bilaga attachFile(Tx tx, long arendepunktId, NyHandling ny, Handling.StoredFile file) {
    Arendepunkt p = lista.find(tx, arendepunktId);
    if (p.innehall().arendeId() == null) {
      throw ValidationException.of("Bilaga", "punkt " + p.ordning() + " har inget ärende att registrera handlingen i");
    }
    Handling h = arenden.registerHandling(tx, p.innehall().arendeId(), ny, file);
    return addBilaga(tx, arendepunktId, h.id());
  }

  /**
   * Stores the file for an already registered handling that has none and attaches it as the item's last bilaga,
   * in one transaction (e.g. the generated PDF of a beslutsunderlag in the demo).
   */
  public Bilaga attachFileTo(long arendepunktId, long handlingId, String fileName, byte[] bytes) {
    return transactions.inTransaction(tx -> attachFileTo(tx, arendepunktId, handlingId,
        arenden.storeFile(tx, fileName, bytes)));
  }

  /** {@link #attachFileTo(long, long, String, byte[])} within the caller's transaction, the file already stored. */
  public Bilaga attachFileTo(Tx tx, long arendepunktId, long handlingId, Handling.StoredFile file) {
    Handling before = handlingar.findById(tx, handlingId)
        .orElseThrow(() -> ValidationException.of("Bilaga", "handlingen finns inte"));
    if (before.fil() != null && !before.fil().sha256().equals(file.sha256())) {
      throw ValidationException.of("Bilaga", "handlingen " + before.handlingsId() + " har redan en annan fil");
    }
    handlingar.setFile(tx, handlingId, file);
    audit.changed(tx, "handling", handlingId, before, new Handling(before.id(), before.arendeId(),
        before.handlingsId(), before.datum(), before.riktning(), before.motpart(), before.rubrik(), before.sekretess(), file, before.sekretessgrundId(),
        before.friklassad()));
    return addBilaga(tx, arendepunktId, handlingId);
  }

  private Beslutsunderlag addUnderlag(Tx tx, long arendepunktId, Long handlingId, String text) {
    lista.find(tx, arendepunktId);
    int ordning = repository.underlag(tx, arendepunktId).size() + 1;
    Beslutsunderlag b = new Beslutsunderlag(0, arendepunktId, ordning, handlingId, text);
    Beslutsunderlag saved = new Beslutsunderlag(repository.insertUnderlag(tx, b), arendepunktId, ordning, handlingId, text);
    audit.created(tx, "beslutsunderlag", saved.id(), saved);
    return saved;
  }
}
