package se.namndbok.app.sammantrade;

import java.util.List;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Beslutsunderlag;
import se.namndbok.core.sammantrade.Bilaga;

/** What "Ångra" needs to put a removed item back where it was, with its beslutsunderlag and bilagor. */
record RemovedPunkt(Arendepunkt punkt, List<Beslutsunderlag> underlag, List<Bilaga> bilagor) {}
