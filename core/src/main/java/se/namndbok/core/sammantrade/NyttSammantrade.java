package se.namndbok.core.sammantrade;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a user gives for a meeting: the board's own ({@code utskottId} null) or a committee's. */
public record NyttSammantrade(Long utskottId, LocalDate datum, LocalTime tid, String plats) {}
