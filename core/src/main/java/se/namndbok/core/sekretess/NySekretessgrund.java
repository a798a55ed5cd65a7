package se.namndbok.core.sekretess;

/** What a user gives for a ground in Inställningar; see {@link Sekretessgrund} for the fields. */
public record NySekretessgrund(String kod, String benamning, String kortform, String lagrum) {}
