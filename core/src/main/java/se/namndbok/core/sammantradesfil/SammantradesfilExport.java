package se.namndbok.core.sammantradesfil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsordningService;
import se.namndbok.core.kallelse.KallelsePunkt;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.kallelse.UnderlagRad;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.LogoService;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;

/**
 * {@code export sammantrade}: the board's meeting on a date as a {@link Sammantradesfil}, read in one
 * transaction from what its kallelse shows (decision 0118).
 */
public final class SammantradesfilExport {
  private final Transactions transactions;
  private final KallelseService kallelse;
  private final ArendeService arenden;
  private final SekretessgrundService sekretessgrunder;
  private final LogoService logo;
  private final DelegationsordningService delegationsordning;

  public SammantradesfilExport(Transactions transactions, KallelseService kallelse, ArendeService arenden,
      SekretessgrundService sekretessgrunder, LogoService logo, DelegationsordningService delegationsordning) {
    this.transactions = transactions;
    this.kallelse = kallelse;
    this.arenden = arenden;
    this.sekretessgrunder = sekretessgrunder;
    this.logo = logo;
    this.delegationsordning = delegationsordning;
  }

  /** The board's own meeting on {@code datum} as a file's bytes (UTF-8 JSON). */
  public byte[] export(LocalDate datum) {
    return SammantradesfilJson.write(fil(datum));
  }

  /** The board's own meeting on {@code datum} as a file. */
  public Sammantradesfil fil(LocalDate datum) {
    return transactions.read(tx -> fil(kallelse.underlag(datum)));
  }

  private Sammantradesfil fil(KallelseUnderlag u) {
    Map<Long, se.namndbok.core.sekretess.Sekretessgrund> katalog = new LinkedHashMap<>();
    sekretessgrunder.all().forEach(g -> katalog.put(g.id(), g));
    Set<Long> anvandaGrunder = new LinkedHashSet<>();
    Bygge b = new Bygge(katalog, anvandaGrunder);
    Map<Long, List<Handling>> handlingar = new LinkedHashMap<>();
    List<Sammantradesfil.Punkt> punkter = new ArrayList<>();
    for (KallelsePunkt p : u.punkter()) {
      punkter.add(punkt(p, b));
      if (p.arende() != null) {
        handlingar.computeIfAbsent(p.arende().id(), k -> new ArrayList<>());
      }
      p.beslutsunderlag().stream().map(UnderlagRad::handling).filter(Objects::nonNull).forEach(h -> add(handlingar, h));
      p.bilagor().forEach(h -> add(handlingar, h));
    }
    u.meddelanden().forEach(m -> handlingar.computeIfAbsent(m.arendeId(), k -> new ArrayList<>()));
    List<Delegationsbeslut> beslut = u.delegationsbeslut().stream().flatMap(g -> g.beslut().stream()).toList();
    beslut.forEach(d -> handlingar.computeIfAbsent(d.arendeId(), k -> new ArrayList<>()));
    List<Sammantradesfil.Arende> arendeDelar = new ArrayList<>();
    handlingar.forEach((id, hs) -> {
      var a = arenden.findById(id).orElseThrow();
      arendeDelar.add(new Sammantradesfil.Arende(a.diarienummer().toString(),
          a.klassificering() == null ? null : a.klassificering().toString(), a.rubrik(), a.handlaggare(),
          a.registrerad(), a.sekretess() ? b.sekretess(Sekretess.under(a.sekretessgrundId())) : null,
          hs.stream().map(h -> handling(h, b)).toList()));
    });
    List<Sammantradesfil.Meddelande> meddelanden = u.meddelanden().stream().map(m -> meddelande(m, b)).toList();
    List<Sammantradesfil.Delegationsbeslut> delegationsbeslut = beslut.stream().map(d -> delegationsbeslut(d, b))
        .toList();
    List<Sammantradesfil.Delegationspunkt> punkterIOrdningen = u.delegationsbeslut().stream()
        .flatMap(g -> g.punkter().stream()).distinct()
        .map(p -> new Sammantradesfil.Delegationspunkt(p.nummer(), p.arende(), p.lagrum(), p.delegat())).toList();
    return new Sammantradesfil(Sammantradesfil.FORMAT, Sammantradesfil.VERSION, namnd(u), organ(u),
        sammantrade(u), grunder(katalog, anvandaGrunder), arendeDelar, punkter, meddelanden, delegationsbeslut,
        punkterIOrdningen);
  }

  /** The catalogue's grounds in use, collected while the rest is built (so it is built first). */
  private static List<Sammantradesfil.Sekretessgrund> grunder(Map<Long, se.namndbok.core.sekretess.Sekretessgrund>
      katalog, Set<Long> anvanda) {
    return katalog.values().stream().filter(g -> anvanda.contains(g.id()))
        .map(g -> new Sammantradesfil.Sekretessgrund(g.kod(), g.benamning(), g.kortform(), g.lagrum())).toList();
  }

  private static void add(Map<Long, List<Handling>> handlingar, Handling h) {
    List<Handling> list = handlingar.computeIfAbsent(h.arendeId(), k -> new ArrayList<>());
    if (list.stream().noneMatch(x -> x.id() == h.id())) {
      list.add(h);
    }
  }

  private Sammantradesfil.Namnd namnd(KallelseUnderlag u) {
    Kallelsekontakt k = u.kontakt();
    Sammantradesfil.Fil logotyp = k.logoSha256() == null ? null
        : logo.logo().map(bytes -> fil("logotyp." + se.namndbok.core.namnd.Logotyp.of("logotyp", bytes).name()
            .toLowerCase(java.util.Locale.ROOT), bytes)).orElse(null);
    return new Sammantradesfil.Namnd(u.namnd().namn(), u.namnd().kommun(), u.namnd().forvaltning(),
        u.namnd().lagrumSol(), u.namnd().lagrumLss(), new Sammantradesfil.Kontakt(k.sekreterareNamn(),
            k.sekreterareTitel(), k.sekreterareTelefon(), k.sekreterareEpost(), k.forhinderTill(), k.partiordning()),
        logotyp);
  }

  private static Sammantradesfil.Organ organ(KallelseUnderlag u) {
    List<Sammantradesfil.Ledamot> ledamoter = u.ledamoter().stream().map(SammantradesfilExport::ledamot).toList();
    return u.utskott() == null ? new Sammantradesfil.Organ("namnd", null, null, ledamoter)
        : new Sammantradesfil.Organ("utskott", u.utskott().namn(), u.utskott().typ().name(), ledamoter);
  }

  private static Sammantradesfil.Ledamot ledamot(Ledamotsplats p) {
    var l = p.ledamot();
    var up = p.uppdrag();
    return new Sammantradesfil.Ledamot(l.fornamn(), l.efternamn(), l.parti(), l.telefon(), l.epost(),
        up.typ().name(), up.roll().name(), up.ordning(), up.fran(), up.till());
  }

  private static Sammantradesfil.Sammantrade sammantrade(KallelseUnderlag u) {
    var k = u.uppgifter();
    List<String> justerare = new ArrayList<>();
    for (Long id : new Long[] {k.justerare1Id(), k.justerare2Id()}) {
      u.ledamoter().stream().filter(p -> id != null && p.ledamot().id() == id).findFirst()
          .ifPresent(p -> justerare.add(p.ledamot().namn()));
    }
    var s = u.sammantrade();
    return new Sammantradesfil.Sammantrade(s.datum(), s.tid(), s.plats(), k.kallelsedatum(),
        justerare.isEmpty() ? null : justerare, k.justeringsdag(), k.justeringsplats());
  }

  private Sammantradesfil.Punkt punkt(KallelsePunkt kp, Bygge b) {
    var p = kp.punkt();
    var i = p.innehall();
    PunktTexter t = i.texter();
    var texter = t == null || t.equals(PunktTexter.INGA) ? null : new Sammantradesfil.Texter(t.forslag(),
        t.sammanfattning(), t.beskrivning(), t.dialog(), t.skickasTill(), t.ovrigaBeslut());
    var underlag = kp.beslutsunderlag().stream().map(r -> r.handling() == null
        ? new Sammantradesfil.Underlag(null, r.text()) : new Sammantradesfil.Underlag(r.handling().handlingsId()
            .toString(), null)).toList();
    var bilagor = kp.bilagor().stream().map(h -> h.handlingsId().toString()).toList();
    return new Sammantradesfil.Punkt(p.ordning(), p.typ().name(), kp.arende() == null ? null
        : kp.arende().diarienummer().toString(), i.rubrik(), i.forslagAv() == null ? null : i.forslagAv().name(),
        texter, b.sekretess(i.sekretessval()), i.statistik() == null ? null
            : new Sammantradesfil.Statistik(i.statistik().lag(), i.statistik().kvartal()),
        underlag.isEmpty() ? null : underlag, bilagor.isEmpty() ? null : bilagor);
  }

  private Sammantradesfil.Handling handling(Handling h, Bygge b) {
    Sammantradesfil.Fil f = h.fil() == null ? null : fil(h.fil().namn(), kallelse.fil(h.fil()));
    return new Sammantradesfil.Handling(h.handlingsId().toString(), h.datum(), h.riktning().name(), h.motpart(),
        h.rubrik(), b.sekretess(h.sekretessval()), f);
  }

  private static Sammantradesfil.Meddelande meddelande(Meddelande m, Bygge b) {
    return new Sammantradesfil.Meddelande(m.avsandare(), m.datum(), m.paragraf(), m.amne(),
        m.diarienummer().toString(), m.handlingsId() == null ? null : m.handlingsId().toString(),
        b.sekretess(m.sekretessval()));
  }

  private static Sammantradesfil.Delegationsbeslut delegationsbeslut(Delegationsbeslut d, Bygge b) {
    return new Sammantradesfil.Delegationsbeslut(d.diarienummer().toString(),
        d.handlingsId() == null ? null : d.handlingsId().toString(), d.delegat(), d.delegationspunkt(),
        d.beslutsdatum(), d.rubrik(), d.beslutsfattare(), b.sekretess(d.sekretessval()));
  }

  static Sammantradesfil.Fil fil(String namn, byte[] bytes) {
    return new Sammantradesfil.Fil(namn, SammantradesfilJson.sha256(bytes), Base64.getEncoder().encodeToString(bytes));
  }

  /** Writes a sekretess choice with its ground's kod, noting the grounds used. */
  private record Bygge(Map<Long, se.namndbok.core.sekretess.Sekretessgrund> katalog, Set<Long> anvanda) {
    Sammantradesfil.Sekretess sekretess(Sekretess s) {
      return switch (s.lage()) {
        case FOLJER_ARENDET -> null;
        case OFFENTLIG -> new Sammantradesfil.Sekretess("offentlig", null);
        case SEKRETESS -> {
          if (s.grundId() == null) { // no ground of its own: its ärende's, else the catalogue's first (0110)
            yield new Sammantradesfil.Sekretess("sekretess", null);
          }
          anvanda.add(s.grundId());
          yield new Sammantradesfil.Sekretess("sekretess", katalog.get(s.grundId()).kod());
        }
      };
    }
  }
}
