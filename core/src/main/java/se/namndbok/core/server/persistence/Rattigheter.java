package se.namndbok.core.server.persistence;

import static se.namndbok.core.anvandare.AnvandarRoll.ADMINISTRATOR;
import static se.namndbok.core.anvandare.AnvandarRoll.REGISTRATOR;
import static se.namndbok.core.anvandare.AnvandarRoll.SEKRETERARE;
import static se.namndbok.core.anvandare.AnvandarRoll.STATISTIK;

import java.util.Map;
import java.util.Set;
import se.namndbok.core.anvandare.AnvandarRoll;

/**
 * Which role may change which table in the shared store (decision 0091), the database's half of the rule core
 * checks in {@code Behorighet}. Every table of the schema must be named here: a test fails for a new table
 * that is not, so no table is left writable by accident or unreadable by mistake.
 */
public final class Rattigheter {
  /** The tables each role may insert into, update and delete from. */
  static final Map<String, Set<AnvandarRoll>> SKRIVER = Map.ofEntries(
      Map.entry("namnd", Set.of(ADMINISTRATOR)),
      Map.entry("utskott", Set.of(ADMINISTRATOR)),
      Map.entry("ledamot", Set.of(ADMINISTRATOR)),
      Map.entry("uppdrag", Set.of(ADMINISTRATOR)),
      Map.entry("delegat", Set.of(ADMINISTRATOR)),
      Map.entry("insats", Set.of(ADMINISTRATOR, STATISTIK)),
      Map.entry("nummerserie", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("arende", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("handling", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("fil", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("delegationsbeslut", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("meddelande", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("sammantrade", Set.of(SEKRETERARE)),
      Map.entry("arendepunkt", Set.of(SEKRETERARE)),
      Map.entry("beslutsunderlag", Set.of(SEKRETERARE)),
      Map.entry("bilaga", Set.of(SEKRETERARE)),
      Map.entry("protokoll", Set.of(SEKRETERARE)),
      Map.entry("narvaro", Set.of(SEKRETERARE)),
      Map.entry("paragraf", Set.of(SEKRETERARE)),
      Map.entry("paragrafserie", Set.of(SEKRETERARE)),
      Map.entry("gynnande_beslut", Set.of(STATISTIK)),
      Map.entry("fryst_rapport", Set.of(STATISTIK)),
      // append-only: every role that changes anything writes its audit line; nobody updates or deletes one
      Map.entry("audit_logg", Set.of()));

  /**
   * Tables a läsare and an administratör do not read at all; the tables with confidential content they read
   * through {@link Maskering}'s views. The audit log holds confidential rows before and after each change.
   */
  static final Set<String> DOLDA = Set.of("audit_logg");

  private Rattigheter() {}

  /** The tables this rule names, for the test that every table of the schema is named. */
  public static Set<String> tabeller() {
    return SKRIVER.keySet();
  }

  static boolean skriver(AnvandarRoll roll, String tabell) {
    return SKRIVER.getOrDefault(tabell, Set.of()).contains(roll);
  }

  static boolean laserDirekt(AnvandarRoll roll, String tabell) {
    return roll.laserSekretess() || !(Maskering.maskeras(tabell) || DOLDA.contains(tabell));
  }
}
