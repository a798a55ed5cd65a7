package se.namndbok.core.sammantrade;

/** One document an item's decision rests on: a registered handling, or a line of text when there is none. */
public record Beslutsunderlag(long id, long arendepunktId, int ordning, Long handlingId, String text) {}
