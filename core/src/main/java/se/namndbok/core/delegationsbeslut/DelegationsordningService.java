package se.namndbok.core.delegationsbeslut;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.delegationsbeslut.persistence.DelegationspunktRepository;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.Granser;
import se.namndbok.core.shared.ImportErrors;
import se.namndbok.core.shared.Validator;

/**
 * The board's delegationsordning (Inställningar): its points in the document's order, read from a CSV file with
 * the columns {@code punkt;ärende;delegat} and optionally {@code lagrum}. A file is the whole delegationsordning:
 * it replaces the points kept, all or nothing; a delegat it names that the board does not have yet is added last
 * among the delegater. A point of the current delegationsordning that delegationsbeslut refer to must stay in the
 * file (decision 0117).
 */
public final class DelegationsordningService {
  public static final String FIELD = "Delegationspunkt";
  public static final List<String> COLUMNS = List.of("punkt", "ärende", "delegat");
  public static final List<String> OPTIONAL = List.of("lagrum");
  public static final int NUMMER_MAX = 30;
  public static final int ARENDE_MAX = 500;
  public static final int LAGRUM_MAX = 200;
  private static final CsvImportFile.Kolumner KOLUMNER = new CsvImportFile.Kolumner(COLUMNS, OPTIONAL,
      Map.of("punkt", NUMMER_MAX, "ärende", ARENDE_MAX, "lagrum", LAGRUM_MAX, "delegat", 300),
      Granser.RADER_MAX_REGISTRERING);

  private final Transactions transactions;
  private final AuditLog audit;
  private final NamndService namnd;
  private final DelegatService delegater;
  private final DelegationspunktRepository repository = new DelegationspunktRepository();

  public DelegationsordningService(Transactions transactions, AuditLog audit, NamndService namnd,
      DelegatService delegater) {
    this.transactions = transactions;
    this.audit = audit;
    this.namnd = namnd;
    this.delegater = delegater;
  }

  /** The points in the document's order; empty when the board has none (or there is no board yet). */
  public List<Delegationspunkt> all() {
    return transactions.read(tx -> namnd.current().map(n -> repository.findByNamnd(tx, n.id())).orElse(List.of()));
  }

  /** The point numbered {@code nummer} (case and surrounding spaces do not matter). */
  public Optional<Delegationspunkt> byNummer(String nummer) {
    if (nummer == null || nummer.isBlank()) {
      return Optional.empty();
    }
    String key = nummer.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(p -> p.nummer().toLowerCase(Locale.ROOT).equals(key)).findFirst();
  }

  /**
   * Checks that a delegationsbeslut's point is one of the delegationsordning's (any point is taken while the
   * board has no delegationsordning, as before there was one).
   */
  public void requireKnown(String nummer, Validator v) {
    if (nummer == null || nummer.isBlank()) {
      return;
    }
    List<Delegationspunkt> punkter = all();
    if (!punkter.isEmpty() && byNummer(nummer).isEmpty()) {
      v.require(false, FIELD, "punkt " + nummer.strip() + " finns inte i delegationsordningen (punkterna "
          + punkter.getFirst().nummer() + " … " + punkter.getLast().nummer() + ")");
    }
  }

  /** Replaces the delegationsordning with the file's points; a file with any bad line changes nothing. */
  public List<Delegationspunkt> importera(Path file) {
    return importera(CsvImportFile.open(file, KOLUMNER));
  }

  /** The same for a file already read (the demo board's). */
  public List<Delegationspunkt> importera(String namn, byte[] bytes) {
    return importera(CsvImportFile.of(namn, bytes, KOLUMNER));
  }

  private List<Delegationspunkt> importera(CsvImportFile csv) {
    List<Rad> rader = rader(csv);
    return transactions.inTransaction(tx -> {
      Namnd n = namnd.require();
      List<Delegationspunkt> before = repository.findByNamnd(tx, n.id());
      requireUsedKept(csv.name(), rader, before, repository.anvandning(tx, n.id()));
      repository.deleteByNamnd(tx, n.id());
      Map<String, Delegat> byNamn = new HashMap<>();
      delegater.all().forEach(d -> byNamn.put(d.namn().toLowerCase(Locale.ROOT), d));
      int ordning = 0;
      for (Rad r : rader) {
        Delegat d = byNamn.computeIfAbsent(r.delegat().toLowerCase(Locale.ROOT), k -> delegater.add(r.delegat()));
        repository.insert(tx, new Delegationspunkt(0, n.id(), r.nummer(), r.arende(), r.lagrum(), d.id(), d.namn(),
            ++ordning, 0));
      }
      List<Delegationspunkt> after = repository.findByNamnd(tx, n.id());
      audit.changed("delegationsordning", n.id(), before, after);
      return after;
    });
  }

  /**
   * Adds one point last in the delegationsordning unless a point of that number is there already (then that one
   * is returned as it is): how a meeting file brings the points its delegationsbeslut refer to.
   */
  public Delegationspunkt laggTill(String nummer, String arende, String lagrum, String delegat) {
    new Validator().notBlank(nummer, FIELD).maxLength(nummer, NUMMER_MAX, FIELD).id(nummer, FIELD)
        .notBlank(arende, "Ärende").maxLength(arende, ARENDE_MAX, "Ärende").maxLength(lagrum, LAGRUM_MAX, "Lagrum")
        .notBlank(delegat, DelegatService.FIELD).throwIfInvalid();
    return transactions.inTransaction(tx -> byNummer(nummer).orElseGet(() -> {
      Namnd n = namnd.require();
      Delegat d = delegater.all().stream().filter(x -> x.namn().equalsIgnoreCase(delegat.strip())).findFirst()
          .orElseGet(() -> delegater.add(delegat));
      int ordning = repository.findByNamnd(tx, n.id()).size() + 1;
      long id = repository.insert(tx, new Delegationspunkt(0, n.id(), nummer.strip(), arende.strip(),
          lagrum == null || lagrum.isBlank() ? null : lagrum.strip(), d.id(), d.namn(), ordning, 0));
      Delegationspunkt saved = byNummer(nummer).orElseThrow();
      audit.created("delegationspunkt", id, saved);
      return saved;
    }));
  }

  /** One line of the file, checked. */
  private record Rad(int line, String nummer, String arende, String lagrum, String delegat) {}

  private static List<Rad> rader(CsvImportFile csv) {
    ImportErrors errors = new ImportErrors(csv.name());
    List<Rad> rader = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvImportFile.Row r : csv.rows()) {
      String nummer = errors.cell(r.line(), "punkt", () -> checked(r.get("punkt"), v -> v.notBlank(r.get("punkt"),
          FIELD).maxLength(r.get("punkt"), NUMMER_MAX, FIELD).id(r.get("punkt"), FIELD)));
      String arende = errors.cell(r.line(), "ärende", () -> checked(r.get("ärende"), v -> v.notBlank(r.get("ärende"),
          "Ärende").maxLength(r.get("ärende"), ARENDE_MAX, "Ärende")));
      String lagrum = errors.cell(r.line(), "lagrum", () -> checked(r.get("lagrum"),
          v -> v.maxLength(r.get("lagrum"), LAGRUM_MAX, "Lagrum")));
      String delegat = errors.cell(r.line(), "delegat", () -> checked(r.get("delegat"),
          v -> v.notBlank(r.get("delegat"), DelegatService.FIELD).maxLength(r.get("delegat"), 300, DelegatService.FIELD)));
      if (nummer != null) {
        Integer earlier = seen.putIfAbsent(nummer.toLowerCase(Locale.ROOT), r.line());
        if (earlier != null) {
          errors.add(r.line(), "punkt", "punkt " + nummer + " står redan på rad " + earlier);
          continue;
        }
      }
      if (nummer != null && arende != null && delegat != null) {
        rader.add(new Rad(r.line(), nummer, arende, lagrum, delegat));
      }
    }
    if (rader.isEmpty() && errors.isEmpty()) {
      errors.add(0, null, "filen har inga punkter");
    }
    errors.throwIfAny();
    return rader;
  }

  private static String checked(String value, java.util.function.Consumer<Validator> rules) {
    Validator v = new Validator();
    rules.accept(v);
    v.throwIfInvalid();
    return value == null ? null : value.strip();
  }

  /**
   * A point of the current delegationsordning that decisions refer to must stay; numbers decisions were given
   * before the board kept a delegationsordning (or that it never had) are not held against a new file.
   */
  private static void requireUsedKept(String file, List<Rad> rader, List<Delegationspunkt> before,
      Map<String, Integer> anvandning) {
    var numbers = rader.stream().map(r -> r.nummer().toLowerCase(Locale.ROOT)).toList();
    var kept = before.stream().map(p -> p.nummer().toLowerCase(Locale.ROOT)).toList();
    ImportErrors errors = new ImportErrors(file);
    anvandning.entrySet().stream().filter(e -> kept.contains(e.getKey().toLowerCase(Locale.ROOT)))
        .filter(e -> !numbers.contains(e.getKey().toLowerCase(Locale.ROOT)))
        .sorted(Map.Entry.comparingByKey()).forEach(e -> errors.add(0, "punkt", "punkt " + e.getKey()
            + " saknas i filen men " + e.getValue() + " delegationsbeslut hänvisar till den; ta med den i filen"));
    errors.throwIfAny();
  }
}
