package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The counting rule of ej-verkstallda-beslut.md, in plain Java. The SQL aggregate implements the same rule;
 * tests hold the two equal.
 */
public final class Rakneregel {
  public static final int MANADER = 3;

  private Rakneregel() {}

  /** start + 3 months; {@link LocalDate#plusMonths} clamps to month end (2025-11-30 gives 2026-02-28). */
  public static LocalDate frist(LocalDate start) {
    return start.plusMonths(MANADER);
  }

  /** Whether the decision is in the report for {@code q}. */
  public static boolean ingar(GynnandeBeslut b, Kvartal q) {
    LocalDate frist = b.frist();
    LocalDate verk = b.verkstallighetsdatum();
    LocalDate avslut = b.avslutsdatum();
    return !frist.isAfter(q.sistaDag())
        && (verk == null || verk.isAfter(frist))
        && (verk == null || !verk.isBefore(q.forstaDag()))
        && (avslut == null || !avslut.isBefore(q.forstaDag()));
  }

  /** The status at the rapporteringsdatum of {@code q} (meaningful for decisions in that report). */
  public static Status status(GynnandeBeslut b, Kvartal q) {
    LocalDate e = q.sistaDag();
    if (b.verkstallighetsdatum() != null && !b.verkstallighetsdatum().isAfter(e)) {
      return new Status.Verkstallt();
    }
    if (b.avslutsdatum() != null && !b.avslutsdatum().isAfter(e)) {
      return new Status.Avslutat(b.avslutsorsak());
    }
    return new Status.EjVerkstallt(b.skal() == null ? Skal.OVRIGT : b.skal());
  }

  /** The status when the decision is in the report for {@code q}, else empty. */
  public static Optional<Status> rapporteras(GynnandeBeslut b, Kvartal q) {
    return ingar(b, q) ? Optional.of(status(b, q)) : Optional.empty();
  }
}
