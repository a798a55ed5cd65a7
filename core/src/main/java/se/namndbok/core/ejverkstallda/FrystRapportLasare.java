package se.namndbok.core.ejverkstallda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Omradessumma;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Rad;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;

/**
 * Reads a fastställd report back from the JSON it was frozen as, so that the window shows the figures the board
 * sent, not today's. The comparison and the differences are the caller's (they are about other data).
 */
public final class FrystRapportLasare {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FrystRapportLasare() {}

  public static Kvartalsrapport las(FrystRapport f, Insatskatalog katalog) {
    JsonNode root;
    try {
      root = JSON.readTree(f.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("den fastställda rapporten är ingen läsbar JSON: " + e.getOriginalMessage(), e);
    }
    List<Rad> rader = new ArrayList<>();
    root.path("rader").forEach(n -> rader.add(new Rad(insats(katalog, n), antal(n))));
    List<Omradessumma> omraden = new ArrayList<>();
    root.path("omraden").forEach(n -> omraden.add(new Omradessumma(Omrade.valueOf(n.path("omrade").asText()),
        antal(n))));
    List<StatusFordelning> status = new ArrayList<>();
    root.path("status").forEach(n -> status.add(status(katalog, n)));
    return new Kvartalsrapport(f.lag(), f.kvartal(), rader, omraden, antal(root.path("summa")), status, List.of(),
        List.of());
  }

  private static StatusFordelning status(Insatskatalog katalog, JsonNode n) {
    Map<Avslutsorsak, Integer> avslutade = new LinkedHashMap<>();
    n.path("avslutade").properties().forEach(e -> avslutade.put(Avslutsorsak.of(e.getKey()), e.getValue().asInt()));
    Map<Skal, Integer> ej = new LinkedHashMap<>();
    n.path("ej_verkstallda").properties().forEach(e -> ej.put(Skal.of(e.getKey()), e.getValue().asInt()));
    return new StatusFordelning(insats(katalog, n), n.path("verkstallda").asInt(), avslutade, ej);
  }

  private static Insats insats(Insatskatalog katalog, JsonNode n) {
    String kod = n.path("insats").asText();
    return katalog.find(kod).orElseThrow(
        () -> new IllegalStateException("insatsen " + kod + " i den fastställda rapporten finns inte i katalogen"));
  }

  private static Antal antal(JsonNode n) {
    return new Antal(n.path("kvinnor").asInt(), n.path("man").asInt());
  }
}
