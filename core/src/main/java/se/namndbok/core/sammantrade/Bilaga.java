package se.namndbok.core.sammantrade;

/** A handling whose stored file is attached to the kallelse after its item. */
public record Bilaga(long id, long arendepunktId, int ordning, long handlingId) {}
