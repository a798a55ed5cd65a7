package se.namndbok.core.protokoll;

import java.util.List;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.sammantrade.Arendepunkt;

/**
 * One item of the protokoll: the agenda item, its ärende (null when none), its paragraf (null when none yet) and
 * how it was handled at the meeting ({@link Behandling#INGEN} when nothing was recorded).
 */
public record ProtokollPunkt(Arendepunkt punkt, Arende arende, Paragraf paragraf, Behandling behandling,
    List<Underlagsrad> beslutsunderlag) {

  public ProtokollPunkt {
    behandling = behandling == null ? Behandling.INGEN : behandling;
    beslutsunderlag = beslutsunderlag == null ? List.of() : List.copyOf(beslutsunderlag);
  }

  public ProtokollPunkt(Arendepunkt punkt, Arende arende, Paragraf paragraf) {
    this(punkt, arende, paragraf, Behandling.INGEN, List.of());
  }

  /** One line of the item's beslutsunderlag: a registered handling, or a line of text when {@code handling} is null. */
  public record Underlagsrad(String text, se.namndbok.core.arende.Handling handling) {}

  /** Confidential when the item or its ärende is (the same rule as the kallelse). */
  public boolean sekretess() {
    return punkt.sekretess() || (arende != null && arende.sekretess() && !punkt.innehall().friklassad());
  }

  public Integer nummer() {
    return paragraf == null ? null : paragraf.nummer();
  }
}
