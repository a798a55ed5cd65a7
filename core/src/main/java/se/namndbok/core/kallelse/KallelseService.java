package se.namndbok.core.kallelse;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Set;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsordningService;
import se.namndbok.core.delegationsbeslut.Delegationspunkt;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.StatistikVal;
import se.namndbok.core.sammantrade.UnderlagService;

/** Reads everything a meeting's documents need, each document in one consistent read. */
public final class KallelseService {
  private final Transactions transactions;
  private final FileStore files;
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final UnderlagService underlag;
  private final ArendeService arenden;
  private final AnmalanService<NyttMeddelande, Meddelande> meddelanden;
  private final AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut;
  private final DelegatService delegater;
  private final DelegationsordningService delegationsordning;
  private final KvartalsrapportService statistik;

  /** The services a kallelse reads from, as the composition root hands them. */
  public record Kallor(NamndService namnd, LedamotService ledamoter, SammantradeService sammantraden,
      ArendelistaService lista, UnderlagService underlag, ArendeService arenden,
      AnmalanService<NyttMeddelande, Meddelande> meddelanden,
      AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut, DelegatService delegater,
      DelegationsordningService delegationsordning, KvartalsrapportService statistik) {}

  public KallelseService(Transactions transactions, FileStore files, Kallor k) {
    this.transactions = transactions;
    this.files = files;
    this.namnd = k.namnd();
    this.ledamoter = k.ledamoter();
    this.sammantraden = k.sammantraden();
    this.lista = k.lista();
    this.underlag = k.underlag();
    this.arenden = k.arenden();
    this.meddelanden = k.meddelanden();
    this.delegationsbeslut = k.delegationsbeslut();
    this.delegater = k.delegater();
    this.delegationsordning = k.delegationsordning();
    this.statistik = k.statistik();
  }

  public KallelseUnderlag underlag(long sammantradeId) {
    return transactions.read(tx -> underlag(sammantraden.require(sammantradeId)));
  }

  /** The board's own meeting on {@code datum}, as {@code export kallelse --sammantrade 2025-10-23} names it. */
  public KallelseUnderlag underlag(LocalDate datum) {
    return transactions.read(tx -> underlag(sammantraden.requireNamndens(datum)));
  }

  /** A stored file of a bilaga, checked against its sha256. */
  public byte[] fil(Handling.StoredFile fil) {
    return files.get(fil.sha256());
  }

  private KallelseUnderlag underlag(Sammantrade s) {
    List<Meddelande> m = meddelanden.list(AnmalanFilter.sammantrade(s.id()));
    List<DelegatGrupp> d = perDelegat(s.id());
    List<KallelsePunkt> punkter = lista.punkter(s.id()).stream().map(p -> punkt(p, m, d)).toList();
    return new KallelseUnderlag(namnd.require(), s, s.utskottId() == null ? null : namnd.utskott(s.utskottId()).orElse(null),
        ledamoter.platser(s.utskottId(), s.datum()), punkter, m, d, arenden.sekretessprovning(arendeIds(punkter, m, d)),
        namnd.kontakt(), sammantraden.kallelseuppgifter(s.id()));
  }

  /** Every ärende the kallelse refers to: the items', their documents', the reported rows'. */
  private static Set<Long> arendeIds(List<KallelsePunkt> punkter, List<Meddelande> m, List<DelegatGrupp> d) {
    Set<Long> ids = new HashSet<>();
    for (KallelsePunkt p : punkter) {
      if (p.punkt().innehall().arendeId() != null) {
        ids.add(p.punkt().innehall().arendeId());
      }
      p.beslutsunderlag().stream().filter(r -> r.handling() != null).forEach(r -> ids.add(r.handling().arendeId()));
      p.bilagor().forEach(h -> ids.add(h.arendeId()));
    }
    m.forEach(x -> ids.add(x.arendeId()));
    d.forEach(g -> g.beslut().forEach(x -> ids.add(x.arendeId())));
    return ids;
  }

  private KallelsePunkt punkt(Arendepunkt p, List<Meddelande> alla, List<DelegatGrupp> grupper) {
    Arende arende = p.innehall().arendeId() == null ? null : arenden.findById(p.innehall().arendeId()).orElseThrow();
    List<UnderlagRad> rader = underlag.beslutsunderlag(p.id()).stream()
        .map(b -> new UnderlagRad(b.handlingId() == null ? null : handling(b.handlingId()), b.text())).toList();
    List<Handling> bilagor = underlag.bilagor(p.id()).stream().map(b -> handling(b.handlingId())).toList();
    List<Meddelande> m = p.typ() == ArendepunktTyp.MEDDELANDEN ? alla : List.of();
    List<DelegatGrupp> d = p.typ() == ArendepunktTyp.DELEGATIONSBESLUT ? grupper : List.of();
    return new KallelsePunkt(p, arende, rader, bilagor, m, d, statistik(p));
  }

  /**
   * A meeting's decisions grouped by delegat in the delegates' order, each group with the points of the
   * delegationsordning its decisions refer to; delegates without decisions left out.
   */
  private List<DelegatGrupp> perDelegat(long sammantradeId) {
    List<Delegationsbeslut> beslut = delegationsbeslut.list(AnmalanFilter.sammantrade(sammantradeId));
    List<Delegationspunkt> ordning = delegationsordning.all();
    return delegater.all().stream().map(d -> {
      List<Delegationsbeslut> egna = beslut.stream().filter(b -> b.delegatId() == d.id()).toList();
      return new DelegatGrupp(d, egna, ordning.stream().filter(p -> egna.stream()
          .anyMatch(b -> p.nummer().equalsIgnoreCase(String.valueOf(b.delegationspunkt())))).toList());
    }).filter(g -> !g.beslut().isEmpty()).toList();
  }

  private Kvartalsrapport statistik(Arendepunkt p) {
    StatistikVal val = p.innehall().statistik();
    if (p.typ() != ArendepunktTyp.STATISTIK || val == null) {
      return null;
    }
    return statistik.rapport(Lag.of(val.lag()), Kvartal.parse(val.kvartal()));
  }

  private Handling handling(long id) {
    return arenden.findHandling(id).orElseThrow();
  }
}
