package se.namndbok.reports.protokoll;

import java.util.List;
import java.util.Objects;

/**
 * One rättelse as a corrected protokoll prints it.
 *
 * @param rubrik e.g. "Rättelse 2025-11-03 av anna (version 2)"
 * @param skal why the protokoll was corrected
 * @param offentligtSkal the reason as the public copy may show it: withheld when the rättelse changed a confidential
 *     § (the reason is free text about that §)
 * @param andringar what changed, one line each
 * @param offentligaAndringar the same lines as the public copy may show them (a confidential §'s text left out)
 * @param datum the day of the rättelse, yyyy-MM-dd
 * @param version the protokoll's version the rättelse made (the justerat original is version 1)
 */
public record Rattelsetext(String rubrik, String skal, String offentligtSkal, List<String> andringar,
    List<String> offentligaAndringar, String datum, int version) {
  /** What the public copy says instead of the reason for a rättelse of a confidential §. */
  static final String SKAL_UNDANHALLET = "uppgift omfattas av sekretess (rättelsen gäller en paragraf med sekretess)";

  public Rattelsetext {
    Objects.requireNonNull(rubrik);
    Objects.requireNonNull(skal);
    Objects.requireNonNull(offentligtSkal);
    Objects.requireNonNull(datum);
    andringar = List.copyOf(andringar);
    offentligaAndringar = List.copyOf(offentligaAndringar);
  }

  Rattelsetext offentlig() {
    return new Rattelsetext(rubrik, offentligtSkal, offentligtSkal, offentligaAndringar, offentligaAndringar, datum,
        version);
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
