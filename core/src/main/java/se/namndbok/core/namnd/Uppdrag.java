package se.namndbok.core.namnd;

import java.time.LocalDate;

/**
 * A ledamot's seat on the board ({@code utskottId} null) or on an utskott for a mandate period. {@code ordning}
 * orders the seats in lists of members (ordförande first).
 */
public record Uppdrag(long id, long ledamotId, Long utskottId, UppdragTyp typ, Roll roll, int ordning,
    LocalDate fran, LocalDate till) {

  public boolean galler(LocalDate dag) {
    return !dag.isBefore(fran) && !dag.isAfter(till);
  }
}
