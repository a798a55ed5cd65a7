package se.namndbok.core.ejverkstallda;

import java.time.LocalDateTime;

/** A quarter's report as the board approved it: the JSON exactly as sent, never recomputed. */
public record FrystRapport(Lag lag, Kvartal kvartal, String json, int summa, LocalDateTime faststalld,
    String faststalldAv) {}
