package se.namndbok.core.ejverkstallda;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.SqlStates;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.persistence.BeslutStaging;
import se.namndbok.core.ejverkstallda.persistence.GynnandeBeslutRepository;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.shared.Avbrott;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.Granser;
import se.namndbok.core.shared.ImportErrors;

/**
 * {@code import beslut FILE.csv}: all of the file or nothing, whatever its size (decision record 0130). The
 * lines are read and checked one at a time into a staging table on the import's own connection, in short
 * committed batches, so memory does not grow with the file; a file with any bad line stops there and stores
 * nothing. A good file is then switched in by set-based SQL in one transaction, with the audit lines.
 *
 * <p>Into an empty register there is nothing to compare with, so the lines go straight into
 * {@code gynnande_beslut} in batches of one transaction (decision record 0156). The first bad line, or a
 * repeated id (refused by the unique referens), rolls that transaction back and the file is read again the
 * staged way, which names every bad line as before.
 */
public final class BeslutImport {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BeslutImport.class);
  private static final int BATCH = 5_000;

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final GynnandeBeslutRepository beslut = new GynnandeBeslutRepository();
  private final InsatsRepository insatser = new InsatsRepository();
  private final BeslutStaging staging = new BeslutStaging();

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
    return importera(file, Avbrott.INGET);
  }

  /** Imports {@code file}; once {@code avbrott} is cancelled the import stops before it commits anything. */
  public Resultat importera(Path file, Avbrott avbrott) {
    CsvImportFile csv = CsvImportFile.open(file, BeslutRader.KOLUMNER);
    return transactions.onOneConnection(connection -> {
      if (connection.read(tx -> beslut.count(tx) == 0)) {
        Resultat direct = direct(connection, csv, avbrott);
        if (direct != null) {
          return direct;
        }
      }
      try {
        return staged(connection, csv, avbrott);
      } finally {
        connection.run(staging::drop);
      }
    });
  }

  /**
   * Reads the whole file into the empty register in one transaction; null (nothing stored) when a line is bad,
   * an id repeats or another import filled the register first: then the staged import names what is wrong.
   */
  private Resultat direct(Transactions connection, CsvImportFile csv, Avbrott avbrott) {
    long t0 = System.nanoTime();
    try {
      Resultat r = connection.whole(() -> connection.inTransaction(tx -> {
        if (beslut.count(tx) > 0) {
          throw new NotDirect();
        }
        BeslutValidering validering = validering(tx);
        ImportErrors errors = new ImportErrors(csv.name());
        List<GynnandeBeslut> batch = new ArrayList<>(BATCH);
        int[] rader = {0};
        LocalDate till = BeslutRader.read(csv, validering, errors, rad -> {
          if (rad.beslut() == null || !errors.isEmpty()) {
            throw new NotDirect();
          }
          batch.add(rad.beslut());
          if (batch.size() == BATCH) {
            rader[0] += insert(tx, batch, avbrott);
          }
        });
        if (!errors.isEmpty()) { // a last line refused before its id could be read
          throw new NotDirect();
        }
        rader[0] += insert(tx, batch, avbrott);
        Resultat result = new Resultat(rader[0], 0, 0);
        logImport(tx, csv, result, till);
        return result;
      }));
      LOG.info("Import av {}: {} rader lästa och inlagda direkt i det tomma registret på {} ms", csv.name(),
          r.rader(), ms(System.nanoTime() - t0));
      return r;
    } catch (NotDirect e) {
      return null;
    } catch (RuntimeException e) {
      if (SqlStates.uniqueViolation(e)) {
        return null;
      }
      throw e;
    }
  }

  /** The checks every line must pass: today's catalogue of insatser and today's date. */
  private BeslutValidering validering(Tx tx) {
    return new BeslutValidering(insatser.katalog(tx), clock.today());
  }

  private int insert(Tx tx, List<GynnandeBeslut> batch, Avbrott avbrott) {
    avbrott.kontrollera();
    int n = batch.size();
    beslut.insert(tx, batch);
    batch.clear();
    return n;
  }

  /** The register was not empty, or the file has a bad line: the staged import reads it again. */
  private static final class NotDirect extends RuntimeException {
    NotDirect() {
      super(null, null, false, false);
    }
  }

  private Resultat staged(Transactions connection, CsvImportFile csv, Avbrott avbrott) {
    long t0 = System.nanoTime();
    connection.run(staging::create);
    BeslutValidering validering = connection.read(this::validering);
    ImportErrors errors = new ImportErrors(csv.name());
    List<BeslutStaging.Rad> batch = new ArrayList<>(BATCH);
    LocalDate till = BeslutRader.read(csv, validering, errors, rad -> {
      batch.add(rad);
      if (batch.size() == BATCH) {
        stage(connection, batch, avbrott);
      }
    });
    stage(connection, batch, avbrott);
    long t1 = System.nanoTime();
    indexAndFindDuplicates(connection, errors);
    avbrott.kontrollera();
    long t2 = System.nanoTime();
    Resultat r = connection.whole(() -> connection.inTransaction(tx -> switchIn(tx, csv, till, avbrott)));
    LOG.info("Import av {}: {} rader lästa och mellanlagrade på {} ms, dubbletter sökta på {} ms, inlagda på {} ms",
        csv.name(), r.rader(), ms(t1 - t0), ms(t2 - t1), ms(System.nanoTime() - t2));
    return r;
  }

  private void indexAndFindDuplicates(Transactions connection, ImportErrors errors) {
    connection.run(staging::index);
    connection.read(tx -> staging.dubbletter(tx, Granser.FEL_MAX)).forEach(d -> errors.add(d.rad(),
        BeslutFalt.ID.kolumn(), d.referens() + " finns redan på rad " + d.forstaRad()));
    errors.throwIfAny();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private void stage(Transactions connection, List<BeslutStaging.Rad> batch, Avbrott avbrott) {
    avbrott.kontrollera();
    if (!batch.isEmpty()) {
      connection.run(tx -> staging.add(tx, batch));
      batch.clear();
    }
  }

  /** The one transaction that changes the store: audit lines, changed rows, new rows, the import's line. */
  private Resultat switchIn(Tx tx, CsvImportFile csv, LocalDate till, Avbrott avbrott) {
    int alla = staging.countAll(tx);
    boolean tom = beslut.count(tx) == 0;
    int nya = tom ? alla : staging.countNew(tx);
    int[] andrade = {0};
    staging.forEachChanged(tx, (fore, efter) -> { // none when the table was empty: the join finds nothing
      audit.changed(BeslutService.ENTITET, efter.referens(), fore, efter);
      andrade[0]++;
    });
    avbrott.kontrollera();
    staging.updateChanged(tx);
    avbrott.kontrollera();
    staging.insertNew(tx, tom);
    avbrott.kontrollera();
    Resultat r = new Resultat(nya, andrade[0], alla - nya - andrade[0]);
    logImport(tx, csv, r, till);
    return r;
  }

  /** The import's line in the audit log, which {@link #senaste()} reads back. */
  private void logImport(Tx tx, CsvImportFile csv, Resultat r, LocalDate till) {
    Map<String, Object> rad = new LinkedHashMap<>();
    rad.put("fil", csv.name());
    rad.put("sha256", csv.sha256());
    rad.put("nya", r.nya());
    rad.put("andrade", r.andrade());
    rad.put("oforandrade", r.oforandrade());
    if (till != null) {
      rad.put(BeslutInlasning.UPPGIFTER_TILL, till);
    }
    audit.created(BeslutInlasning.ENTITET, csv.name(), rad);
  }

  /**
   * The last file read in that held decisions, and how far its data reach (imports logged before the date was
   * recorded have none); empty when no such file has been. A file with only its header says nothing of how far the
   * register reaches, so it does not take the place of the file before it (decision record 0172).
   */
  public java.util.Optional<BeslutInlasning> senaste() {
    return audit.latestOf(BeslutInlasning.ENTITET, e -> BeslutInlasning.of(e).rader() > 0).map(BeslutInlasning::of);
  }

  /**
   * Imports a small file held in memory (the demo board's), all or nothing, within the caller's transaction
   * when there is one. At most {@link Granser#RADER_MAX_REGISTRERING} lines.
   */
  public Resultat importera(String name, byte[] bytes) {
    return transactions.inTransaction(tx -> importera(tx, name, bytes));
  }

  private Resultat importera(Tx tx, String name, byte[] bytes) {
    CsvImportFile csv = CsvImportFile.of(name, bytes, BeslutRader.kolumner(Granser.RADER_MAX_REGISTRERING));
    BeslutValidering validering = validering(tx);
    ImportErrors errors = new ImportErrors(csv.name());
    Map<String, BeslutStaging.Rad> lasta = new LinkedHashMap<>();
    LocalDate till = BeslutRader.read(csv, validering, errors, rad -> {
      BeslutStaging.Rad tidigare = lasta.putIfAbsent(rad.referens(), rad);
      if (tidigare != null) {
        errors.add(rad.rad(), BeslutFalt.ID.kolumn(), rad.referens() + " finns redan på rad " + tidigare.rad());
      }
    });
    errors.throwIfAny();
    Resultat r = write(tx, lasta.values().stream().map(BeslutStaging.Rad::beslut).toList());
    logImport(tx, csv, r, till);
    return r;
  }

  private Resultat write(Tx tx, List<GynnandeBeslut> lasta) {
    Map<String, GynnandeBeslut> befintliga = new HashMap<>();
    if (beslut.count(tx) > 0) {
      beslut.findAll(tx, lasta.stream().map(GynnandeBeslut::referens).toList())
          .forEach(b -> befintliga.put(b.referens(), b));
    }
    List<GynnandeBeslut> nya = new ArrayList<>();
    List<GynnandeBeslut> andrade = new ArrayList<>();
    for (GynnandeBeslut b : lasta) {
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
    return new Resultat(nya.size(), andrade.size(), lasta.size() - nya.size() - andrade.size());
  }
}
