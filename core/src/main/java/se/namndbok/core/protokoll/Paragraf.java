package se.namndbok.core.protokoll;

/**
 * An agenda item as a paragraf of the protokoll: its § number (null until numbered), the beslut and how it was
 * reached (beslutsgång, null when the proposal was simply approved); {@code version} is raised by each change of
 * the beslut.
 */
public record Paragraf(long arendepunktId, Integer nummer, String beslut, String beslutsgang, int version) {}
