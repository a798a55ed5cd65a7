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
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;
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
  private final SekretessgrundService sekretessgrunder;
  private final MeddelandeRepository repository = new MeddelandeRepository();

  public MeddelandeService(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.audit = new AuditLog(clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.diarium = new Diariekoppling(new ArendeService(transactions, files, clock));
    this.sekretessgrunder = new SekretessgrundService(transactions, clock);
  }

  /** Registers a meddelande in an ärende already in the diarium and assigns it to the next meeting. */
  public Meddelande register(NyttMeddelande ny) {
    return transactions.inTransaction(tx -> register(tx, ny, false));
  }

  /** Within the caller's transaction; {@code registreraOkantArende} (imports) registers an unknown diarienummer. */
  public Meddelande register(Tx tx, NyttMeddelande ny, boolean registreraOkantArende) {
    String paragraf = validate(ny);
    Long sammantradeId = sammantraden.nastaForAnmalan(tx, ny.datum()).map(Sammantrade::id).orElse(null);
    return insert(tx, ny, paragraf, registreraOkantArende, sammantradeId);
  }

  /** Registers a meddelande for the given meeting, e.g. the demo's. */
  public Meddelande registerTill(Tx tx, NyttMeddelande ny, long sammantradeId) {
    String paragraf = validate(ny);
    sammantraden.find(tx, sammantradeId);
    return insert(tx, ny, paragraf, false, sammantradeId);
  }

  /** Changes a meddelande as the user corrected it; it stays with the meeting it is reported to. */
  public Meddelande update(long id, NyttMeddelande changed) {
    return transactions.inTransaction(tx -> {
      Meddelande before = find(tx, id);
      Meddelande m = build(tx, changed, validate(changed), false, before.sammantradeId());
      repository.update(tx, new Meddelande(id, m.avsandare(), m.datum(), m.paragraf(), m.amne(), m.arendeId(),
          m.diarienummer(), m.handlingId(), m.handlingsId(), m.sekretess(), before.sammantradeId(),
          m.sekretessgrundId(), m.friklassad()));
      Meddelande after = find(tx, id);
      audit.changed(tx, "meddelande", id, before, after);
      return after;
    });
  }

  public Meddelande flytta(long id, Long sammantradeId) {
    return transactions.inTransaction(tx -> {
      Meddelande before = find(tx, id);
      if (sammantradeId != null) {
        sammantraden.find(tx, sammantradeId);
      }
      repository.setSammantrade(tx, id, sammantradeId);
      Meddelande after = find(tx, id);
      audit.changed(tx, "meddelande", id, before, after);
      return after;
    });
  }

  /** Deletes and returns the meddelande so the window can offer "Ångra" ({@link #aterstall}). */
  public Meddelande delete(long id) {
    return transactions.inTransaction(tx -> {
      Meddelande before = find(tx, id);
      repository.delete(tx, id);
      audit.deleted(tx, "meddelande", id, before);
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

  public List<Meddelande> list(Tx tx, MeddelandeFilter filter) {
    return repository.find(tx, filter);
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
    audit.created(tx, "meddelande", id, saved);
    return saved;
  }

  /** The row to store, with its ärende and handling found or registered (id 0). */
  private Meddelande build(Tx tx, NyttMeddelande ny, String paragraf, boolean registreraOkantArende,
      Long sammantradeId) {
    Diarienummer d = Diariekoppling.parseDiarienummer(ny.diarienummer());
    HandlingsId hid = blank(ny.handlingsid()) ? null : HandlingsId.parse(ny.handlingsid());
    String amne = ny.amne().strip();
    Sekretess sekretess = ny.sekretessval();
    sekretessgrunder.requireKnown(tx, sekretess.grundId(), SekretessgrundService.FIELD);
    NyttArende nyttArende = registreraOkantArende
        ? Diariekoppling.importerat(d, amne, sekretess.markerad(), sekretess.grundId(), ny.datum()) : null;
    NyHandling nyHandling = new NyHandling(hid, ny.datum(), Riktning.INKOMMANDE, ny.avsandare().strip(),
        amne.length() > ArendeService.RUBRIK_MAX ? amne.substring(0, ArendeService.RUBRIK_MAX) : amne, sekretess);
    Diariekoppling.Koppling k = diarium.koppla(tx, d, nyttArende, hid, nyHandling);
    return new Meddelande(0, ny.avsandare().strip(), ny.datum(), paragraf, amne, k.arende().id(), d,
        k.handling() == null ? null : k.handling().id(), hid, sekretess.markerad(), sammantradeId, sekretess.grundId(),
        sekretess.friklassad());
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
