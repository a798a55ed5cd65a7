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
 */
public record Rattelsetext(String rubrik, String skal, List<String> andringar, List<String> offentligaAndringar) {
  public Rattelsetext {
    Objects.requireNonNull(rubrik);
    Objects.requireNonNull(skal);
    andringar = List.copyOf(andringar);
    offentligaAndringar = List.copyOf(offentligaAndringar);
  }

  Rattelsetext offentlig() {
    return new Rattelsetext(rubrik, skal, offentligaAndringar, offentligaAndringar);
  }
}
