package se.namndbok.reports.protokoll;

import java.util.Objects;

/**
 * One person in the protokoll's lists of attendance: name, party and a note ("Ordförande", "tjänstgörande
 * ersättare för Mikael Öhman (S)", "lämnade sammanträdet kl. 10:30").
 */
public record Deltagare(String namn, String parti, String anmarkning) {
  public Deltagare {
    Objects.requireNonNull(namn);
    parti = Objects.requireNonNullElse(parti, "");
    anmarkning = Objects.requireNonNullElse(anmarkning, "");
  }

  /** "Karin Björk (M)". */
  public String namnOchParti() {
    return parti.isBlank() ? namn : namn + " (" + parti + ")";
  }
}
