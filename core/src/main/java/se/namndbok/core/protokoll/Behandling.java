package se.namndbok.core.protokoll;

import java.util.List;

/**
 * How a § was handled at the meeting, as kommunallagen 5 kap. 67 § asks the protokoll to show: the yrkanden (who
 * proposed what), the propositionsordning, an omröstning with its voting list (null when there was none), the
 * reservationer with their written text, who was jävig and did not take part, and protokollsanteckningar;
 * {@code beslutOffentligt}: in a confidential §, the beslut text is harmless and stays in the public version.
 */
public record Behandling(List<Inlaga> yrkanden, String propositionsordning, Omrostning omrostning,
    List<Inlaga> reservationer, List<Long> jav, List<Inlaga> anteckningar, boolean beslutOffentligt) {

  public static final Behandling INGEN = new Behandling(List.of(), null, null, List.of(), List.of(), List.of());

  /** A handling whose beslut follows the §'s sekretess. */
  public Behandling(List<Inlaga> yrkanden, String propositionsordning, Omrostning omrostning,
      List<Inlaga> reservationer, List<Long> jav, List<Inlaga> anteckningar) {
    this(yrkanden, propositionsordning, omrostning, reservationer, jav, anteckningar, false);
  }

  /** The same handling, its beslut marked public (or not) in a confidential § (decision 0116). */
  public Behandling medOffentligtBeslut(boolean offentligt) {
    return new Behandling(yrkanden, propositionsordning, omrostning, reservationer, jav, anteckningar, offentligt);
  }

  public Behandling {
    yrkanden = yrkanden == null ? List.of() : List.copyOf(yrkanden);
    reservationer = reservationer == null ? List.of() : List.copyOf(reservationer);
    jav = jav == null ? List.of() : List.copyOf(jav);
    anteckningar = anteckningar == null ? List.of() : List.copyOf(anteckningar);
    propositionsordning = propositionsordning == null || propositionsordning.isBlank() ? null
        : propositionsordning.strip();
  }

  public boolean tom() {
    return equals(INGEN);
  }

  /** One person's yrkande, reservation or protokollsanteckning and its text. */
  public record Inlaga(long ledamotId, String text) {
    public Inlaga {
      text = text == null ? "" : text.strip();
    }
  }

  /** A vote: {@code ja} and {@code nej} say what each answer meant; one {@link Rost} per beslutande who voted. */
  public record Omrostning(String ja, String nej, List<Rost> roster) {
    public Omrostning {
      roster = roster == null ? List.of() : List.copyOf(roster);
    }

    public long antal(Rostval val) {
      return roster.stream().filter(r -> r.val() == val).count();
    }
  }

  public record Rost(long ledamotId, Rostval val) {}

  /** Ja, nej or avstår. */
  public enum Rostval {
    JA("Ja"), NEJ("Nej"), AVSTAR("Avstår");

    private final String text;

    Rostval(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }
}
