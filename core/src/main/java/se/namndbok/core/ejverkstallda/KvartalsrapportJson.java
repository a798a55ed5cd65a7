package se.namndbok.core.ejverkstallda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;

/**
 * The machine-readable report ({@code --format json}) with exactly the keys of ej-verkstallda-beslut.md, plus
 * {@code avvikelse} only when frozen figures differ from today's data (per insats: the totals {@code fryst} and
 * {@code nu}, and {@code fryst_kvinnor}, {@code fryst_man}, {@code nu_kvinnor}, {@code nu_man}, since a difference
 * may be in the split alone). Also reads the figures back out of a
 * frozen report.
 */
public final class KvartalsrapportJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private KvartalsrapportJson() {}

  public static String write(Kvartalsrapport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("lag", r.lag().kod());
    root.put("kvartal", r.kvartal().toString());
    root.put("rapporteringsdatum", r.rapporteringsdatum().toString());
    ArrayNode rader = root.putArray("rader");
    r.rader().forEach(rad -> antal(rader.addObject().put("insats", rad.insats().kod()), rad.antal()));
    ArrayNode omraden = root.putArray("omraden");
    r.omraden().forEach(o -> antal(omraden.addObject().put("omrade", o.omrade().name()), o.antal()));
    antal(root.putObject("summa"), r.summa());
    ArrayNode status = root.putArray("status");
    r.status().forEach(s -> {
      ObjectNode n = status.addObject().put("insats", s.insats().kod()).put("verkstallda", s.verkstallda());
      ObjectNode avslutade = n.putObject("avslutade");
      s.avslutade().forEach((orsak, antal) -> avslutade.put(orsak.kod(), antal));
      ObjectNode ej = n.putObject("ej_verkstallda");
      s.ejVerkstallda().forEach((skal, antal) -> ej.put(skal.kod(), antal));
    });
    ArrayNode jamforelse = root.putArray("jamforelse");
    r.jamforelse().forEach(j -> jamforelse.addObject().put("kvartal", j.kvartal().toString()).put("summa", j.summa())
        .put("fryst", j.fryst()));
    if (!r.avvikelser().isEmpty()) {
      ArrayNode avvikelse = root.putArray("avvikelse");
      r.avvikelser().forEach(a -> avvikelse.addObject().put("kvartal", a.kvartal().toString())
          .put("insats", a.insats()).put("fryst", a.fryst().summa()).put("nu", a.nu().summa())
          .put("fryst_kvinnor", a.fryst().kvinnor()).put("fryst_man", a.fryst().man())
          .put("nu_kvinnor", a.nu().kvinnor()).put("nu_man", a.nu().man()));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void antal(ObjectNode n, Antal a) {
    n.put("kvinnor", a.kvinnor()).put("man", a.man()).put("summa", a.summa());
  }

  /** The per-insats totals ({@code rader[].summa}) of a report written by {@link #write}. */
  public static Map<String, Integer> perInsats(String json) {
    Map<String, Integer> result = new LinkedHashMap<>();
    parse(json).path("rader").forEach(n -> result.put(n.path("insats").asText(), n.path("summa").asInt()));
    return result;
  }

  /** The women and men per insats ({@code rader[].kvinnor}, {@code man}) of a report written by {@link #write}. */
  public static Map<String, Antal> perInsatsOchKon(String json) {
    Map<String, Antal> result = new LinkedHashMap<>();
    parse(json).path("rader").forEach(n -> result.put(n.path("insats").asText(),
        new Antal(n.path("kvinnor").asInt(), n.path("man").asInt())));
    return result;
  }

  /** The grand total ({@code summa.summa}) of a report written by {@link #write}. */
  public static int summa(String json) {
    return parse(json).path("summa").path("summa").asInt();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("den fastställda rapporten är ingen läsbar JSON: " + e.getOriginalMessage(), e);
    }
  }
}
