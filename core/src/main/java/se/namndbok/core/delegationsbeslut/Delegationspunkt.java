package se.namndbok.core.delegationsbeslut;

/**
 * One point of the board's delegationsordning: its number as the board's document numbers it ({@code 3.1.2}),
 * what may be decided ({@code arende}), the lagrum ({@code 4 kap. 1 § SoL}, may be null) and the delegat — a
 * title or an utskott, one of the board's delegater ({@code delegat} is its name). {@code ordning} is the
 * order of the document.
 */
public record Delegationspunkt(long id, long namndId, String nummer, String arende, String lagrum, long delegatId,
    String delegat, int ordning, int version) {}
