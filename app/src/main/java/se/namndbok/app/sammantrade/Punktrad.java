package se.namndbok.app.sammantrade;

import se.namndbok.core.arende.Arende;
import se.namndbok.core.sammantrade.Arendepunkt;

/**
 * One row of the ärendelista: the item, its ärende ({@code null} for upprop, justerare and the like) and the number
 * the kallelse gives it ({@code null} for upprop and val av justerare, which it names unnumbered; see
 * {@link se.namndbok.core.sammantrade.Kallelsenummer}).
 */
public record Punktrad(Arendepunkt punkt, Arende arende, Integer kallelsenummer) {

  public long id() {
    return punkt.id();
  }

  /** The place on the list (1, 2, …), which moves count in; not always the number shown (see the record). */
  public int nummer() {
    return punkt.ordning();
  }

  /** "3" as the kallelse and the list number it, or "" for an opening punkt. */
  public String punktnummer() {
    return kallelsenummer == null ? "" : kallelsenummer.toString();
  }

  /** "punkt 3 ”Månadsrapport”", or "”Upprop”": how a message names it, as the list and the kallelse do. */
  public String namn() {
    return namn(kallelsenummer, rubrik());
  }

  /** {@link #namn()} to begin a sentence with. */
  public String namnForst() {
    return namnForst(kallelsenummer, rubrik());
  }

  static String namnForst(Integer kallelsenummer, String rubrik) {
    String n = namn(kallelsenummer, rubrik);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  static String namn(Integer kallelsenummer, String rubrik) {
    return (kallelsenummer == null ? "" : "punkt " + kallelsenummer + " ") + "”"
        + se.namndbok.app.shared.Messages.kort(rubrik) + "”";
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
