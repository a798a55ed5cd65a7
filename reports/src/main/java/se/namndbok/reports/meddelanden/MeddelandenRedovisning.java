package se.namndbok.reports.meddelanden;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The meddelanden reported to one sammanträde, ready-formatted.
 *
 * @param datum the meeting's date, yyyy-MM-dd
 */
public record MeddelandenRedovisning(String kommun, String namnd, String datum, List<MeddelandeRad> rader,
    OffsetDateTime skapad) {
  public MeddelandenRedovisning {
    Objects.requireNonNull(kommun);
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(datum);
    Objects.requireNonNull(skapad);
    rader = List.copyOf(rader);
  }
}
