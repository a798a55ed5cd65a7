package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.protokoll.persistence.NarvaroRepository;
import se.namndbok.core.protokoll.persistence.ParagrafRepository;
import se.namndbok.core.protokoll.persistence.ProtokollRepository;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;

/** Reads a {@link ProtokollUnderlag} in one transaction; a meeting without a protokoll is refused in Swedish. */
final class ProtokollLasning {
  private final Transactions transactions;
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final ProtokollRepository protokoll = new ProtokollRepository();
  private final NarvaroRepository narvaro = new NarvaroRepository();
  private final ParagrafRepository paragrafer = new ParagrafRepository();
  private final ArendeRepository arenden = new ArendeRepository();

  ProtokollLasning(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.namnd = new NamndService(transactions, clock);
    this.ledamoter = new LedamotService(transactions, clock);
    this.sammantraden = new SammantradeService(transactions, clock);
    this.lista = new ArendelistaService(transactions, clock);
  }

  ProtokollUnderlag underlag(long sammantradeId) {
    return transactions.read(tx -> underlag(tx, sammantraden.find(tx, sammantradeId)));
  }

  ProtokollUnderlag underlag(LocalDate datum) {
    return transactions.read(tx -> underlag(tx, sammantraden.findNamndensByDatum(tx, datum)
        .orElseThrow(() -> ValidationException.of(SammantradeService.FIELD, "nämnden har inget sammanträde " + datum))));
  }

  private ProtokollUnderlag underlag(Tx tx, Sammantrade s) {
    Protokoll p = protokoll.find(tx, s.id()).orElseThrow(() -> ValidationException.of(ProtokollService.FIELD,
        "sammanträdet " + s.datum() + " har inget protokoll än"));
    List<ProtokollPunkt> punkter = lista.punkter(tx, s.id()).stream().map(a -> punkt(tx, a))
        .sorted(Comparator.comparing((ProtokollPunkt pp) -> pp.nummer() == null ? Integer.MAX_VALUE : pp.nummer())
            .thenComparing(pp -> pp.punkt().ordning()))
        .toList();
    return new ProtokollUnderlag(namnd.require(tx), s,
        s.utskottId() == null ? null : namnd.utskott(tx, s.utskottId()).orElse(null),
        ledamoter.platser(tx, s.utskottId(), s.datum()), narvaro.find(tx, s.id()), p, punkter,
        Sekretessprovning.read(tx, punkter.stream().map(pp -> pp.punkt().innehall().arendeId())
            .filter(java.util.Objects::nonNull).toList()));
  }

  private ProtokollPunkt punkt(Tx tx, Arendepunkt a) {
    Arende arende = a.innehall().arendeId() == null ? null : arenden.findById(tx, a.innehall().arendeId()).orElseThrow();
    return new ProtokollPunkt(a, arende, paragrafer.find(tx, a.id()).orElse(null));
  }
}
