package se.namndbok.core.kallelse;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.arende.persistence.HandlingRepository;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutService;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeFilter;
import se.namndbok.core.meddelande.MeddelandeService;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.StatistikVal;
import se.namndbok.core.sammantrade.UnderlagService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;

/** Reads everything a kallelse needs for one meeting in one consistent read. */
public final class KallelseService {
  private final Transactions transactions;
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final UnderlagService underlag;
  private final MeddelandeService meddelanden;
  private final DelegationsbeslutService delegationsbeslut;
  private final KvartalsrapportService statistik;
  private final ArendeService arendeService;
  private final ArendeRepository arenden = new ArendeRepository();
  private final HandlingRepository handlingar = new HandlingRepository();

  public KallelseService(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.namnd = new NamndService(transactions, clock);
    this.ledamoter = new LedamotService(transactions, clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.lista = new ArendelistaService(transactions, clock);
    this.underlag = new UnderlagService(transactions, files, clock);
    this.meddelanden = new MeddelandeService(transactions, files, clock);
    this.delegationsbeslut = new DelegationsbeslutService(transactions, files, clock);
    this.statistik = new KvartalsrapportService(transactions, clock);
    this.arendeService = new ArendeService(transactions, files, clock);
  }

  public KallelseUnderlag underlag(long sammantradeId) {
    return transactions.read(tx -> underlag(tx, sammantraden.find(tx, sammantradeId)));
  }

  /** The board's own meeting on {@code datum}, as {@code export kallelse --sammantrade 2025-10-23} names it. */
  public KallelseUnderlag underlag(LocalDate datum) {
    return transactions.read(tx -> underlag(tx, sammantraden.findNamndensByDatum(tx, datum)
        .orElseThrow(() -> ValidationException.of(SammantradeService.FIELD, "nämnden har inget sammanträde " + datum))));
  }

  private KallelseUnderlag underlag(Tx tx, Sammantrade s) {
    List<Meddelande> m = meddelanden.list(tx, MeddelandeFilter.sammantrade(s.id()));
    List<DelegatGrupp> d = delegationsbeslut.perDelegat(tx, s.id());
    List<KallelsePunkt> punkter = lista.punkter(tx, s.id()).stream().map(p -> punkt(tx, p, m, d)).toList();
    return new KallelseUnderlag(namnd.require(tx), s,
        s.utskottId() == null ? null : namnd.utskott(tx, s.utskottId()).orElse(null),
        ledamoter.platser(tx, s.utskottId(), s.datum()), punkter, m, d,
        arendeService.sekretessprovning(tx, arendeIds(punkter, m, d)), namnd.kontakt(tx),
        sammantraden.kallelseuppgifter(tx, s.id()));
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

  private KallelsePunkt punkt(Tx tx, Arendepunkt p, List<Meddelande> alla, List<DelegatGrupp> grupper) {
    Arende arende = p.innehall().arendeId() == null ? null : arenden.findById(tx, p.innehall().arendeId()).orElseThrow();
    List<UnderlagRad> rader = underlag.beslutsunderlag(tx, p.id()).stream()
        .map(b -> new UnderlagRad(b.handlingId() == null ? null : handling(tx, b.handlingId()), b.text())).toList();
    List<Handling> bilagor = underlag.bilagor(tx, p.id()).stream().map(b -> handling(tx, b.handlingId())).toList();
    List<Meddelande> m = p.typ() == ArendepunktTyp.MEDDELANDEN ? alla : List.of();
    List<DelegatGrupp> d = p.typ() == ArendepunktTyp.DELEGATIONSBESLUT ? grupper : List.of();
    return new KallelsePunkt(p, arende, rader, bilagor, m, d, statistik(tx, p));
  }

  private Kvartalsrapport statistik(Tx tx, Arendepunkt p) {
    StatistikVal val = p.innehall().statistik();
    if (p.typ() != ArendepunktTyp.STATISTIK || val == null) {
      return null;
    }
    return statistik.rapport(tx, Lag.of(val.lag()), Kvartal.parse(val.kvartal()));
  }

  private Handling handling(Tx tx, long id) {
    return handlingar.findById(tx, id).orElseThrow();
  }
}
