package se.namndbok.core.sammantradesfil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsordningService;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.LogoService;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.sammantrade.ArendelistaService;
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
import se.namndbok.core.sekretess.NySekretessgrund;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.ValidationException;

/**
 * {@code import sammantrade}: a {@link Sammantradesfil} into this store, all or nothing in one transaction
 * (decision 0118). The file is checked first ({@link SammantradesfilKontroll}: every fault with its JSON path);
 * then the nämnd (into an empty store), the sekretessgrunder, the utskott, ledamöter and seats, ärenden and
 * handlingar with their files, the meeting, its punkter and anmälningar are written through the services, and
 * a refusal of any of them names the JSON path of what it refused. A meeting that exists already is filled
 * only while it is planned and empty; a sent or justerat one is refused.
 */
public final class SammantradesfilImport {
  /** What a file brought. */
  public record Importerat(Sammantrade sammantrade, int punkter, int arenden, int anmalningar) {}

  /** The services the import writes through. */
  public record Tjanster(NamndService namnd, LogoService logo, LedamotService ledamoter,
      SekretessgrundService sekretessgrunder, ArendeService arenden, SammantradeService sammantraden,
      ArendelistaService lista, UnderlagService underlag, DelegationsordningService delegationsordning,
      AnmalanService<NyttMeddelande, Meddelande> meddelanden,
      AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut) {}

  private final Transactions transactions;
  private final Tjanster t;

  public SammantradesfilImport(Transactions transactions, Tjanster t) {
    this.transactions = transactions;
    this.t = t;
  }

  public Importerat importera(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ValidationException.of(file.getFileName().toString(), "filen kunde inte läsas: " + e.getMessage());
    }
    return importera(file.getFileName().toString(), bytes);
  }

  public Importerat importera(String namn, byte[] bytes) {
    Sammantradesfil fil = SammantradesfilJson.read(namn, bytes);
    return transactions.whole(() -> transactions.inTransaction(tx -> {
      SammantradesfilKontroll.kontrollera(fil, t.sekretessgrunder().all());
      return new Skrivning(fil).skriv();
    }));
  }

  /** One import's writing, keeping the ids it has made. */
  private final class Skrivning {
    private final Sammantradesfil fil;
    private final Map<String, Long> grunder = new HashMap<>();
    private final Map<String, Long> ledamoter = new HashMap<>();
    private final Map<String, Arende> arenden = new HashMap<>();
    private final Map<String, Handling> handlingar = new HashMap<>();

    Skrivning(Sammantradesfil fil) {
      this.fil = fil;
    }

    Importerat skriv() {
      vid("namnd", this::namnd);
      vid("sekretessgrunder", this::grunder);
      Long utskottId = vid("organ", this::organ);
      for (int i = 0; i < fil.arenden().size(); i++) {
        int a = i;
        vid("arenden[" + a + "]", () -> arende(a));
      }
      Sammantrade s = vid("sammantrade", () -> sammantrade(utskottId));
      for (int i = 0; i < fil.punkter().size(); i++) {
        int p = i;
        vid("punkter[" + p + "]", () -> punkt(s, fil.punkter().get(p)));
      }
      for (int i = 0; i < lista(fil.delegationsordning()).size(); i++) {
        var d = fil.delegationsordning().get(i);
        vid("delegationsordning[" + i + "]", () -> t.delegationsordning().laggTill(d.nummer(), d.arende(),
            d.lagrum(), d.delegat()));
      }
      for (int i = 0; i < lista(fil.meddelanden()).size(); i++) {
        var m = fil.meddelanden().get(i);
        vid("meddelanden[" + i + "]", () -> t.meddelanden().registerTill(new NyttMeddelande(m.avsandare(), m.datum(),
            m.paragraf(), m.amne(), m.diarienummer(), m.handlingsid(), sekretess(m.sekretess())), s.id()));
      }
      for (int i = 0; i < lista(fil.delegationsbeslut()).size(); i++) {
        var d = fil.delegationsbeslut().get(i);
        vid("delegationsbeslut[" + i + "]", () -> t.delegationsbeslut().registerTill(new NyttDelegationsbeslut(
            d.diarienummer(), d.handlingsid(), d.delegat(), d.delegationspunkt(), d.beslutsdatum(), d.rubrik(),
            sekretess(d.sekretess())).medBeslutsfattare(d.beslutsfattare()), s.id()));
      }
      return new Importerat(t.sammantraden().require(s.id()), fil.punkter().size(), fil.arenden().size(),
          lista(fil.meddelanden()).size() + lista(fil.delegationsbeslut()).size());
    }

    private Namnd namnd() {
      var n = fil.namnd();
      var befintlig = t.namnd().current();
      if (befintlig.isPresent()) {
        if (!befintlig.get().namn().equalsIgnoreCase(n.namn().strip())) {
          throw ValidationException.of("namn", "filen gäller " + n.namn() + " men datalagret är "
              + befintlig.get().namn() + "s");
        }
        return befintlig.get();
      }
      Namnd skapad = t.namnd().create(new NyNamnd(n.namn(), n.kommun(), n.forvaltning()));
      if (n.lagrumSol() != null || n.lagrumLss() != null) {
        skapad = t.namnd().update(new Namnd(skapad.id(), skapad.namn(), skapad.kommun(), skapad.forvaltning(),
            n.lagrumSol() == null ? skapad.lagrumSol() : n.lagrumSol(),
            n.lagrumLss() == null ? skapad.lagrumLss() : n.lagrumLss(), skapad.skapad(), skapad.version()));
      }
      var k = n.kontakt();
      if (k != null) {
        t.namnd().sparaKontakt(new Kallelsekontakt(k.sekreterare(), k.titel(), k.telefon(), k.epost(),
            k.forhinderTill(), k.partiordning(), null));
      }
      if (n.logotyp() != null) {
        t.logo().laddaUpp(n.logotyp().namn(), SammantradesfilKontroll.bytes(n.logotyp()));
      }
      return skapad;
    }

    private Void grunder() {
      t.sekretessgrunder().all().forEach(g -> grunder.put(g.kod(), g.id()));
      for (var g : lista(fil.sekretessgrunder())) {
        if (!grunder.containsKey(g.kod())) {
          grunder.put(g.kod(), t.sekretessgrunder().add(new NySekretessgrund(g.kod(), g.benamning(), g.kortform(),
              g.lagrum())).id());
        }
      }
      return null;
    }

    private Long organ() {
      var o = fil.organ();
      Long utskottId = null;
      if ("utskott".equals(o.typ())) {
        utskottId = t.namnd().utskott().stream().filter(u -> u.namn().equalsIgnoreCase(o.namn().strip()))
            .findFirst().orElseGet(() -> t.namnd().addUtskott(o.namn(), UtskottTyp.valueOf(o.utskottstyp()))).id();
      }
      for (int i = 0; i < lista(o.ledamoter()).size(); i++) {
        var l = o.ledamoter().get(i);
        Long organ = utskottId;
        vid("ledamoter[" + i + "]", () -> ledamot(l, organ));
      }
      return utskottId;
    }

    private Void ledamot(Sammantradesfil.Ledamot l, Long utskottId) {
      var ledamot = t.ledamoter().all().stream().filter(x -> x.fornamn().equalsIgnoreCase(l.fornamn())
          && x.efternamn().equalsIgnoreCase(l.efternamn()) && x.parti().equalsIgnoreCase(l.parti())).findFirst()
          .orElseGet(() -> {
            var ny = t.ledamoter().add(l.fornamn(), l.efternamn(), l.parti());
            return l.telefon() == null && l.epost() == null ? ny : t.ledamoter().update(
                new se.namndbok.core.namnd.Ledamot(ny.id(), ny.namndId(), ny.fornamn(), ny.efternamn(), ny.parti(),
                    l.telefon(), l.epost(), ny.version()));
          });
      ledamoter.put(l.namn().toLowerCase(Locale.ROOT), ledamot.id());
      UppdragTyp typ = UppdragTyp.valueOf(l.uppdrag());
      boolean har = t.ledamoter().uppdrag(ledamot.id()).stream().anyMatch(u -> java.util.Objects.equals(u.utskottId(),
          utskottId) && u.typ() == typ && !u.fran().isAfter(fil.sammantrade().datum())
          && !u.till().isBefore(fil.sammantrade().datum()));
      if (!har) {
        t.ledamoter().addUppdrag(ledamot.id(), utskottId, typ, Roll.valueOf(l.roll()), l.ordning(), l.fran(), l.till());
      }
      return null;
    }

    private Void arende(int i) {
      var a = fil.arenden().get(i);
      Diarienummer dn = Diarienummer.parse(a.diarienummer());
      Arende arende = t.arenden().find(dn).orElseGet(() -> {
        var s = sekretess(a.sekretess());
        return t.arenden().register(new NyttArende(dn, a.klassificering(), a.rubrik(), a.handlaggare(),
            s.markerad(), a.registrerad(), s.grundId()));
      });
      arenden.put(a.diarienummer(), arende);
      for (int j = 0; j < lista(a.handlingar()).size(); j++) {
        var h = a.handlingar().get(j);
        vid("handlingar[" + j + "]", () -> handling(arende, h));
      }
      return null;
    }

    private Void handling(Arende arende, Sammantradesfil.Handling h) {
      HandlingsId hid = HandlingsId.parse(h.hid());
      var befintlig = t.arenden().findHandling(hid);
      if (befintlig.isPresent()) {
        if (befintlig.get().arendeId() != arende.id()) {
          throw ValidationException.of("hid", h.hid() + " finns redan i datalagret i ett annat ärende");
        }
        handlingar.put(h.hid(), befintlig.get());
        return null;
      }
      var ny = new NyHandling(hid, h.datum(), Riktning.valueOf(h.riktning()), h.motpart(), h.rubrik(),
          sekretess(h.sekretess()));
      Handling saved = h.fil() == null ? t.arenden().registerHandling(arende.id(), ny)
          : t.arenden().registerHandling(arende.id(), ny, t.arenden().storeFile(h.fil().namn(),
              SammantradesfilKontroll.bytes(h.fil())));
      handlingar.put(h.hid(), saved);
      return null;
    }

    private Sammantrade sammantrade(Long utskottId) {
      var f = fil.sammantrade();
      var befintligt = t.sammantraden().all().stream().filter(s -> s.datum().equals(f.datum())
          && java.util.Objects.equals(s.utskottId(), utskottId)).findFirst();
      Sammantrade s;
      if (befintligt.isPresent()) {
        s = befintligt.get();
        if (s.status() != SammantradeStatus.PLANERAT) {
          throw ValidationException.of("datum", "sammanträdet " + f.datum() + " är " + s.status().text()
              .toLowerCase(Locale.ROOT) + " och låst för en inläsning; en fil kan bara läsas in i ett planerat "
              + "sammanträde");
        }
        int anmalda = t.meddelanden().list(AnmalanFilter.sammantrade(s.id())).size()
            + t.delegationsbeslut().list(AnmalanFilter.sammantrade(s.id())).size();
        if (!t.lista().punkter(s.id()).isEmpty() || anmalda > 0) {
          throw ValidationException.of("datum", "sammanträdet " + f.datum() + " har redan punkter eller anmälningar; "
              + "en fil läses bara in i ett nytt eller tomt sammanträde");
        }
      } else {
        s = t.sammantraden().create(new NyttSammantrade(utskottId, f.datum(), f.tid(), f.plats()));
      }
      List<String> justerare = lista(f.justerare());
      Long j1 = justerare.isEmpty() ? null : ledamoter.get(justerare.get(0).toLowerCase(Locale.ROOT));
      Long j2 = justerare.size() < 2 ? null : ledamoter.get(justerare.get(1).toLowerCase(Locale.ROOT));
      if (f.kallelsedatum() != null || j1 != null || f.justeringsdag() != null || f.justeringsplats() != null) {
        t.sammantraden().sparaKallelseuppgifter(s.id(), s.version(), new Kallelseuppgifter(f.kallelsedatum(), j1, j2,
            f.justeringsdag(), f.justeringsplats()));
      }
      return t.sammantraden().require(s.id());
    }

    private Void punkt(Sammantrade s, Sammantradesfil.Punkt p) {
      var x = p.texter();
      PunktTexter texter = x == null ? PunktTexter.INGA : new PunktTexter(x.forslag(), x.sammanfattning(),
          x.beskrivning(), x.dialog(), x.skickasTill(), x.ovrigaBeslut());
      Long arendeId = p.arende() == null ? null : arenden.get(p.arende()).id();
      var innehall = new ArendepunktInnehall(ArendepunktTyp.valueOf(p.typ()), arendeId, p.rubrik(),
          p.forslagAv() == null ? null : ForslagAv.valueOf(p.forslagAv()), texter, false,
          p.statistik() == null ? null : new StatistikVal(p.statistik().lag(), p.statistik().kvartal()))
          .withSekretess(sekretess(p.sekretess()));
      var punkt = t.lista().add(s.id(), innehall);
      for (var u : lista(p.beslutsunderlag())) {
        if (u.handling() != null) {
          t.underlag().addHandling(punkt.id(), handlingar.get(u.handling()).id());
        } else {
          t.underlag().addText(punkt.id(), u.text());
        }
      }
      for (String hid : lista(p.bilagor())) {
        t.underlag().addBilaga(punkt.id(), handlingar.get(hid).id());
      }
      return null;
    }

    private Sekretess sekretess(Sammantradesfil.Sekretess s) {
      if (s == null || "foljer-arendet".equals(s.lage())) {
        return Sekretess.FOLJER_ARENDET;
      }
      if ("offentlig".equals(s.lage())) {
        return Sekretess.OFFENTLIG;
      }
      return Sekretess.under(s.grund() == null ? null : grunder.get(s.grund()));
    }
  }

  /**
   * Runs one step; a refusal becomes the same refusal with every field placed under {@code path}
   * ({@code punkter[3]: Rubrik: måste fyllas i} becomes field {@code punkter[3].Rubrik}).
   */
  static <T> T vid(String path, Supplier<T> step) {
    try {
      return step.get();
    } catch (ValidationException e) {
      List<ValidationException.FieldError> placed = new ArrayList<>();
      for (var fe : e.errors()) {
        placed.add(new ValidationException.FieldError(fe.field() == null ? path : path + "." + fe.field(),
            fe.message()));
      }
      throw new ValidationException(placed);
    }
  }

  static <T> List<T> lista(List<T> list) {
    return list == null ? List.of() : list;
  }
}
