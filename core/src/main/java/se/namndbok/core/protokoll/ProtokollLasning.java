package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.protokoll.persistence.NarvaroRepository;
import se.namndbok.core.protokoll.persistence.ParagrafRepository;
import se.namndbok.core.protokoll.persistence.ProtokollRepository;
import se.namndbok.core.protokoll.persistence.ProtokollVersionRepository;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.ValidationException;

/** Reads a {@link ProtokollUnderlag} in one transaction; a meeting without a protokoll is refused in Swedish. */
public final class ProtokollLasning {
  private final Transactions transactions;
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final ArendeService arendeService;
  private final se.namndbok.core.sammantrade.UnderlagService underlag;
  private final ProtokollRepository protokoll = new ProtokollRepository();
  private final NarvaroRepository narvaro = new NarvaroRepository();
  private final ParagrafRepository paragrafer = new ParagrafRepository();
  private final se.namndbok.core.protokoll.persistence.BehandlingRepository behandlingar =
      new se.namndbok.core.protokoll.persistence.BehandlingRepository();
  private final ArendeRepository arenden = new ArendeRepository();
  private final ProtokollVersionRepository versioner = new ProtokollVersionRepository();

  public ProtokollLasning(Transactions transactions, NamndService namnd, LedamotService ledamoter,
      SammantradeService sammantraden, ArendelistaService lista, ArendeService arendeService,
      se.namndbok.core.sammantrade.UnderlagService underlag) {
    this.underlag = underlag;
    this.transactions = transactions;
    this.arendeService = arendeService;
    this.namnd = namnd;
    this.ledamoter = ledamoter;
    this.sammantraden = sammantraden;
    this.lista = lista;
  }

  ProtokollUnderlag underlag(long sammantradeId) {
    return transactions.read(tx -> underlag(tx, sammantraden.require(sammantradeId)));
  }

  ProtokollUnderlag underlag(LocalDate datum) {
    return transactions.read(tx -> underlag(tx, sammantraden.requireNamndens(datum)));
  }

  /** The protokoll's underlag, or for a meeting without one the seats and items with nothing recorded yet. */
  ProtokollUnderlag forEditor(long sammantradeId) {
    return transactions.read(tx -> {
      Sammantrade s = sammantraden.require(sammantradeId);
      if (protokoll.find(tx, s.id()).isPresent()) {
        return underlag(tx, s);
      }
      return new ProtokollUnderlag(namnd.current().orElse(null), s, null, ledamoter.platser(s.utskottId(), s.datum()),
          List.of(), null, lista.punkter(s.id()).stream().map(a -> new ProtokollPunkt(a, null, null)).toList(),
          List.of());
    });
  }

  private ProtokollUnderlag underlag(Tx tx, Sammantrade s) {
    Protokoll p = protokoll.find(tx, s.id()).orElseThrow(() -> ValidationException.of(ProtokollService.FIELD,
        "sammanträdet " + s.datum() + " har inget protokoll än"));
    List<ProtokollPunkt> punkter = Inledning.paragrafpunkter(p, lista.punkter(s.id())).stream().map(a -> punkt(tx, a))
        .sorted(Comparator.comparing((ProtokollPunkt pp) -> pp.nummer() == null ? Integer.MAX_VALUE : pp.nummer())
            .thenComparing(pp -> pp.punkt().ordning()))
        .toList();
    return new ProtokollUnderlag(namnd.require(), s,
        s.utskottId() == null ? null : namnd.utskott(s.utskottId()).orElse(null),
        ledamoter.platser(s.utskottId(), s.datum()), narvaro.find(tx, s.id()), p, punkter,
        versioner.find(tx, s.id()), arendeService.sekretessprovning(punkter.stream()
            .map(pp -> pp.punkt().innehall().arendeId()).filter(java.util.Objects::nonNull).toList()));
  }

  private ProtokollPunkt punkt(Tx tx, Arendepunkt a) {
    Arende arende = a.innehall().arendeId() == null ? null : arenden.findById(tx, a.innehall().arendeId()).orElseThrow();
    List<ProtokollPunkt.Underlagsrad> rader = underlag.beslutsunderlag(a.id()).stream()
        .map(b -> new ProtokollPunkt.Underlagsrad(b.text(),
            b.handlingId() == null ? null : arendeService.findHandling(b.handlingId()).orElse(null))).toList();
    return new ProtokollPunkt(a, arende, paragrafer.find(tx, a.id()).orElse(null), behandlingar.find(tx, a.id()),
        rader);
  }
}
