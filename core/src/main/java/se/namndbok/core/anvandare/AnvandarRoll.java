package se.namndbok.core.anvandare;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in a shared store (decision 0091). A person may hold several roles. The embedded
 * store has one user, who holds them all.
 */
public enum AnvandarRoll {
  /** Meetings, kallelse, protokoll. */
  SEKRETERARE("sekreterare"),
  /** Diarium, delegationsbeslut, meddelanden. */
  REGISTRATOR("registrator"),
  /** Gynnande beslut, quarterly reports, the IVO list. */
  STATISTIK("statistik"),
  /** Reads everything that is not confidential. */
  LASARE("läsare"),
  /** Users and settings (the nämnd, utskott, ledamöter, delegater, insatskatalogen). */
  ADMINISTRATOR("administratör");

  private final String benamning;

  AnvandarRoll(String benamning) {
    this.benamning = benamning;
  }

  /** The role's name on the command line and in the database: {@code sekreterare}, {@code lasare}, … */
  public String kod() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Swedish word shown to the user: "läsare", "administratör". */
  public String benamning() {
    return benamning;
  }

  /** True for the roles whose work needs confidential content; läsare and administratör read the public view. */
  public boolean laserSekretess() {
    return this == SEKRETERARE || this == REGISTRATOR || this == STATISTIK;
  }

  /**
   * The database's group role for this role. Roles are cluster-wide, so they carry the database's name:
   * {@code namndbok_sekreterare} in database {@code namndbok}; two nämnder on one server share none.
   */
  public String gruppRoll(String databas) {
    return prefix(databas) + "_" + kod();
  }

  /** The database's name made a role-name prefix: lower case, {@code [a-z0-9_]}, at most 48 characters. */
  public static String prefix(String databas) {
    String p = databas.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return p.length() > 48 ? p.substring(0, 48) : p;
  }

  public static Optional<AnvandarRoll> parse(String kod) {
    String k = kod == null ? "" : kod.strip().toLowerCase(Locale.ROOT).replace('ä', 'a').replace('ö', 'o');
    return Arrays.stream(values()).filter(r -> r.kod().equals(k)).findFirst();
  }
}
