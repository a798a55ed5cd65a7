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
 * recorded attendance, the protokoll, the items in § order and, once justerat, its kept versions (the original
 * and each rättelse). Confidential content is included and marked; {@code sekretess} decides what the public
 * version withholds.
 */
public record ProtokollUnderlag(Namnd namnd, Sammantrade sammantrade, Utskott utskott, List<Ledamotsplats> platser,
    List<Narvaro> narvaro, Protokoll protokoll, List<ProtokollPunkt> punkter, List<ProtokollVersion> versioner,
    Sekretessprovning sekretess) {

  /** Without the sekretess rule (a view that prints nothing): every item counts as its own marking says. */
  public ProtokollUnderlag(Namnd namnd, Sammantrade sammantrade, Utskott utskott, List<Ledamotsplats> platser,
      List<Narvaro> narvaro, Protokoll protokoll, List<ProtokollPunkt> punkter, List<ProtokollVersion> versioner) {
    this(namnd, sammantrade, utskott, platser, narvaro, protokoll, punkter, versioner, null);
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
    versioner = List.copyOf(versioner);
  }

  /** The rättelser made so far, oldest first: what a corrected protokoll prints about itself. */
  public List<ProtokollVersion> rattelser() {
    return versioner.stream().filter(ProtokollVersion::rattad).toList();
  }

  /** The version this protokoll is (1 for the original; 0 while not justerat). */
  public int version() {
    return versioner.isEmpty() ? 0 : versioner.getLast().version();
  }

  /** With {@code v} as its newest version: the underlag of a version being made. */
  ProtokollUnderlag medVersion(ProtokollVersion v) {
    List<ProtokollVersion> alla = new java.util.ArrayList<>(versioner);
    alla.add(v);
    return new ProtokollUnderlag(namnd, sammantrade, utskott, platser, narvaro, protokoll, punkter, alla, sekretess);
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

  /**
   * The numbers of the opening §§ (upprop, val av justerare, fastställande av ärendelistan) in that order: the three
   * before the first numbered item; empty without an opening or before the items are numbered.
   */
  public List<Integer> inledandeParagrafer() {
    if (protokoll == null || !protokoll.inledning()) {
      return List.of();
    }
    return punkter.stream().map(ProtokollPunkt::nummer).filter(java.util.Objects::nonNull).min(Integer::compare)
        .map(f -> java.util.stream.IntStream.range(f - Protokoll.INLEDANDE_PARAGRAFER, f).boxed().toList())
        .orElse(List.of());
  }

  /**
   * Who took part in the decision of § {@code nummer}, in seat order: each present ordinarie ledamot and
   * tjänstgörande ersättare whose §§ include it, less those {@code jav}.
   */
  public List<Ledamotsplats> beslutande(int nummer, List<Long> jav) {
    List<Ledamotsplats> alla = platser.stream().filter(p -> !jav.contains(p.ledamot().id()))
        .filter(p -> BehandlingRegler.beslutande(p.ledamot().id(), nummer, narvaro, platser)).toList();
    // in the order the protokoll's first page gives: each seat's ledamot, and after it the ersättare serving in it
    // (a walk found the serving ersättare last in each §, in the seat of the one replaced on page 1)
    List<Ledamotsplats> ordnade = new java.util.ArrayList<>();
    for (Ledamotsplats plats : platser) {
      if (plats.uppdrag().typ() != se.namndbok.core.namnd.UppdragTyp.ORDINARIE) {
        continue;
      }
      if (alla.contains(plats)) {
        ordnade.add(plats);
      }
      alla.stream().filter(e -> narvaro.stream().anyMatch(n -> n.ledamotId() == e.ledamot().id()
          && java.util.Objects.equals(n.tjanstgorFor(), plats.ledamot().id())))
          .filter(e -> !ordnade.contains(e)).forEach(ordnade::add);
    }
    alla.stream().filter(p -> !ordnade.contains(p)).forEach(ordnade::add);
    return List.copyOf(ordnade);
  }
}
