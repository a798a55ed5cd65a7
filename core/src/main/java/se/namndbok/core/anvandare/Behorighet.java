package se.namndbok.core.anvandare;

import java.util.Arrays;
import java.util.EnumSet;

/**
 * The one place core asks whether the logged-in user may do something (decision 0091). Services call
 * {@link #krav} before they change anything; the database grants back the same rule, so a client that skips
 * this check is still refused by the server.
 */
public final class Behorighet {
  private final Anvandare anvandare;

  public Behorighet(Anvandare anvandare) {
    this.anvandare = anvandare;
  }

  /** The embedded store: its one user holds every role. */
  public static Behorighet allt(String namn) {
    return new Behorighet(new Anvandare(namn, EnumSet.allOf(AnvandarRoll.class)));
  }

  public Anvandare anvandare() {
    return anvandare;
  }

  /** True when the user holds at least one of {@code roller}. */
  public boolean far(AnvandarRoll... roller) {
    return Arrays.stream(roller).anyMatch(anvandare::har);
  }

  /**
   * Refuses (with a Swedish message naming the role needed) unless the user holds one of {@code roller};
   * {@code atgard} completes "Du har inte behörighet att …", e.g. "registrera ärenden".
   */
  public void krav(String atgard, AnvandarRoll... roller) {
    if (!far(roller)) {
      throw new BehorighetException(anvandare.namn(), atgard, roller);
    }
  }

  /**
   * Refuses a statement that would change {@code tabell} unless the user holds a role that may (the rule of
   * {@link Skrivratt}, the same the database grants). The audit log is written with every change and needs none.
   */
  public void kravSkriva(String tabell) {
    if (Skrivratt.granskningslogg(tabell)) {
      return;
    }
    var skrivare = Skrivratt.skrivare(tabell);
    if (skrivare.stream().noneMatch(anvandare::har)) {
      throw new BehorighetException(anvandare.namn(), "ändra " + Skrivratt.beskrivning(tabell),
          skrivare.stream().sorted().toArray(AnvandarRoll[]::new));
    }
  }

  /** Refuses unless the user may read confidential content (a läsare never receives it). */
  public void kravSekretess(String atgard) {
    if (!anvandare.laserSekretess()) {
      throw new BehorighetException(anvandare.namn(), atgard, AnvandarRoll.SEKRETERARE, AnvandarRoll.REGISTRATOR,
          AnvandarRoll.STATISTIK);
    }
  }
}
