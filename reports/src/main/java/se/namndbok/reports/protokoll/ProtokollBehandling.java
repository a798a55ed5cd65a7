package se.namndbok.reports.protokoll;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.protokoll.Behandling;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.protokoll.ProtokollUnderlag;

/** A §'s handling in words: who took part, jäv, beslutsunderlag, yrkanden, omröstning, reservationer, anteckningar. */
final class ProtokollBehandling {
  private ProtokollBehandling() {}

  static Behandlingstext text(ProtokollPunkt pp, ProtokollUnderlag u) {
    Behandling b = pp.behandling();
    Function<Long, String> namn = id -> u.ledamot(id).map(ProtokollMapper::namn).orElse("ledamot " + id);
    String beslutande = pp.nummer() == null || u.narvaro().isEmpty() ? ""
        : String.join(", ", u.beslutande(pp.nummer(), b.jav()).stream().map(Ledamotsplats::ledamot)
            .map(ProtokollMapper::namn).toList());
    List<String> jav = b.jav().stream()
        .map(id -> namn.apply(id) + " anmäler jäv och deltar inte i handläggningen av ärendet.").toList();
    List<String> underlag = pp.beslutsunderlag().stream().map(r -> r.handling() == null ? r.text()
        : r.handling().rubrik() + (r.handling().handlingsId() == null ? "" : ", Hid: " + r.handling().handlingsId()))
        .filter(Objects::nonNull).toList();
    List<String> yrkanden = b.yrkanden().stream().map(y -> namn.apply(y.ledamotId()) + ": " + y.text()).toList();
    List<String> reservationer = b.reservationer().stream().map(r -> namn.apply(r.ledamotId())
        + " reserverar sig mot beslutet" + (r.text().isBlank() ? "." : ": " + r.text())).toList();
    List<String> anteckningar = b.anteckningar().stream().map(a -> namn.apply(a.ledamotId())
        + " lämnar följande protokollsanteckning: " + a.text()).toList();
    return new Behandlingstext(beslutande, jav, underlag, yrkanden, b.propositionsordning(),
        omrostning(b.omrostning(), u), reservationer, anteckningar, b.beslutOffentligt());
  }

  private static Behandlingstext.Omrostningstext omrostning(Behandling.Omrostning o, ProtokollUnderlag u) {
    if (o == null) {
      return null;
    }
    List<List<String>> rader = o.roster().stream().map(r -> {
      var l = u.ledamot(r.ledamotId());
      return List.of(l.map(x -> x.namn()).orElse("ledamot " + r.ledamotId()), l.map(x -> x.parti()).orElse(""),
          r.val().text());
    }).toList();
    long ja = o.antal(Behandling.Rostval.JA);
    long nej = o.antal(Behandling.Rostval.NEJ);
    long avstar = o.antal(Behandling.Rostval.AVSTAR);
    String resultat = "Omröstningsresultat: " + ja + " ja-röster, " + nej + " nej-röster" + (avstar == 0 ? ""
        : ", " + avstar + " avstår") + ". " + (ja == nej ? "Lika röstetal; ordförandens röst avgör."
        : "Ordföranden finner att beslut har fattats i enlighet med " + (ja > nej ? "ja" : "nej") + "-sidan: "
            + sentence(ja > nej ? o.ja() : o.nej()));
    return new Behandlingstext.Omrostningstext(o.ja(), o.nej(), rader, resultat);
  }

  private static String sentence(String s) {
    String t = s.strip();
    t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
