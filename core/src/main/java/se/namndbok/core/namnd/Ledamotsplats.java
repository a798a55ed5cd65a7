package se.namndbok.core.namnd;

/** One seat with the person holding it, as a list of members shows it. */
public record Ledamotsplats(Ledamot ledamot, Uppdrag uppdrag) {}
