package se.namndbok.reports.kallelse;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * One line of an item's beslutsunderlag, e.g. "Anvisningar om statsbidrag till kommuner, SOC Hid: 2025.2790".
 *
 * @param sekretessgrund the ground the handling is withheld under (the public version prints the sekretess line
 *     instead of its title); null when it is public
 */
public record Underlag(String text, Sekretessgrund sekretessgrund) {
  public Underlag {
    Objects.requireNonNull(text);
  }

  /** A public line ({@code false}) or one withheld under socialtjänstsekretess ({@code true}). */
  public Underlag(String text, boolean sekretess) {
    this(text, sekretess ? Sekretessgrund.SOCIALTJANST : null);
  }

  public static Underlag offentligt(String text) {
    return new Underlag(text, (Sekretessgrund) null);
  }

  public boolean sekretess() {
    return sekretessgrund != null;
  }
}
