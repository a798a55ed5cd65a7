package se.namndbok.reports.protokoll;

import java.util.List;
import java.util.Objects;

/**
 * One rättelse as a corrected protokoll prints it.
 *
 * @param rubrik e.g. "Rättelse 2025-11-03 av anna (version 2)"
 * @param skal why the protokoll was corrected
 * @param andringar what changed, one line each
 * @param offentligaAndringar the same lines as the public copy may show them (a confidential §'s text left out)
 * @param datum the day of the rättelse, yyyy-MM-dd
 * @param version the protokoll's version the rättelse made (the justerat original is version 1)
 */
public record Rattelsetext(String rubrik, String skal, List<String> andringar, List<String> offentligaAndringar,
    String datum, int version) {
  public Rattelsetext {
    Objects.requireNonNull(rubrik);
    Objects.requireNonNull(skal);
    Objects.requireNonNull(datum);
    andringar = List.copyOf(andringar);
    offentligaAndringar = List.copyOf(offentligaAndringar);
  }

  Rattelsetext offentlig() {
    return new Rattelsetext(rubrik, skal, offentligaAndringar, offentligaAndringar, datum, version);
  }

  /** Whether the rättelse changed § {@code nummer} (its lines about a § begin "§ 86 "). */
  boolean andrar(String nummer) {
    return !nummer.isBlank() && andringar.stream().anyMatch(a -> a.startsWith("§ " + nummer + " "));
  }

  /** The lines about § {@code nummer} only, as this copy may show them. */
  List<String> andringar(String nummer) {
    return andringar.stream().filter(a -> a.startsWith("§ " + nummer + " ")).toList();
  }
}
