package se.namndbok.core.demo;

import java.time.LocalDate;
import se.namndbok.core.arende.HandlingsId;

/**
 * An attachment the reference kallelse has after an item, which core cannot make (it has no PDFBox): the app
 * generates a PDF and hands it to {@link DemoBoard#attach}. {@code handlingId} is the registered handling the
 * file belongs to, or null when a new handling ({@code rubrik}, {@code datum}) is to be registered for it.
 */
public record DemoBilaga(long arendepunktId, int punkt, Long handlingId, HandlingsId handlingsId, String rubrik,
    LocalDate datum, String filnamn) {}
