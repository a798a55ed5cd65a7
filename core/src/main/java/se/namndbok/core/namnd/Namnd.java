package se.namndbok.core.namnd;

import java.time.LocalDateTime;

/** The board the store belongs to, with the law references its statistics reports print. */
public record Namnd(long id, String namn, String kommun, String forvaltning, String lagrumSol, String lagrumLss,
    LocalDateTime skapad, int version) {}
