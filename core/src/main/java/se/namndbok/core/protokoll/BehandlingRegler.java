package se.namndbok.core.protokoll;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.shared.Validator;

/**
 * The rules of a §'s handling: whoever yrkar, reserverar sig or votes took part in the § (a present ordinarie
 * ledamot or a tjänstgörande ersättare whose §§ include it) and was not jävig; a jävig person was beslutande; each
 * votes once; a yrkande says what is proposed; a protokollsanteckning is made by someone present.
 */
final class BehandlingRegler {
  static final String FIELD = "Behandling";

  private BehandlingRegler() {}

  static void check(Behandling b, Integer nummer, List<Narvaro> narvaro, List<Ledamotsplats> platser) {
    Validator v = new Validator();
    Set<Long> jav = new HashSet<>(b.jav());
    v.require(jav.size() == b.jav().size(), "Jäv", "samma person står mer än en gång");
    for (long id : b.jav()) {
      v.require(beslutande(id, nummer, narvaro, platser), "Jäv", namn(id, platser) + " deltar inte i paragrafen");
    }
    for (Behandling.Inlaga y : b.yrkanden()) {
      deltar(v, "Yrkanden", y.ledamotId(), nummer, narvaro, platser, jav);
      v.require(!y.text().isBlank(), "Yrkanden", namn(y.ledamotId(), platser) + ": skriv vad som yrkas");
      v.maxLength(y.text(), 10_000, "Yrkanden");
    }
    for (Behandling.Inlaga r : b.reservationer()) {
      deltar(v, "Reservationer", r.ledamotId(), nummer, narvaro, platser, jav);
      v.maxLength(r.text(), 10_000, "Reservationer");
    }
    for (Behandling.Inlaga a : b.anteckningar()) {
      v.require(narvaro.stream().anyMatch(n -> n.ledamotId() == a.ledamotId() && n.narvarande()),
          "Protokollsanteckningar", namn(a.ledamotId(), platser) + " var inte närvarande");
      v.require(!a.text().isBlank(), "Protokollsanteckningar", namn(a.ledamotId(), platser) + ": skriv anteckningen");
      v.maxLength(a.text(), 10_000, "Protokollsanteckningar");
    }
    v.maxLength(b.propositionsordning(), 10_000, "Propositionsordning");
    if (b.omrostning() != null) {
      Behandling.Omrostning o = b.omrostning();
      v.require(o.ja() != null && !o.ja().isBlank() && o.nej() != null && !o.nej().isBlank(), "Omröstning",
          "ange vad ja och nej innebär");
      v.require(!o.roster().isEmpty(), "Omröstning", "ange hur var och en röstade");
      Set<Long> roster = new HashSet<>();
      for (Behandling.Rost r : o.roster()) {
        deltar(v, "Omröstning", r.ledamotId(), nummer, narvaro, platser, jav);
        v.require(roster.add(r.ledamotId()), "Omröstning", namn(r.ledamotId(), platser) + " röstar mer än en gång");
      }
    }
    v.throwIfInvalid();
  }

  private static void deltar(Validator v, String field, long id, Integer nummer, List<Narvaro> narvaro,
      List<Ledamotsplats> platser, Set<Long> jav) {
    v.require(beslutande(id, nummer, narvaro, platser), field, namn(id, platser) + " deltar inte i beslutet"
        + (nummer == null ? "" : " i § " + nummer));
    v.require(!jav.contains(id), field, namn(id, platser) + " är jävig och deltar inte i beslutet");
  }

  /** Took part in § {@code nummer} (any § while unnumbered): present ordinarie or tjänstgörande ersättare. */
  static boolean beslutande(long id, Integer nummer, List<Narvaro> narvaro, List<Ledamotsplats> platser) {
    Optional<Narvaro> n = narvaro.stream().filter(x -> x.ledamotId() == id && x.narvarande()).findFirst();
    if (n.isEmpty() || (nummer != null && !n.get().deltarI(nummer))) {
      return false;
    }
    boolean ordinarie = platser.stream()
        .anyMatch(p -> p.ledamot().id() == id && p.uppdrag().typ() == UppdragTyp.ORDINARIE);
    return ordinarie || n.get().tjanstgorFor() != null;
  }

  private static String namn(long id, List<Ledamotsplats> platser) {
    return platser.stream().filter(p -> p.ledamot().id() == id).map(p -> p.ledamot().namn()).findFirst()
        .orElse("ledamoten med id " + id);
  }
}
