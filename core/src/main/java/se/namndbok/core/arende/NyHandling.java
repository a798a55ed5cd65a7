package se.namndbok.core.arende;

import java.time.LocalDate;

/** What a user gives to register a handling; {@code handlingsId} null takes the next Hid of the year of {@code datum}. */
public record NyHandling(HandlingsId handlingsId, LocalDate datum, Riktning riktning, String motpart, String rubrik,
    boolean sekretess) {}
