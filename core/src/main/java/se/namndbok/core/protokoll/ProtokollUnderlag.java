package se.namndbok.core.protokoll;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.sekretess.Sekretessgrund;
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
    List<Narvaro> narvaro, Protokoll protokoll, List<ProtokollPunkt> punkter, Sekretessprovning sekretess) {

  /** Without the sekretess rule (a view that prints nothing): every item counts as its own marking says. */
  public ProtokollUnderlag(Namnd namnd, Sammantrade sammantrade, Utskott utskott, List<Ledamotsplats> platser,
      List<Narvaro> narvaro, Protokoll protokoll, List<ProtokollPunkt> punkter) {
    this(namnd, sammantrade, utskott, platser, narvaro, protokoll, punkter, null);
  }

  /** The ground a § is withheld under in the public version; empty for a public §. */
  public Optional<Sekretessgrund> sekretess(ProtokollPunkt p) {
    if (sekretess == null) {
      throw new IllegalStateException("read without the sekretess rule");
    }
    return sekretess.prova(p.punkt().innehall().sekretessval(), p.punkt().innehall().arendeId());
  }

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
