package se.namndbok.core.arende;

import java.time.LocalDateTime;

/** One closing or reopening of an ärende: when, by whom, to which status, and why ({@code anledning} may be null). */
public record Statushandelse(long id, long arendeId, LocalDateTime tid, String anvandare, ArendeStatus status,
    String anledning) {}
