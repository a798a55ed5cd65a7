package se.namndbok.core.protokoll;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.Validator;

/** What must be in place before a protokoll can be justerat; reports every gap at once. */
final class JusteringsKontroll {
  private JusteringsKontroll() {}

  static void check(Sammantrade s, Protokoll p, List<Narvaro> narvaro, List<Ledamotsplats> platser,
      List<Arendepunkt> punkter, List<Paragraf> paragrafer) {
    Validator v = new Validator()
        .require(s.status() == SammantradeStatus.GENOMFORT, "Sammanträde",
            "sammanträdet " + s.datum() + " är inte genomfört än")
        .notNull(p.justerare1Id(), "Justerare")
        .notNull(p.justeringsdatum(), "Justeringens datum")
        .notBlank(p.justeringsplats(), "Justeringens plats")
        .require(narvaro.stream().anyMatch(Narvaro::narvarande), NarvaroValidering.FIELD,
            "ange vilka som var närvarande innan protokollet justeras");
    v.require(p.justerare1Id() == null || beslutande(narvaro, platser, p.justerare1Id()), "Justerare",
        "justeraren var inte tjänstgörande vid sammanträdet");
    v.require(p.justerare2Id() == null || beslutande(narvaro, platser, p.justerare2Id()), "Justerare 2",
        "justeraren var inte tjänstgörande vid sammanträdet");
    Map<Long, Paragraf> byPunkt = paragrafer.stream()
        .collect(Collectors.toMap(Paragraf::arendepunktId, Function.identity()));
    for (Arendepunkt punkt : punkter) {
      Paragraf par = byPunkt.get(punkt.id());
      v.require(par != null && par.beslut() != null && !par.beslut().isBlank(),
          "Beslut (§ " + (par == null ? "?" : par.nummer()) + " " + punkt.rubrik() + ")", "måste fyllas i");
    }
    int forsta = paragrafer.stream().map(Paragraf::nummer).filter(java.util.Objects::nonNull).min(Integer::compare)
        .orElse(1) - p.inledandeParagrafer();
    int sista = paragrafer.stream().map(Paragraf::nummer).filter(java.util.Objects::nonNull).max(Integer::compare)
        .orElse(forsta + p.inledandeParagrafer() - 1);
    for (Narvaro n : narvaro) {
      boolean inom = (n.franParagraf() == null || (n.franParagraf() >= forsta && n.franParagraf() <= sista))
          && (n.tillParagraf() == null || (n.tillParagraf() >= forsta && n.tillParagraf() <= sista));
      v.require(inom, NarvaroValidering.FIELD, namn(platser, n.ledamotId()) + ": paragraferna ska ligga inom "
          + "sammanträdets §§ " + forsta + "–" + sista);
    }
    v.throwIfInvalid();
  }

  private static String namn(List<Ledamotsplats> platser, long id) {
    return platser.stream().filter(p -> p.ledamot().id() == id).map(p -> p.ledamot().namn()).findFirst()
        .orElse("ledamoten med id " + id);
  }

  /** Present and serving: an ordinarie present (not merely an ersättare sitting in) or a tjänstgörande ersättare. */
  private static boolean beslutande(List<Narvaro> narvaro, List<Ledamotsplats> platser, long ledamotId) {
    boolean ordinarie = platser.stream()
        .anyMatch(pl -> pl.ledamot().id() == ledamotId && pl.uppdrag().typ() == UppdragTyp.ORDINARIE);
    return narvaro.stream().anyMatch(n -> n.ledamotId() == ledamotId && n.narvarande()
        && (ordinarie || n.tjanstgorFor() != null));
  }
}
