package se.namndbok.core.protokoll;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.shared.Validator;

/**
 * The rules of an attendance list: everyone listed holds a seat on the organ on the meeting day and is listed
 * once; only a present ersättare serves (tjänstgör), and only for an ordinarie ledamot who does not take part in
 * the §§ served (absent, or arrived later or left earlier) and has no other ersättare serving for them; times and
 * §§ of arriving and leaving are only given for someone present, the first § not after the last.
 */
final class NarvaroValidering {
  static final String FIELD = "Närvaro";

  private NarvaroValidering() {}

  static void validate(List<Narvaro> narvaro, List<Ledamotsplats> platser, Validator v) {
    Map<Long, Ledamotsplats> seats = platser.stream()
        .collect(Collectors.toMap(p -> p.ledamot().id(), Function.identity(), (a, b) -> a));
    Map<Long, Narvaro> byId = narvaro.stream()
        .collect(Collectors.toMap(Narvaro::ledamotId, Function.identity(), (a, b) -> a));
    Set<Long> seen = new HashSet<>();
    Set<Long> servedFor = new HashSet<>();
    for (Narvaro n : narvaro) {
      Ledamotsplats plats = seats.get(n.ledamotId());
      if (plats == null) {
        v.require(false, FIELD, "ledamoten med id " + n.ledamotId() + " har ingen plats i organet på sammanträdesdagen");
        continue;
      }
      String namn = plats.ledamot().namn();
      v.require(seen.add(n.ledamotId()), FIELD, namn + " står med mer än en gång");
      v.require(n.lamnade() == null || n.narvarande(), FIELD, namn + " är inte närvarande och kan inte ha lämnat sammanträdet");
      v.require(n.ankom() == null || n.narvarande(), FIELD, namn + " är inte närvarande och kan inte ha kommit");
      v.require(!n.delvis() || n.narvarande(), FIELD, namn + " är inte närvarande och kan inte delta i några paragrafer");
      v.require(n.ankom() == null || n.lamnade() == null || n.ankom().isBefore(n.lamnade()), FIELD,
          namn + " kan inte ha lämnat innan hen kom");
      v.require((n.franParagraf() == null || n.franParagraf() > 0) && (n.tillParagraf() == null || n.tillParagraf() > 0),
          FIELD, namn + ": paragrafnummer måste vara minst 1");
      v.require(n.franParagraf() == null || n.tillParagraf() == null || n.franParagraf() <= n.tillParagraf(), FIELD,
          namn + ": första paragrafen (§ " + n.franParagraf() + ") kommer efter den sista (§ " + n.tillParagraf() + ")");
      if (n.tjanstgorFor() != null) {
        tjanstgor(n, plats, seats, byId, servedFor, v);
      }
    }
  }

  private static void tjanstgor(Narvaro n, Ledamotsplats plats, Map<Long, Ledamotsplats> seats,
      Map<Long, Narvaro> byId, Set<Long> servedFor, Validator v) {
    String namn = plats.ledamot().namn();
    v.require(plats.uppdrag().typ() == UppdragTyp.ERSATTARE, FIELD,
        namn + " är ordinarie ledamot, inte ersättare, och kan inte tjänstgöra för någon annan");
    v.require(n.narvarande(), FIELD, namn + " är inte närvarande och kan inte tjänstgöra");
    Ledamotsplats ordinarie = seats.get(n.tjanstgorFor());
    if (ordinarie == null || ordinarie.uppdrag().typ() != UppdragTyp.ORDINARIE) {
      v.require(false, FIELD, namn + " kan bara tjänstgöra för en ordinarie ledamot i organet");
      return;
    }
    String forNamn = ordinarie.ledamot().namn();
    boolean krock = Optional.ofNullable(byId.get(n.tjanstgorFor())).filter(Narvaro::narvarande)
        .map(o -> o.overlappar(n)).orElse(false);
    v.require(!krock, FIELD, forNamn + " deltar själv i de paragrafer där " + namn + " ska tjänstgöra för "
        + forNamn + "; ange vilka §§ var och en deltar i");
    v.require(servedFor.add(n.tjanstgorFor()), FIELD, "fler än en ersättare tjänstgör för " + forNamn);
  }
}
