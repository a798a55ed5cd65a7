package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.List;

/**
 * One decision of a quarter's report as IVO asks for it, identified only by the case system's reference.
 * {@code dagar} counts from beslut (or avbrott) to the rapporteringsdatum; {@code datum} is the
 * verkställighets- or avslutsdatum when there is one by then; {@code erbjudanden} the days the insats was offered
 * up to then.
 */
public record IvoRad(String referens, Kon kon, Integer fodelsear, LocalDate beslutsdatum, LocalDate avbrottsdatum,
    Insats insats, long dagar, Status status, Skal skal, List<LocalDate> erbjudanden, LocalDate datum) {
  /** The days of offers as one text ("2025-03-03 2025-04-14"), empty when none. */
  public String erbjudandenText() {
    return GynnandeBeslut.erbjudandenText(erbjudanden);
  }
}
