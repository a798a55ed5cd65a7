package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;

/**
 * One decision of a quarter's report as IVO asks for it, identified only by the case system's reference.
 * {@code dagar} counts from beslut (or avbrott) to the rapporteringsdatum; {@code datum} is the
 * verkställighets- or avslutsdatum when there is one by then.
 */
public record IvoRad(String referens, Kon kon, Integer fodelsear, LocalDate beslutsdatum, LocalDate avbrottsdatum,
    Insats insats, long dagar, Status status, Skal skal, LocalDate datum) {}
