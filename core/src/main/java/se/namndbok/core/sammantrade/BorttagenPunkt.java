package se.namndbok.core.sammantrade;

import java.util.List;

/** An item as it was removed, with its beslutsunderlag and bilagor: what "Ångra" puts back. */
public record BorttagenPunkt(Arendepunkt punkt, List<Beslutsunderlag> underlag, List<Bilaga> bilagor) {
  public BorttagenPunkt {
    underlag = List.copyOf(underlag);
    bilagor = List.copyOf(bilagor);
  }
}
