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
 */
public record Rattelsetext(String rubrik, String skal, String offentligtSkal, List<String> andringar,
    List<String> offentligaAndringar) {
  /** What the public copy says instead of the reason for a rättelse of a confidential §. */
  static final String SKAL_UNDANHALLET = "uppgift omfattas av sekretess (rättelsen gäller en paragraf med sekretess)";

  public Rattelsetext {
    Objects.requireNonNull(rubrik);
    Objects.requireNonNull(skal);
    Objects.requireNonNull(offentligtSkal);
    andringar = List.copyOf(andringar);
    offentligaAndringar = List.copyOf(offentligaAndringar);
  }

  Rattelsetext offentlig() {
    return new Rattelsetext(rubrik, offentligtSkal, offentligtSkal, offentligaAndringar, offentligaAndringar);
  }
}
