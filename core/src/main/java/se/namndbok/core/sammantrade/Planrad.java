package se.namndbok.core.sammantrade;

import java.time.LocalDate;
import java.time.LocalTime;

/** One date of the board's meeting plan; {@code tid} and {@code plats} null mean the board's usual ones. */
public record Planrad(LocalDate datum, LocalTime tid, String plats) {}
