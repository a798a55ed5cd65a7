package se.namndbok.core.sammantrade;

import se.namndbok.core.arende.Arende;

/** An item of the ärendelista with its ärende (null when it has none), as the meeting builder lists it. */
public record ListadPunkt(Arendepunkt punkt, Arende arende) {}
