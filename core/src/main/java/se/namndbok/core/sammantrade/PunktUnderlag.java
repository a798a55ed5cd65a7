package se.namndbok.core.sammantrade;

import java.util.List;
import se.namndbok.core.arende.Handling;

/**
 * An item's beslutsunderlag and bilagor, and the handlingar of its ärende to choose from (empty without an
 * ärende), read together for the item's editor.
 */
public record PunktUnderlag(List<Beslutsunderlag> underlag, List<Bilaga> bilagor, List<Handling> handlingar) {
  public PunktUnderlag {
    underlag = List.copyOf(underlag);
    bilagor = List.copyOf(bilagor);
    handlingar = List.copyOf(handlingar);
  }
}
