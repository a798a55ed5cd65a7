package se.namndbok.core.ejverkstallda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.persistence.GynnandeBeslutRepository;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.ImportErrors;
import se.namndbok.core.shared.ImportException;

/**
 * {@code import beslut FILE.csv}: reads every line, checks all of them, and only then writes, in one
 * transaction and in batches. A file with any bad line stores nothing and reports every bad line.
 */
public final class BeslutImport {
  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final GynnandeBeslutRepository beslut = new GynnandeBeslutRepository();
  private final InsatsRepository insatser = new InsatsRepository();

  /** How the file changed the store. */
  public record Resultat(int nya, int andrade, int oforandrade) {
    public int rader() {
      return nya + andrade + oforandrade;
    }
  }

  public BeslutImport(Transactions transactions, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  public Resultat importera(Path file) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ImportException.of(name, 0, null, "filen kunde inte läsas: " + e.getMessage());
    }
    return importera(name, bytes);
  }

  /** Imports the bytes of a file named {@code name} (the demo board's), all or nothing. */
  public Resultat importera(String name, byte[] bytes) {
    return transactions.inTransaction(tx -> importera(tx, name, bytes));
  }

  private Resultat importera(Tx tx, String name, byte[] bytes) {
    CsvImportFile csv = CsvImportFile.read(name, bytes, BeslutFalt.obligatoriskaKolumner(),
        BeslutFalt.valfriaKolumner());
    Map<String, GynnandeBeslut> lasta = lasOchGranska(tx, csv);
    Map<String, GynnandeBeslut> befintliga = new HashMap<>();
    if (beslut.count(tx) > 0) {
      beslut.findAll(tx, new ArrayList<>(lasta.keySet())).forEach(b -> befintliga.put(b.referens(), b));
    }
    List<GynnandeBeslut> nya = new ArrayList<>();
    List<GynnandeBeslut> andrade = new ArrayList<>();
    for (GynnandeBeslut b : lasta.values()) {
      GynnandeBeslut fore = befintliga.get(b.referens());
      if (fore == null) {
        nya.add(b);
      } else if (!fore.equals(b)) {
        andrade.add(b);
        audit.changed(BeslutService.ENTITET, b.referens(), fore, b);
      }
    }
    beslut.insert(tx, nya);
    beslut.update(tx, andrade);
    Resultat r = new Resultat(nya.size(), andrade.size(), lasta.size() - nya.size() - andrade.size());
    audit.created("import_beslut", name, Map.of("fil", name, "sha256", FileStore.sha256(bytes),
        "nya", r.nya(), "andrade", r.andrade(), "oforandrade", r.oforandrade()));
    return r;
  }

  private Map<String, GynnandeBeslut> lasOchGranska(Tx tx, CsvImportFile csv) {
    BeslutValidering validering = new BeslutValidering(insatser.katalog(tx), clock.today());
    ImportErrors errors = new ImportErrors(csv.name());
    Map<String, GynnandeBeslut> lasta = new LinkedHashMap<>();
    Map<String, Integer> radFor = new HashMap<>();
    for (CsvImportFile.Row row : csv.rows()) {
      String id = row.get(BeslutFalt.ID.kolumn());
      Integer tidigare = id == null ? null : radFor.putIfAbsent(id.strip(), row.line());
      if (tidigare != null) {
        errors.add(row.line(), BeslutFalt.ID.kolumn(), id.strip() + " finns redan på rad " + tidigare);
      }
      GynnandeBeslut b = BeslutCsvRad.parse(row, errors);
      List<BeslutValidering.Fel> fel = b == null ? List.of() : validering.validate(b);
      fel.forEach(f -> errors.add(row.line(), f.falt().kolumn(), f.meddelande()));
      if (b != null && fel.isEmpty() && tidigare == null) {
        GynnandeBeslut clean = BeslutService.stripped(b);
        lasta.put(clean.referens(), clean);
      }
    }
    errors.throwIfAny();
    return lasta;
  }
}
