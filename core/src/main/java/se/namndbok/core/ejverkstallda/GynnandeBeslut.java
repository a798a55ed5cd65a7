package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;

/**
 * One individual gynnande beslut, known by the case system's pseudonymous {@code referens} (the import's
 * {@code id}); never a personnummer. Optional values are null.
 */
public record GynnandeBeslut(String referens, Lag lag, String insats, Kon kon, Integer fodelsear,
    LocalDate beslutsdatum, LocalDate avbrottsdatum, LocalDate verkstallighetsdatum, LocalDate avslutsdatum,
    Avslutsorsak avslutsorsak, Skal skal) {

  /** The day the three months start: the avbrott when there was one, else the beslut. */
  public LocalDate start() {
    return avbrottsdatum != null ? avbrottsdatum : beslutsdatum;
  }

  /** The latest of its dates: how far what the case system knew of this decision reaches. */
  public LocalDate senasteDatum() {
    LocalDate senast = beslutsdatum;
    for (LocalDate d : new LocalDate[] {avbrottsdatum, verkstallighetsdatum, avslutsdatum}) {
      if (d != null && d.isAfter(senast)) {
        senast = d;
      }
    }
    return senast;
  }

  /** The last day on which verkställighet is in time: start + 3 months, clamped to month end. */
  public LocalDate frist() {
    return Rakneregel.frist(start());
  }
}
