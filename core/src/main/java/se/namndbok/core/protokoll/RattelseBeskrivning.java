package se.namndbok.core.protokoll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.sammantrade.Sammantrade;

/** What a rättelse changed, in Swedish, one line per change: kept with the version and printed in it. */
final class RattelseBeskrivning {
  private final LedamotService ledamoter;

  RattelseBeskrivning(LedamotService ledamoter) {
    this.ledamoter = ledamoter;
  }

  List<String> beslut(Paragraf before, Paragraf after) {
    List<String> out = new ArrayList<>();
    String par = "§ " + before.nummer();
    if (!Objects.equals(before.beslut(), after.beslut())) {
      out.add(par + " beslut: «" + text(before.beslut()) + "» ändrat till «" + text(after.beslut()) + "»");
    }
    if (!Objects.equals(before.beslutsgang(), after.beslutsgang())) {
      out.add(par + " beslutsgång: «" + text(before.beslutsgang()) + "» ändrad till «" + text(after.beslutsgang()) + "»");
    }
    return out;
  }

  List<String> narvaro(Sammantrade s, List<Narvaro> before, List<Narvaro> after) {
    Map<Long, String> namn = namn(s);
    Map<Long, Narvaro> fore = before.stream().collect(Collectors.toMap(Narvaro::ledamotId, Function.identity()));
    Map<Long, Narvaro> efter = after.stream().collect(Collectors.toMap(Narvaro::ledamotId, Function.identity()));
    List<String> out = new ArrayList<>();
    java.util.LinkedHashSet<Long> alla = new java.util.LinkedHashSet<>(fore.keySet());
    alla.addAll(efter.keySet());
    for (long id : alla) {
      String a = narvaro(fore.get(id), namn);
      String b = narvaro(efter.get(id), namn);
      if (!a.equals(b)) {
        out.add("Närvaro " + namn.getOrDefault(id, "ledamot " + id) + ": " + a + " ändrad till " + b);
      }
    }
    return out;
  }

  List<String> uppgifter(Sammantrade s, Protokoll before, Protokoll after) {
    Map<Long, String> namn = namn(s);
    List<String> out = new ArrayList<>();
    falt(out, "Sekreterare", before.sekreterare(), after.sekreterare());
    falt(out, "Justerare", namn.get(before.justerare1Id()), namn.get(after.justerare1Id()));
    falt(out, "Justerare 2", namn.get(before.justerare2Id()), namn.get(after.justerare2Id()));
    falt(out, "Justeringens datum", String.valueOf(before.justeringsdatum()), String.valueOf(after.justeringsdatum()));
    falt(out, "Justeringens plats", before.justeringsplats(), after.justeringsplats());
    falt(out, "Övriga närvarande", before.ovrigaNarvarande(), after.ovrigaNarvarande());
    falt(out, "Första paragraf", String.valueOf(before.forstaParagraf()), String.valueOf(after.forstaParagraf()));
    return out;
  }

  private Map<Long, String> namn(Sammantrade s) {
    return ledamoter.platser(s.utskottId(), s.datum()).stream().map(Ledamotsplats::ledamot)
        .collect(Collectors.toMap(l -> l.id(), l -> l.namn(), (a, b) -> a));
  }

  private static String narvaro(Narvaro n, Map<Long, String> namn) {
    if (n == null) {
      return "ej upptagen";
    }
    if (!n.narvarande()) {
      return "frånvarande";
    }
    String s = "närvarande";
    if (n.tjanstgorFor() != null) {
      s += ", tjänstgör för " + namn.getOrDefault(n.tjanstgorFor(), "ledamot " + n.tjanstgorFor());
    }
    return n.lamnade() == null ? s : s + ", lämnade kl. " + n.lamnade();
  }

  private static void falt(List<String> out, String falt, String before, String after) {
    if (!Objects.equals(before, after)) {
      out.add(falt + ": «" + text(before) + "» ändrat till «" + text(after) + "»");
    }
  }

  /** The value on one line (a change is kept and printed as one line). */
  private static String text(String s) {
    return s == null || s.equals("null") ? "" : s.strip().replaceAll("\\s*\\R\\s*", " / ");
  }
}
