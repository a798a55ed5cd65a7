package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The quarterly report to kommunfullmäktige for one law, every figure computed from the individual
 * decisions: a row per catalogue insats (zeros included), totals per verksamhetsområde (SoL), the grand
 * total, the status breakdown at the rapporteringsdatum, the comparison with the two previous quarters and
 * the differences against frozen figures.
 */
public record Kvartalsrapport(Lag lag, Kvartal kvartal, List<Rad> rader, List<Omradessumma> omraden, Antal summa,
    List<StatusFordelning> status, List<Jamforelse> jamforelse, List<Avvikelse> avvikelser) {

  public Kvartalsrapport {
    rader = List.copyOf(rader);
    omraden = List.copyOf(omraden);
    status = List.copyOf(status);
    jamforelse = List.copyOf(jamforelse);
    avvikelser = List.copyOf(avvikelser);
  }

  public LocalDate rapporteringsdatum() {
    return kvartal.sistaDag();
  }

  public Kvartalsrapport med(List<Jamforelse> nyJamforelse, List<Avvikelse> nyaAvvikelser) {
    return new Kvartalsrapport(lag, kvartal, rader, omraden, summa, status, nyJamforelse, nyaAvvikelser);
  }

  /** Women and men. */
  public record Antal(int kvinnor, int man) {
    public static final Antal NOLL = new Antal(0, 0);

    public int summa() {
      return kvinnor + man;
    }

    public Antal plus(Antal o) {
      return new Antal(kvinnor + o.kvinnor, man + o.man);
    }
  }

  public record Rad(Insats insats, Antal antal) {}

  public record Omradessumma(Omrade omrade, Antal antal) {}

  /** How the decisions of one insats stand at the rapporteringsdatum; maps in the code lists' order. */
  public record StatusFordelning(Insats insats, int verkstallda, Map<Avslutsorsak, Integer> avslutade,
      Map<Skal, Integer> ejVerkstallda) {
    public int summa() {
      return verkstallda + avslutade.values().stream().mapToInt(Integer::intValue).sum()
          + ejVerkstallda.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * A quarter's figures for the comparison: per insats code and the total; {@code fryst} when they come
   * from the report the board approved, not from today's data.
   */
  public record Jamforelse(Kvartal kvartal, Map<String, Integer> perInsats, int summa, boolean fryst) {}

  /**
   * An insats whose frozen figures today's data no longer give: the number of decisions, or only how they split
   * between women and men (a kön corrected after the board fastställt the report is a difference too).
   */
  public record Avvikelse(Kvartal kvartal, String insats, Antal fryst, Antal nu) {
    /** The same number of decisions, split differently between women and men. */
    public boolean baraKon() {
      return fryst.summa() == nu.summa();
    }
  }
}
