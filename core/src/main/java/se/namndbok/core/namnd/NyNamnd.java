package se.namndbok.core.namnd;

/** What a user gives to start with an empty board: its name, municipality and administration. */
public record NyNamnd(String namn, String kommun, String forvaltning) {}
