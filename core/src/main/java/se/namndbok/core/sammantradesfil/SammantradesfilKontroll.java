package se.namndbok.core.sammantradesfil;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sekretess.Sekretessgrund;
import se.namndbok.core.shared.ValidationException;

/**
 * Checks a meeting file before anything is written: what must be there, the names of the kinds (typ, uppdrag,
 * roll, riktning …), that every reference within the file resolves (a punkt's ärende, a bilaga's handling, a
 * ground's kod, a justerare among the ledamöter) and that every embedded file's bytes have the sha256 it states.
 * Every fault is reported with its JSON path, all at once.
 */
final class SammantradesfilKontroll {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final List<ValidationException.FieldError> fel = new ArrayList<>();
  private final Set<String> koder = new HashSet<>();
  private final Map<String, Set<String>> handlingar = new HashMap<>();
  private final Set<String> medFil = new HashSet<>();

  private SammantradesfilKontroll() {}

  static void kontrollera(Sammantradesfil f, List<Sekretessgrund> katalog) {
    SammantradesfilKontroll k = new SammantradesfilKontroll();
    katalog.forEach(g -> k.koder.add(g.kod()));
    k.fil(f);
    if (!k.fel.isEmpty()) {
      throw new ValidationException(k.fel);
    }
  }

  private void fil(Sammantradesfil f) {
    krav(Sammantradesfil.FORMAT.equals(f.format()), "format", "ska vara \"" + Sammantradesfil.FORMAT + "\"");
    krav(f.version() != null && f.version() == Sammantradesfil.VERSION, "version", "version " + f.version() + " kan inte läsas; "
        + "det här programmet läser version " + Sammantradesfil.VERSION);
    if (krav(f.namnd() != null, "namnd", "saknas")) {
      text(f.namnd().namn(), "namnd.namn");
      text(f.namnd().kommun(), "namnd.kommun");
      if (f.namnd().logotyp() != null) {
        fil(f.namnd().logotyp(), "namnd.logotyp");
      }
    }
    var grunder = SammantradesfilImport.lista(f.sekretessgrunder());
    for (int i = 0; i < grunder.size(); i++) {
      var g = grunder.get(i);
      String p = "sekretessgrunder[" + i + "]";
      if (text(g.kod(), p + ".kod")) {
        koder.add(g.kod());
      }
      text(g.benamning(), p + ".benamning");
      text(g.kortform(), p + ".kortform");
      text(g.lagrum(), p + ".lagrum");
    }
    Set<String> namn = organ(f.organ());
    arenden(SammantradesfilImport.lista(f.arenden()));
    if (krav(f.sammantrade() != null, "sammantrade", "saknas")) {
      var s = f.sammantrade();
      krav(s.datum() != null, "sammantrade.datum", "saknas");
      krav(s.tid() != null, "sammantrade.tid", "saknas");
      text(s.plats(), "sammantrade.plats");
      var justerare = SammantradesfilImport.lista(s.justerare());
      for (int i = 0; i < justerare.size(); i++) {
        krav(namn.contains(String.valueOf(justerare.get(i)).toLowerCase(java.util.Locale.ROOT)),
            "sammantrade.justerare[" + i + "]", "\"" + justerare.get(i) + "\" finns inte bland organ.ledamoter");
      }
    }
    punkter(SammantradesfilImport.lista(f.punkter()));
    var m = SammantradesfilImport.lista(f.meddelanden());
    for (int i = 0; i < m.size(); i++) {
      arendeRef(m.get(i).diarienummer(), "meddelanden[" + i + "].diarienummer");
      sekretess(m.get(i).sekretess(), "meddelanden[" + i + "].sekretess");
    }
    var d = SammantradesfilImport.lista(f.delegationsbeslut());
    for (int i = 0; i < d.size(); i++) {
      arendeRef(d.get(i).diarienummer(), "delegationsbeslut[" + i + "].diarienummer");
      sekretess(d.get(i).sekretess(), "delegationsbeslut[" + i + "].sekretess");
    }
  }

  private Set<String> organ(Sammantradesfil.Organ o) {
    Set<String> namn = new HashSet<>();
    if (!krav(o != null, "organ", "saknas")) {
      return namn;
    }
    if (krav("namnd".equals(o.typ()) || "utskott".equals(o.typ()), "organ.typ", "ska vara namnd eller utskott")
        && "utskott".equals(o.typ())) {
      text(o.namn(), "organ.namn");
      namnPa(UtskottTyp.class, o.utskottstyp(), "organ.utskottstyp");
    }
    var ledamoter = SammantradesfilImport.lista(o.ledamoter());
    for (int i = 0; i < ledamoter.size(); i++) {
      var l = ledamoter.get(i);
      String p = "organ.ledamoter[" + i + "]";
      text(l.fornamn(), p + ".fornamn");
      text(l.efternamn(), p + ".efternamn");
      text(l.parti(), p + ".parti");
      namnPa(UppdragTyp.class, l.uppdrag(), p + ".uppdrag");
      namnPa(Roll.class, l.roll(), p + ".roll");
      krav(l.fran() != null, p + ".fran", "saknas");
      krav(l.till() != null, p + ".till", "saknas");
      namn.add(l.namn().toLowerCase(java.util.Locale.ROOT));
    }
    return namn;
  }

  private void arenden(List<Sammantradesfil.Arende> arenden) {
    for (int i = 0; i < arenden.size(); i++) {
      var a = arenden.get(i);
      String p = "arenden[" + i + "]";
      if (text(a.diarienummer(), p + ".diarienummer") && parse(() -> Diarienummer.parse(a.diarienummer()),
          p + ".diarienummer")) {
        if (handlingar.putIfAbsent(a.diarienummer(), new HashSet<>()) != null) {
          fel(p + ".diarienummer", a.diarienummer() + " står redan tidigare i arenden");
        }
      }
      text(a.rubrik(), p + ".rubrik");
      krav(a.registrerad() != null, p + ".registrerad", "saknas");
      sekretess(a.sekretess(), p + ".sekretess");
      var hs = SammantradesfilImport.lista(a.handlingar());
      for (int j = 0; j < hs.size(); j++) {
        var h = hs.get(j);
        String q = p + ".handlingar[" + j + "]";
        if (text(h.hid(), q + ".hid") && parse(() -> HandlingsId.parse(h.hid()), q + ".hid")) {
          handlingar.getOrDefault(a.diarienummer(), new HashSet<>()).add(h.hid());
          if (h.fil() != null) {
            medFil.add(h.hid());
          }
        }
        krav(h.datum() != null, q + ".datum", "saknas");
        namnPa(Riktning.class, h.riktning(), q + ".riktning");
        text(h.rubrik(), q + ".rubrik");
        sekretess(h.sekretess(), q + ".sekretess");
        if (h.fil() != null) {
          fil(h.fil(), q + ".fil");
        }
      }
    }
  }

  private void punkter(List<Sammantradesfil.Punkt> punkter) {
    Set<String> allaHandlingar = new HashSet<>();
    handlingar.values().forEach(allaHandlingar::addAll);
    for (int i = 0; i < punkter.size(); i++) {
      var pk = punkter.get(i);
      String p = "punkter[" + i + "]";
      krav(pk.nummer() == i + 1, p + ".nummer", "ska vara " + (i + 1) + " (punkterna står i ordning från 1)");
      namnPa(ArendepunktTyp.class, pk.typ(), p + ".typ");
      if (pk.forslagAv() != null) {
        namnPa(ForslagAv.class, pk.forslagAv(), p + ".forslagAv");
      }
      if (pk.arende() != null) {
        arendeRef(pk.arende(), p + ".arende");
      }
      sekretess(pk.sekretess(), p + ".sekretess");
      var underlag = SammantradesfilImport.lista(pk.beslutsunderlag());
      for (int j = 0; j < underlag.size(); j++) {
        var u = underlag.get(j);
        String q = p + ".beslutsunderlag[" + j + "]";
        if (krav((u.handling() == null) != (u.text() == null), q, "ange antingen handling eller text")
            && u.handling() != null) {
          krav(allaHandlingar.contains(u.handling()), q + ".handling", u.handling()
              + " finns inte bland handlingarna i arenden");
        }
      }
      var bilagor = SammantradesfilImport.lista(pk.bilagor());
      for (int j = 0; j < bilagor.size(); j++) {
        krav(medFil.contains(bilagor.get(j)), p + ".bilagor[" + j + "]", bilagor.get(j)
            + " finns inte som en handling med fil i arenden");
      }
    }
  }

  private void arendeRef(String diarienummer, String path) {
    krav(diarienummer != null && handlingar.containsKey(diarienummer), path, "ärendet " + diarienummer
        + " finns inte i arenden");
  }

  private void sekretess(Sammantradesfil.Sekretess s, String path) {
    if (s == null) {
      return;
    }
    if (krav(List.of("foljer-arendet", "sekretess", "offentlig").contains(s.lage()), path + ".lage",
        "ska vara foljer-arendet, sekretess eller offentlig") && s.grund() != null) {
      krav(koder.contains(s.grund()), path + ".grund", "sekretessgrunden " + s.grund()
          + " finns varken i sekretessgrunder eller i nämndens katalog");
    }
  }

  private void fil(Sammantradesfil.Fil f, String path) {
    text(f.namn(), path + ".namn");
    if (!krav(f.sha256() != null && SHA256.matcher(f.sha256()).matches(), path + ".sha256",
        "ska vara 64 hexadecimala tecken (a–f, 0–9)")) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(String.valueOf(f.data()));
    } catch (IllegalArgumentException e) {
      fel(path + ".data", "är inte base64");
      return;
    }
    krav(SammantradesfilJson.sha256(bytes).equals(f.sha256()), path + ".sha256", "kontrollsumman stämmer inte "
        + "med filens innehåll (" + SammantradesfilJson.sha256(bytes) + "); filen är ändrad eller skadad");
  }

  static byte[] bytes(Sammantradesfil.Fil f) {
    return Base64.getDecoder().decode(f.data());
  }

  private <E extends Enum<E>> void namnPa(Class<E> typ, String value, String path) {
    boolean ok = false;
    for (E e : typ.getEnumConstants()) {
      ok |= e.name().equals(value);
    }
    krav(ok, path, "\"" + value + "\" är inget av " + String.join(", ",
        java.util.Arrays.stream(typ.getEnumConstants()).map(Enum::name).toList()));
  }

  private boolean parse(Runnable parse, String path) {
    try {
      parse.run();
      return true;
    } catch (ValidationException e) {
      e.errors().forEach(x -> fel(path, x.message()));
      return false;
    }
  }

  private boolean text(String value, String path) {
    return krav(value != null && !value.isBlank(), path, "saknas");
  }

  private boolean krav(boolean ok, String path, String message) {
    if (!ok) {
      fel(path, message);
    }
    return ok;
  }

  private void fel(String path, String message) {
    fel.add(new ValidationException.FieldError(path, message));
  }
}
