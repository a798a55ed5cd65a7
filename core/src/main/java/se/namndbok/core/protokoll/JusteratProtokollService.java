package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.protokoll.persistence.NarvaroRepository;
import se.namndbok.core.protokoll.persistence.ParagrafRepository;
import se.namndbok.core.protokoll.persistence.ProtokollRepository;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * A justerat protokoll: its kept versions (the original and each rättelse, the PDFs exactly as made) and the
 * rättelse, the only way a justerat protokoll changes: who, when, why and what changed are kept, and a new version
 * marked rättad, printing its reason, is made; earlier versions stay as they were (decision record 0081).
 */
public final class JusteratProtokollService {
  public static final String SKAL = "Skäl";

  private final Transactions transactions;
  private final AuditLog audit;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final ProtokollLasning lasning;
  private final ProtokollArkiv arkiv;
  private final ProtokollRegler regler;
  private final RattelseBeskrivning beskrivning;
  private final ProtokollRepository protokoll = new ProtokollRepository();
  private final NarvaroRepository narvaro = new NarvaroRepository();
  private final ParagrafRepository paragrafer = new ParagrafRepository();

  public JusteratProtokollService(Transactions transactions, AuditLog audit, SammantradeService sammantraden,
      ArendelistaService lista, ProtokollLasning lasning, ProtokollArkiv arkiv,
      se.namndbok.core.namnd.LedamotService ledamoter) {
    this.transactions = transactions;
    this.audit = audit;
    this.sammantraden = sammantraden;
    this.lista = lista;
    this.lasning = lasning;
    this.arkiv = arkiv;
    this.regler = new ProtokollRegler(ledamoter);
    this.beskrivning = new RattelseBeskrivning(ledamoter);
  }

  /**
   * Corrects a justerat protokoll: applies the changes (each checked by the same rules as before justering),
   * keeps who, when, why and what changed, and makes the next version. Refused when the protokoll is not
   * justerat, when no reason is given or when nothing would change.
   */
  public ProtokollVersion ratta(long sammantradeId, Rattelse r) {
    return transactions.inTransaction(tx -> {
      Protokoll p = protokoll.findForUpdate(tx, sammantradeId).orElseThrow(() -> ValidationException.of(
          ProtokollService.FIELD, "sammanträdet har inget protokoll"));
      Sammantrade s = sammantraden.require(sammantradeId);
      new Validator().require(p.justerat(), ProtokollService.FIELD, "protokollet från sammanträdet " + s.datum()
              + " är inte justerat; ändra det direkt i stället för med en rättelse")
          .notBlank(r.skal(), SKAL).maxLength(r.skal(), 2000, SKAL).throwIfInvalid();
      List<String> andringar = new ArrayList<>();
      r.beslut().forEach(b -> rattaBeslut(tx, s, b, andringar));
      if (r.narvaro() != null) {
        rattaNarvaro(tx, s, r.narvaro(), andringar);
      }
      if (r.uppgifter() != null) {
        rattaUppgifter(tx, s, p, r.uppgifter(), andringar);
      }
      if (andringar.isEmpty()) {
        throw ValidationException.of("Rättelse", "rättelsen ändrar ingenting i protokollet");
      }
      if (arkiv.versioner(sammantradeId).isEmpty()) {
        arkiv.lagra(sammantradeId, null, List.of());
      }
      ProtokollVersion v = arkiv.lagra(sammantradeId, r.skal().strip(), andringar);
      audit.created("protokoll_rattelse", sammantradeId + "/" + v.version(), v);
      return v;
    });
  }

  /** The kept versions, oldest (the justerat original) first; empty while not justerat. */
  public List<ProtokollVersion> versioner(long sammantradeId) {
    return arkiv.versioner(sammantradeId);
  }

  /** The kept PDF of a version, the members' or the public copy, exactly as made. */
  public byte[] pdf(long sammantradeId, int version, boolean offentlig) {
    return arkiv.pdf(sammantradeId, version, offentlig);
  }

  /**
   * What {@code export protokoll --sammantrade DATUM} writes, in one transaction: the newest kept version of a
   * justerat protokoll (kept now if it was justerat before versions were kept), or a draft's underlag.
   */
  public ProtokollDokument dokument(LocalDate datum, boolean offentlig) {
    return transactions.inTransaction(tx -> dokument(sammantraden.requireNamndens(datum), offentlig));
  }

  /** {@link #dokument(LocalDate, boolean)} for any meeting, the board's or an utskott's, as the window names it. */
  public ProtokollDokument dokument(long sammantradeId, boolean offentlig) {
    return transactions.inTransaction(tx -> dokument(sammantraden.require(sammantradeId), offentlig));
  }

  private ProtokollDokument dokument(Sammantrade s, boolean offentlig) {
    ProtokollUnderlag u = lasning.underlag(s.id());
    if (!u.protokoll().justerat()) {
      return new ProtokollDokument(null, 0, u);
    }
    List<ProtokollVersion> versioner = arkiv.versioner(s.id());
    ProtokollVersion senaste = versioner.isEmpty() ? arkiv.lagra(s.id(), null, List.of()) : versioner.getLast();
    return new ProtokollDokument(arkiv.pdf(s.id(), senaste.version(), offentlig), senaste.version(), u);
  }

  private void rattaBeslut(se.namndbok.core.db.Tx tx, Sammantrade s, Rattelse.Beslut b, List<String> andringar) {
    Arendepunkt punkt = lista.require(b.arendepunktId());
    if (punkt.sammantradeId() != s.id()) {
      throw ValidationException.of("Beslut", "punkten hör inte till sammanträdet " + s.datum());
    }
    Paragraf before = paragrafer.find(tx, punkt.id()).orElseThrow(() -> ValidationException.of("Beslut",
        "punkt " + punkt.ordning() + " har ingen paragraf i protokollet"));
    Paragraf after = ProtokollRegler.beslut(punkt.id(), before.nummer(), b.beslut(), b.beslutsgang(),
        before.version() + 1);
    if (!after.equals(before)) {
      paragrafer.save(tx, after);
      audit.changed("paragraf", punkt.id(), before, after);
      andringar.addAll(beskrivning.beslut(before, after));
    }
  }

  private void rattaNarvaro(se.namndbok.core.db.Tx tx, Sammantrade s, List<Narvaro> ny, List<String> andringar) {
    regler.narvaro(s, ny);
    List<Narvaro> before = narvaro.find(tx, s.id());
    List<String> skillnader = beskrivning.narvaro(s, before, ny);
    if (!skillnader.isEmpty()) {
      narvaro.replace(tx, s.id(), ny);
      audit.changed("narvaro", s.id(), before, ny);
      andringar.addAll(skillnader);
    }
  }

  private void rattaUppgifter(se.namndbok.core.db.Tx tx, Sammantrade s, Protokoll before, ProtokollUppgifter u,
      List<String> andringar) {
    Protokoll after = before.with(regler.uppgifter(tx, s, u));
    List<String> skillnader = beskrivning.uppgifter(s, before, after);
    if (!skillnader.isEmpty()) {
      protokoll.update(tx, after);
      audit.changed("protokoll", s.id(), before, after);
      andringar.addAll(skillnader);
    }
  }
}
