package se.namndbok.core.anvandare;

import java.util.Set;

/** A person who logs in to the shared store as their own database user, with their roles. */
public record Anvandare(String namn, Set<AnvandarRoll> roller) {
  public Anvandare {
    roller = Set.copyOf(roller);
  }

  public boolean har(AnvandarRoll roll) {
    return roller.contains(roll);
  }

  /** True when the person reads confidential content (any role other than läsare and administratör). */
  public boolean laserSekretess() {
    return roller.stream().anyMatch(AnvandarRoll::laserSekretess);
  }
}
