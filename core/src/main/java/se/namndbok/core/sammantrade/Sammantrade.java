package se.namndbok.core.sammantrade;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting of the board ({@code utskottId} null) or of one of its committees. */
public record Sammantrade(long id, long namndId, Long utskottId, LocalDate datum, LocalTime tid, String plats,
    SammantradeStatus status, int version) {}
