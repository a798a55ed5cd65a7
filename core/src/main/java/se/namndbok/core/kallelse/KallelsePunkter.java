package se.namndbok.core.kallelse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Motesunderlag;
import se.namndbok.core.sammantrade.StatistikVal;

/**
 * A kallelse's items put together in Java from what was read for the whole meeting (its items, underlag and
 * bilagor, the handlingar and ärenden they refer to), so reading a meeting costs the same number of queries
 * whatever its number of items. A quarterly report is computed once per law and quarter, however many items
 * show it.
 */
final class KallelsePunkter {
  private final Motesunderlag mote;
  private final Map<Long, Handling> handlingar;
  private final Sekretessprovning sekretess;
  private final List<Meddelande> meddelanden;
  private final List<DelegatGrupp> delegationsbeslut;
  private final Function<StatistikVal, Kvartalsrapport> statistik;
  private final Map<StatistikVal, Kvartalsrapport> rapporter = new HashMap<>();

  KallelsePunkter(Motesunderlag mote, Map<Long, Handling> handlingar, Sekretessprovning sekretess,
      List<Meddelande> meddelanden, List<DelegatGrupp> delegationsbeslut,
      Function<StatistikVal, Kvartalsrapport> statistik) {
    this.mote = mote;
    this.handlingar = handlingar;
    this.sekretess = sekretess;
    this.meddelanden = meddelanden;
    this.delegationsbeslut = delegationsbeslut;
    this.statistik = statistik;
  }

  /** The items in punkt order. */
  List<KallelsePunkt> all() {
    return mote.punkter().stream().map(this::punkt).toList();
  }

  private KallelsePunkt punkt(Arendepunkt p) {
    Long arendeId = p.innehall().arendeId();
    Arende arende = arendeId == null ? null : sekretess.arendeMedId(arendeId);
    List<UnderlagRad> rader = mote.underlag(p).stream()
        .map(b -> new UnderlagRad(b.handlingId() == null ? null : handling(b.handlingId()), b.text())).toList();
    List<Handling> bilagor = mote.bilagor(p).stream().map(b -> handling(b.handlingId())).toList();
    List<Meddelande> m = p.typ() == ArendepunktTyp.MEDDELANDEN ? meddelanden : List.of();
    List<DelegatGrupp> d = p.typ() == ArendepunktTyp.DELEGATIONSBESLUT ? delegationsbeslut : List.of();
    return new KallelsePunkt(p, arende, rader, bilagor, m, d, statistik(p));
  }

  private Kvartalsrapport statistik(Arendepunkt p) {
    StatistikVal val = p.innehall().statistik();
    if (p.typ() != ArendepunktTyp.STATISTIK || val == null) {
      return null;
    }
    return rapporter.computeIfAbsent(val, statistik);
  }

  private Handling handling(long id) {
    Handling h = handlingar.get(id);
    if (h == null) {
      throw new IllegalStateException("handling " + id + " was not read with the meeting");
    }
    return h;
  }
}
