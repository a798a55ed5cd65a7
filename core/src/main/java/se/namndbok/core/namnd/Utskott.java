package se.namndbok.core.namnd;

/** A committee of the board. */
public record Utskott(long id, long namndId, String namn, UtskottTyp typ) {}
