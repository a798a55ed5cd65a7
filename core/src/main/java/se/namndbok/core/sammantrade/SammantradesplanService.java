package se.namndbok.core.sammantrade;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.persistence.MotesstandardRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.Granser;
import se.namndbok.core.shared.ImportErrors;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The board's meeting plan: the year's meeting dates, typed one by one or read from a CSV file (columns
 * {@code datum}, optional {@code tid} and {@code plats}). A file replaces the plan of the years it names, all or
 * nothing. "Nästa sammanträde" is the first planned date after today that has no meeting of the board yet.
 */
public final class SammantradesplanService {
  public static final String DATUM = "Datum";
  public static final List<String> COLUMNS = List.of("datum");
  public static final List<String> OPTIONAL = List.of("tid", "plats");

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final NamndService namnd;
  private final SammantradeService sammantraden;
  private final MotesstandardRepository repository = new MotesstandardRepository();

  public SammantradesplanService(Transactions transactions, AuditLog audit, NamndService namnd,
      SammantradeService sammantraden, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.audit = audit;
    this.namnd = namnd;
    this.sammantraden = sammantraden;
  }

  public List<Planrad> plan() {
    return transactions.read(tx -> namnd.current().map(n -> repository.plan(tx, n.id())).orElse(List.of()));
  }

  public Planrad add(Planrad p) {
    validate(new Validator(), p).throwIfInvalid();
    return transactions.inTransaction(tx -> {
      Namnd n = namnd.require();
      if (repository.plan(tx, n.id()).stream().anyMatch(r -> r.datum().equals(p.datum()))) {
        throw ValidationException.of(DATUM, p.datum() + " finns redan i sammanträdesplanen");
      }
      Planrad clean = clean(p);
      repository.insert(tx, n.id(), clean);
      audit.created("sammantradesplan", clean.datum(), clean);
      return clean;
    });
  }

  public void remove(LocalDate datum) {
    transactions.run(tx -> {
      Namnd n = namnd.require();
      Planrad before = repository.plan(tx, n.id()).stream().filter(r -> r.datum().equals(datum)).findFirst()
          .orElseThrow(() -> ValidationException.of(DATUM, datum + " finns inte i sammanträdesplanen"));
      repository.delete(tx, n.id(), datum);
      audit.deleted("sammantradesplan", datum, before);
    });
  }

  /** Reads a plan file; its years' plans are replaced by its dates. A file with any bad line changes nothing. */
  public List<Planrad> importera(Path file) {
    CsvImportFile csv = CsvImportFile.open(file, new CsvImportFile.Kolumner(COLUMNS, OPTIONAL, Map.of(),
        Granser.RADER_MAX_REGISTRERING));
    List<Planrad> rows = rows(csv);
    Set<Integer> years = new TreeSet<>(rows.stream().map(r -> r.datum().getYear()).toList());
    return transactions.inTransaction(tx -> {
      Namnd n = namnd.require();
      List<Planrad> before = repository.plan(tx, n.id()).stream().filter(r -> years.contains(r.datum().getYear()))
          .toList();
      repository.deleteYears(tx, n.id(), years);
      rows.forEach(r -> repository.insert(tx, n.id(), r));
      audit.changed("sammantradesplan", years.toString(), before, rows);
      return rows;
    });
  }

  private static List<Planrad> rows(CsvImportFile csv) {
    ImportErrors errors = new ImportErrors(csv.name());
    List<Planrad> rows = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (CsvImportFile.Row r : csv.rows()) {
      LocalDate d = errors.cell(r.line(), "datum", () -> required(Texts.parseDate(r.get("datum"), DATUM)));
      LocalTime t = errors.cell(r.line(), "tid", () -> tid(r.get("tid")));
      String plats = errors.cell(r.line(), "plats", () -> plats(r.get("plats")));
      if (d != null && !seen.add(d)) {
        errors.add(r.line(), "datum", d + " står redan på en tidigare rad");
      } else if (d != null) {
        rows.add(new Planrad(d, t, plats));
      }
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(0, null, "filen har inga datum");
    }
    errors.throwIfAny();
    rows.sort(java.util.Comparator.comparing(Planrad::datum));
    return rows;
  }

  /** The first planned date after today without a meeting of the board. */
  public Optional<Planrad> nasta() {
    LocalDate today = clock.today();
    return transactions.read(tx -> namnd.current().flatMap(n -> repository.plan(tx, n.id()).stream()
        .filter(r -> r.datum().isAfter(today))
        .filter(r -> sammantraden.findNamndensByDatum(r.datum()).isEmpty()).findFirst()));
  }

  private static LocalDate required(LocalDate d) {
    if (d == null) {
      throw ValidationException.of(DATUM, "måste fyllas i");
    }
    return d;
  }

  /** {@code 13:00} or {@code 8.15}; blank is the board's usual time. */
  public static LocalTime tid(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip().replace('.', ':').replaceFirst("^(\\d):", "0$1:"));
    } catch (DateTimeParseException e) {
      throw ValidationException.of("Tid", se.namndbok.core.shared.Personnummer.citat(text.strip()) + " är ingen tid; skriv timmar och minuter, t.ex. 13:00");
    }
  }

  private static String plats(String text) {
    new Validator().maxLength(text, 300, "Plats").throwIfInvalid();
    return Texts.blankToNull(text);
  }

  private static Validator validate(Validator v, Planrad p) {
    return v.notNull(p.datum(), DATUM).maxLength(p.plats(), 300, "Plats");
  }

  private static Planrad clean(Planrad p) {
    return new Planrad(p.datum(), p.tid(), Texts.blankToNull(p.plats()));
  }
}
