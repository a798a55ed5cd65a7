package se.namndbok.reports.delegationsbeslut;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The delegationsbeslut reported to one sammanträde, ready-formatted.
 *
 * @param datum the meeting's date, yyyy-MM-dd
 */
public record DelegationsbeslutRedovisning(String kommun, String namnd, String datum, List<DelegationsbeslutRad> rader,
    List<String> ovrigaBeslut, OffsetDateTime skapad) {
  public DelegationsbeslutRedovisning {
    Objects.requireNonNull(kommun);
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(datum);
    Objects.requireNonNull(skapad);
    rader = List.copyOf(rader);
    ovrigaBeslut = List.copyOf(ovrigaBeslut);
  }
}
