package se.namndbok.core.protokoll;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * Everything the protokoll of one meeting shows, read in one transaction: the board, the meeting (and its
 * utskott, null for the board's own meeting), the seats held on the meeting day (ordinarie first, in order), the
 * recorded attendance, the protokoll and the items in § order. Confidential content is included and marked.
 */
public record ProtokollUnderlag(Namnd namnd, Sammantrade sammantrade, Utskott utskott, List<Ledamotsplats> platser,
    List<Narvaro> narvaro, Protokoll protokoll, List<ProtokollPunkt> punkter) {

  public ProtokollUnderlag {
    platser = List.copyOf(platser);
    narvaro = List.copyOf(narvaro);
    punkter = List.copyOf(punkter);
  }

  public Optional<Ledamotsplats> plats(Long ledamotId) {
    return ledamotId == null ? Optional.empty()
        : platser.stream().filter(p -> p.ledamot().id() == ledamotId).findFirst();
  }

  public Optional<Ledamot> ledamot(Long ledamotId) {
    return plats(ledamotId).map(Ledamotsplats::ledamot);
  }

  public Optional<Narvaro> narvaro(long ledamotId) {
    return narvaro.stream().filter(n -> n.ledamotId() == ledamotId).findFirst();
  }
}
