package se.namndbok.core.namnd;

/** Who decides on the board's behalf (a role or an utskott); {@code ordning} orders the delegation report. */
public record Delegat(long id, long namndId, String namn, int ordning, int version) {}
