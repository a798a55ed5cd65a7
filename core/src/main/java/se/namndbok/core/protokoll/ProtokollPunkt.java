package se.namndbok.core.protokoll;

import se.namndbok.core.arende.Arende;
import se.namndbok.core.sammantrade.Arendepunkt;

/** One item of the protokoll: the agenda item, its ärende (null when none) and its paragraf (null when none yet). */
public record ProtokollPunkt(Arendepunkt punkt, Arende arende, Paragraf paragraf) {

  /** Confidential when the item or its ärende is (the same rule as the kallelse). */
  public boolean sekretess() {
    return punkt.sekretess() || (arende != null && arende.sekretess() && !punkt.innehall().friklassad());
  }

  public Integer nummer() {
    return paragraf == null ? null : paragraf.nummer();
  }
}
