package se.namndbok.core.kallelse;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
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
import se.namndbok.core.sammantrade.Motesunderlag;
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
  private final UnderlagService underlag;
  private final ArendeService arenden;
  private final AnmalanService<NyttMeddelande, Meddelande> meddelanden;
  private final AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut;
  private final DelegatService delegater;
  private final DelegationsordningService delegationsordning;
  private final KvartalsrapportService statistik;

  /** The services a kallelse reads from, as the composition root hands them. */
  public record Kallor(NamndService namnd, LedamotService ledamoter, SammantradeService sammantraden,
      UnderlagService underlag, ArendeService arenden,
      AnmalanService<NyttMeddelande, Meddelande> meddelanden,
      AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut, DelegatService delegater,
      DelegationsordningService delegationsordning, KvartalsrapportService statistik) {}

  public KallelseService(Transactions transactions, FileStore files, Kallor k) {
    this.transactions = transactions;
    this.files = files;
    this.namnd = k.namnd();
    this.ledamoter = k.ledamoter();
    this.sammantraden = k.sammantraden();
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
    Motesunderlag mote = underlag.forSammantrade(s.id());
    Map<Long, Handling> handlingar = arenden.handlingarMedId(mote.handlingIds());
    Sekretessprovning sekretess = arenden.sekretessprovning(arendeIds(mote, handlingar.values(), m, d));
    List<KallelsePunkt> punkter = new KallelsePunkter(mote, handlingar, sekretess, m, d, this::statistik).all();
    return new KallelseUnderlag(namnd.require(), s, s.utskottId() == null ? null : namnd.utskott(s.utskottId()).orElse(null),
        ledamoter.platser(s.utskottId(), s.datum()), punkter, m, d, sekretess, namnd.kontakt(),
        sammantraden.kallelseuppgifter(s.id()));
  }

  /** Every ärende the kallelse refers to: the items', their documents', the reported rows'. */
  private static Set<Long> arendeIds(Motesunderlag mote, Collection<Handling> handlingar, List<Meddelande> m,
      List<DelegatGrupp> d) {
    Set<Long> ids = new HashSet<>();
    mote.punkter().stream().map(p -> p.innehall().arendeId()).filter(id -> id != null).forEach(ids::add);
    handlingar.forEach(h -> ids.add(h.arendeId()));
    m.forEach(x -> ids.add(x.arendeId()));
    d.forEach(g -> g.beslut().forEach(x -> ids.add(x.arendeId())));
    return ids;
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

  private Kvartalsrapport statistik(StatistikVal val) {
    return statistik.gallande(Lag.of(val.lag()), Kvartal.parse(val.kvartal()));
  }
}
