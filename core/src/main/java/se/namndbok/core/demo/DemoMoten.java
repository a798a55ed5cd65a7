package se.namndbok.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.Kallelseuppgifter;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.sammantrade.StatistikVal;
import se.namndbok.core.sammantrade.UnderlagService;

/** The demo's meetings with their items, and the meddelanden and delegationsbeslut reported to them. */
final class DemoMoten {
  /** The meeting of the reference kallelse. */
  static final LocalDate REFERENSMOTE = LocalDate.of(2025, 10, 23);

  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final UnderlagService underlag;
  private final ArendeService arenden;
  private final AnmalanService<NyttMeddelande, Meddelande> meddelanden;
  private final AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut;
  private final DemoSekretess sekretess;

  DemoMoten(DemoBoard.Tjanster t, DemoSekretess sekretess) {
    this.sekretess = sekretess;
    this.sammantraden = t.sammantraden();
    this.lista = t.lista();
    this.underlag = t.underlag();
    this.arenden = t.arenden();
    this.meddelanden = t.meddelanden();
    this.delegationsbeslut = t.delegationsbeslut();
  }

  DemoResultat load(Namnd n, DemoData d, Map<String, Long> utskott, Map<String, Long> ledamoter) {
    Map<LocalDate, Sammantrade> namndensMoten = new HashMap<>();
    List<DemoBilaga> bilagor = new ArrayList<>();
    for (DemoData.SammantradeJson s : d.sammantraden()) {
      Long utskottId = s.utskott() == null ? null : DemoBoard.require(utskott, s.utskott());
      Sammantrade saved = sammantraden.create(new NyttSammantrade(utskottId, s.datum(), s.tid(), s.plats()),
          SammantradeStatus.valueOf(s.status()));
      saved = loadKallelseuppgifter(saved, s, ledamoter);
      if (utskottId == null) {
        namndensMoten.put(s.datum(), saved);
      }
      for (DemoData.PunktJson p : s.punkter()) {
        bilagor.addAll(loadPunkt(saved, p));
      }
    }
    for (DemoData.MeddelandeJson m : d.meddelanden()) {
      meddelanden.registerTill(new NyttMeddelande(m.avsandare(), m.datum(), m.paragraf(), m.amne(),
          m.diarienummer(), m.handlingsid(), sekretess.of(m)), DemoBoard.require(namndensMoten, m.sammantrade()).id());
    }
    for (DemoData.DelegationsbeslutJson b : d.delegationsbeslut()) {
      delegationsbeslut.registerTill(new NyttDelegationsbeslut(b.diarienummer(), b.handlingsid(), b.delegat(),
          b.delegationspunkt(), b.beslutsdatum(), b.rubrik(), sekretess.of(b)).medBeslutsfattare(b.beslutsfattare()),
          DemoBoard.require(namndensMoten, b.sammantrade()).id());
    }
    return new DemoResultat(n, DemoBoard.require(namndensMoten, REFERENSMOTE), List.copyOf(bilagor));
  }

  /** The sending date, proposed justerare and justering the kallelse's first page prints. */
  private Sammantrade loadKallelseuppgifter(Sammantrade saved, DemoData.SammantradeJson s, Map<String, Long> ledamoter) {
    if (s.kallelsedatum() == null && s.justerare() == null && s.justeringsdag() == null) {
      return saved;
    }
    List<String> justerare = s.justerare() == null ? List.of() : s.justerare();
    sammantraden.sparaKallelseuppgifter(saved.id(), saved.version(), new Kallelseuppgifter(s.kallelsedatum(),
        justerare.isEmpty() ? null : DemoBoard.require(ledamoter, justerare.get(0)),
        justerare.size() < 2 ? null : DemoBoard.require(ledamoter, justerare.get(1)), s.justeringsdag(),
        s.justeringsplats()));
    return sammantraden.require(saved.id());
  }

  private List<DemoBilaga> loadPunkt(Sammantrade s, DemoData.PunktJson p) {
    Long arendeId = p.arende() == null ? null
        : arenden.find(Diarienummer.parse(p.arende())).orElseThrow(() -> new IllegalStateException(p.arende())).id();
    PunktTexter texter = new PunktTexter(p.forslag(), p.sammanfattning(), p.beskrivning(), p.dialog(), p.skickasTill(),
        p.ovrigaBeslut());
    StatistikVal statistik = p.statistik() == null ? null : new StatistikVal(p.statistik().lag(), p.statistik().kvartal());
    Arendepunkt punkt = lista.add(s.id(), new ArendepunktInnehall(ArendepunktTyp.valueOf(p.typ()), arendeId,
        p.rubrik(), p.forslagAv() == null ? null : ForslagAv.valueOf(p.forslagAv()), texter, false, statistik)
        .withSekretess(sekretess.of(p)));
    for (DemoData.UnderlagJson u : p.beslutsunderlag() == null ? List.<DemoData.UnderlagJson>of() : p.beslutsunderlag()) {
      if (u.hid() != null) {
        underlag.addHandling(punkt.id(), handling(u.hid()).id());
      } else {
        underlag.addText(punkt.id(), u.text());
      }
    }
    List<DemoBilaga> bilagor = new ArrayList<>();
    for (DemoData.BilagaJson b : p.bilagor() == null ? List.<DemoData.BilagaJson>of() : p.bilagor()) {
      Handling h = b.hid() == null ? null : handling(b.hid());
      bilagor.add(new DemoBilaga(punkt.id(), punkt.ordning(), h == null ? null : h.id(),
          h == null ? null : h.handlingsId(), h == null ? b.rubrik() : h.rubrik(), h == null ? b.datum() : h.datum(),
          b.filnamn()));
    }
    return bilagor;
  }

  private Handling handling(String hid) {
    return arenden.findHandling(HandlingsId.parse(hid)).orElseThrow(() -> new IllegalStateException(hid));
  }
}
