package se.namndbok.app.sammantrade;

import se.namndbok.core.arende.Arende;
import se.namndbok.core.sammantrade.Arendepunkt;

/** One row of the ärendelista: the item and its ärende ({@code null} for upprop, justerare and the like). */
public record Punktrad(Arendepunkt punkt, Arende arende) {

  public long id() {
    return punkt.id();
  }

  public int nummer() {
    return punkt.ordning();
  }

  public String rubrik() {
    return punkt.rubrik();
  }

  /** The printed ärendenummer ({@code 2025/1130-3.9.0.1}), or empty. */
  public String arendenummer() {
    return arende == null ? "" : arende.arendenummer().toString();
  }

  /** Withheld from the public kallelse: marked itself, or its ärende is confidential and it is not released. */
  public boolean sekretess() {
    return punkt.innehall().sekretessval().undanhalls(arendetSekretess());
  }

  /** Its ärende is confidential in the diarium. */
  public boolean arendetSekretess() {
    return arende != null && arende.sekretess();
  }
}
