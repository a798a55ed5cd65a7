package se.namndbok.core.ejverkstallda;

import java.util.Comparator;
import java.util.List;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.UnderlagService;

/**
 * Reads what the tjänsteskrivelse of a quarterly report ({@code statistik --format pdf}) says beside the figures
 * from the meeting item that presents the report, so that the document to kommunfullmäktige and the kallelse's
 * item say the same (decision 0119).
 */
public final class TjansteskrivelseService {
  private final Transactions transactions;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;
  private final UnderlagService underlag;
  private final ArendeService arenden;

  public TjansteskrivelseService(Transactions transactions, SammantradeService sammantraden, ArendelistaService lista,
      UnderlagService underlag, ArendeService arenden) {
    this.transactions = transactions;
    this.sammantraden = sammantraden;
    this.lista = lista;
    this.underlag = underlag;
    this.arenden = arenden;
  }

  /** From the latest meeting's STATISTIK item for {@code lag} and {@code kvartal}; {@link Tjansteskrivelseuppgifter#INGA} without one. */
  public Tjansteskrivelseuppgifter uppgifter(Lag lag, Kvartal kvartal) {
    return transactions.read(tx -> sammantraden.all().stream().sorted(Comparator.comparing(Sammantrade::datum)
            .reversed()).flatMap(s -> lista.punkter(s.id()).stream()).filter(p -> visar(p, lag, kvartal)).findFirst()
        .map(this::uppgifter).orElse(Tjansteskrivelseuppgifter.INGA));
  }

  private static boolean visar(Arendepunkt p, Lag lag, Kvartal kvartal) {
    var val = p.innehall().statistik();
    return p.typ() == ArendepunktTyp.STATISTIK && val != null && Lag.of(val.lag()) == lag
        && Kvartal.parse(val.kvartal()).equals(kvartal);
  }

  private Tjansteskrivelseuppgifter uppgifter(Arendepunkt p) {
    var arende = p.innehall().arendeId() == null ? null : arenden.findById(p.innehall().arendeId()).orElse(null);
    var texter = p.innehall().texter();
    List<String> rader = underlag.beslutsunderlag(p.id()).stream().map(b -> b.handlingId() == null ? b.text()
        : arenden.findHandling(b.handlingId()).map(h -> h.rubrik()).orElse(b.text())).toList();
    List<String> till = texter == null || texter.skickasTill() == null ? List.of()
        : texter.skickasTill().lines().map(String::strip).map(l -> l.startsWith("- ") ? l.substring(2) : l)
            .filter(l -> !l.isBlank()).toList();
    return new Tjansteskrivelseuppgifter(arende == null ? null : arende.arendenummer().toString(),
        arende == null ? null : arende.handlaggare(), texter == null ? null : texter.dialog(), rader, till);
  }
}
