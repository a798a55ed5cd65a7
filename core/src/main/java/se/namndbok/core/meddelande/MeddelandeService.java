package se.namndbok.core.meddelande;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.meddelande.persistence.MeddelandeRepository;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/** Meddelanden reported to the board, each assigned to the meeting it is reported to. */
public final class MeddelandeService {
  public static final String AVSANDARE = "Avsändare";
  public static final String DATUM = "Datum";
  public static final String PARAGRAF = "Paragraf";
  public static final String AMNE = "Ämne";
  private static final Pattern PARAGRAF_FORMAT = Pattern.compile("(?:§\\s*)?(\\d{1,5}[a-z]?)");

  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final Diariekoppling diarium;
  private final MeddelandeRepository repository = new MeddelandeRepository();

  public MeddelandeService(Transactions transactions, AuditLog audit, SammantradeService sammantraden,
      Diariekoppling diarium, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.sammantraden = sammantraden;
    this.diarium = diarium;
    this.clock = clock;
  }

  /** Registers a meddelande in an ärende already in the diarium and assigns it to the next meeting. */
  public Meddelande register(NyttMeddelande ny) {
    return register(ny, false);
  }

  /** {@code registreraOkantArende} (imports, or the user confirmed) registers an unknown diarienummer too. */
  public Meddelande register(NyttMeddelande ny, boolean registreraOkantArende) {
    return transactions.inTransaction(tx -> {
      String paragraf = validate(ny);
      Long sammantradeId = sammantraden.nastaForAnmalan(ny.datum()).map(Sammantrade::id).orElse(null);
      return insert(tx, ny, paragraf, registreraOkantArende, sammantradeId);
    });
  }

  /** Registers a meddelande for the given meeting, e.g. the demo's. */
  public Meddelande registerTill(NyttMeddelande ny, long sammantradeId) {
    return transactions.inTransaction(tx -> {
      String paragraf = validate(ny);
      sammantraden.require(sammantradeId);
      return insert(tx, ny, paragraf, false, sammantradeId);
    });
  }

  /** Changes a meddelande as the user corrected it; it stays with the meeting it is reported to. */
  public Meddelande update(long id, NyttMeddelande changed) {
    return transactions.inTransaction(tx -> {
      Meddelande before = find(tx, id);
      Meddelande m = build(tx, changed, validate(changed), false, before.sammantradeId());
      repository.update(tx, new Meddelande(id, m.avsandare(), m.datum(), m.paragraf(), m.amne(), m.arendeId(),
          m.diarienummer(), m.handlingId(), m.handlingsId(), m.sekretess(), before.sammantradeId()));
      Meddelande after = find(tx, id);
      audit.changed("meddelande", id, before, after);
      return after;
    });
  }

  public Meddelande flytta(long id, Long sammantradeId) {
    return transactions.inTransaction(tx -> {
      Meddelande before = find(tx, id);
      if (sammantradeId != null) {
        sammantraden.require(sammantradeId);
      }
      repository.setSammantrade(tx, id, sammantradeId);
      Meddelande after = find(tx, id);
      audit.changed("meddelande", id, before, after);
      return after;
    });
  }

  /** Deletes and returns the meddelande so the window can offer "Ångra" ({@link #aterstall}). */
  public Meddelande delete(long id) {
    return transactions.inTransaction(tx -> {
      Meddelande before = find(tx, id);
      repository.delete(tx, id);
      audit.deleted("meddelande", id, before);
      return before;
    });
  }

  public Meddelande aterstall(Meddelande deleted) {
    return transactions.inTransaction(tx -> {
      NyttMeddelande ny = deleted.somNytt();
      return insert(tx, ny, validate(ny), false, deleted.sammantradeId());
    });
  }

  public List<Meddelande> list(MeddelandeFilter filter) {
    return transactions.read(tx -> repository.find(tx, filter));
  }

  /** Every sender used so far, sorted the Swedish way: the completion list of the Avsändare field. */
  public List<String> tidigareAvsandare() {
    return transactions.read(tx -> repository.avsandare(tx).stream().sorted(Texts.swedishOrder()).toList());
  }

  public Optional<Meddelande> find(long id) {
    return transactions.read(tx -> repository.findById(tx, id));
  }

  private Meddelande find(Tx tx, long id) {
    return repository.findById(tx, id).orElseThrow(() -> ValidationException.of("Meddelande", "meddelandet finns inte längre"));
  }

  private Meddelande insert(Tx tx, NyttMeddelande ny, String paragraf, boolean registreraOkantArende,
      Long sammantradeId) {
    long id = repository.insert(tx, build(tx, ny, paragraf, registreraOkantArende, sammantradeId));
    Meddelande saved = find(tx, id);
    audit.created("meddelande", id, saved);
    return saved;
  }

  /** The row to store, with its ärende and handling found or registered (id 0). */
  private Meddelande build(Tx tx, NyttMeddelande ny, String paragraf, boolean registreraOkantArende,
      Long sammantradeId) {
    Diarienummer d = Diariekoppling.parseDiarienummer(ny.diarienummer());
    HandlingsId hid = blank(ny.handlingsid()) ? null : HandlingsId.parse(ny.handlingsid());
    String amne = ny.amne().strip();
    NyttArende nyttArende = registreraOkantArende ? Diariekoppling.importerat(d, amne, ny.sekretess(), ny.datum()) : null;
    NyHandling nyHandling = new NyHandling(hid, ny.datum(), Riktning.INKOMMANDE, ny.avsandare().strip(),
        amne.length() > ArendeService.RUBRIK_MAX ? amne.substring(0, ArendeService.RUBRIK_MAX) : amne, ny.sekretess());
    Diariekoppling.Koppling k = diarium.koppla(d, nyttArende, hid, nyHandling);
    return new Meddelande(0, ny.avsandare().strip(), ny.datum(), paragraf, amne, k.arende().id(), d,
        k.handling() == null ? null : k.handling().id(), hid, ny.sekretess(), sammantradeId);
  }

  /** Checks every field at once; returns the paragraf as stored (the number without §), or null. */
  private String validate(NyttMeddelande ny) {
    Validator v = new Validator().notBlank(ny.avsandare(), AVSANDARE).maxLength(ny.avsandare(), 300, AVSANDARE)
        .notNull(ny.datum(), DATUM).notAfter(ny.datum(), clock.today(), DATUM, "dagens datum")
        .notBlank(ny.amne(), AMNE).maxLength(ny.amne(), 2000, AMNE).notBlank(ny.diarienummer(), Diarienummer.FIELD);
    if (!blank(ny.diarienummer())) {
      collect(v, () -> Diariekoppling.parseDiarienummer(ny.diarienummer()));
    }
    if (!blank(ny.handlingsid())) {
      collect(v, () -> HandlingsId.parse(ny.handlingsid()));
    }
    Matcher m = blank(ny.paragraf()) ? null : PARAGRAF_FORMAT.matcher(ny.paragraf().strip());
    v.require(m == null || m.matches(), PARAGRAF, "\"" + (m == null ? "" : ny.paragraf().strip())
        + "\" är ingen paragraf; skriv numret, t.ex. 159 eller § 159").throwIfInvalid();
    return m == null ? null : m.group(1);
  }

  private static <T> T collect(Validator v, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException e) {
      v.add(e);
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
