package se.namndbok.reports.kallelse;

import java.util.Objects;

/**
 * A member called to the meeting.
 *
 * @param roll e.g. "Ordförande", "1:e vice ordförande", "Ledamot", "Ersättare"
 * @param ersattare true for ersättare, false for ordinarie ledamöter
 */
public record Ledamot(String namn, String parti, String roll, boolean ersattare) {
  public Ledamot {
    Objects.requireNonNull(namn);
    parti = Objects.requireNonNullElse(parti, "");
    roll = Objects.requireNonNullElse(roll, "");
  }
}
