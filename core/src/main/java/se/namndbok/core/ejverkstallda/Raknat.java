package se.namndbok.core.ejverkstallda;

/** One group of the quarter's aggregate: how many decisions of an insats and kön have this status. */
public record Raknat(String insats, Kon kon, Status status, int antal) {}
