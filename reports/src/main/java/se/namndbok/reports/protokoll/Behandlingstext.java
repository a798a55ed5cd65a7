package se.namndbok.reports.protokoll;

import java.util.List;
import java.util.Objects;

/**
 * How a § was handled, as printed (kommunallagen 5 kap. 67 §).
 *
 * @param beslutande who took part in the decision, "Annika Lindqvist (S), …"; "" when not known
 * @param jav e.g. "Maria Holmgren (KD) anmäler jäv och deltar inte i handläggningen av ärendet."
 * @param beslutsunderlag one line per document
 * @param yrkanden "Karin Björk (M): Ändringsyrkande: …"
 * @param omrostning the vote, or null
 * @param reservationer "Karin Björk (M) reserverar sig mot beslutet: …"
 * @param anteckningar "Jonas Åström (V) lämnar följande protokollsanteckning: …"
 * @param beslutOffentligt in a confidential §, the beslut stays in the public version
 */
public record Behandlingstext(String beslutande, List<String> jav, List<String> beslutsunderlag,
    List<String> yrkanden, String propositionsordning, Omrostningstext omrostning, List<String> reservationer,
    List<String> anteckningar, boolean beslutOffentligt) {

  public static final Behandlingstext INGEN =
      new Behandlingstext("", List.of(), List.of(), List.of(), "", null, List.of(), List.of(), false);

  public Behandlingstext {
    beslutande = Objects.requireNonNullElse(beslutande, "");
    propositionsordning = Objects.requireNonNullElse(propositionsordning, "");
    jav = List.copyOf(jav);
    beslutsunderlag = List.copyOf(beslutsunderlag);
    yrkanden = List.copyOf(yrkanden);
    reservationer = List.copyOf(reservationer);
    anteckningar = List.copyOf(anteckningar);
  }

  Behandlingstext withBeslutOffentligt() {
    return new Behandlingstext(beslutande, jav, beslutsunderlag, yrkanden, propositionsordning, omrostning,
        reservationer, anteckningar, true);
  }

  /**
   * An omröstning as printed: what ja and nej meant, one row per voter (namn, parti, röst) and the result.
   */
  public record Omrostningstext(String ja, String nej, List<List<String>> rader, String resultat) {
    public Omrostningstext {
      rader = rader.stream().map(List::copyOf).toList();
    }
  }
}
