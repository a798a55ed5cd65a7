package se.namndbok.reports.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.reports.layout.Block;

/**
 * The text of a demo attachment, read from {@code /demo/bilagor/NAME.json} where NAME is the file name without
 * ".pdf". The format is a title, a sender and a list of blocks, each with a {@code typ}: {@code rubrik}
 * (niva 1–3, text), {@code stycke} (text, optionally fet), {@code lista} (rader), {@code tabell} (bredder,
 * kolumner, rader, optionally fetaRader) or {@code sidbrytning}. The texts are transcribed from the reference
 * kallelse's attachments, or written for the demo where the reference has none (marked as fictional in the text).
 */
record DemoBilagaText(String titel, String avsandare, List<Block> blocks) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static DemoBilagaText of(String filnamn) {
    String resource = "/demo/bilagor/" + filnamn.replaceFirst("(?i)\\.pdf$", "") + ".json";
    try (InputStream in = DemoBilagaText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "Demonämnden har ingen text för bilagan " + filnamn + " (" + resource + ")");
      }
      JsonNode root = JSON.readTree(in);
      List<Block> blocks = new ArrayList<>();
      for (JsonNode block : root.required("block")) {
        blocks.add(block(block, resource));
      }
      return new DemoBilagaText(root.required("titel").asText(), root.required("avsandare").asText(), blocks);
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte läsa " + resource, e);
    }
  }

  private static Block block(JsonNode node, String resource) {
    String typ = node.required("typ").asText();
    return switch (typ) {
      case "rubrik" -> new Block.Heading(node.required("niva").asInt(), node.required("text").asText());
      case "stycke" -> new Block.Paragraph(node.required("text").asText(), node.path("fet").asBoolean(false));
      case "lista" -> new Block.BulletList(strings(node.required("rader")));
      case "tabell" -> table(node);
      case "sidbrytning" -> new Block.PageBreak();
      default -> throw new IllegalArgumentException(resource + ": okänd typ \"" + typ + "\"");
    };
  }

  /** A table; {@code fetaRader} optionally lists the 0-based body rows printed bold (sums). */
  private static Block.Table table(JsonNode node) {
    List<List<String>> rows = rows(node.required("rader"));
    List<Boolean> bold = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      bold.add(false);
    }
    node.path("fetaRader").forEach(n -> bold.set(n.asInt(), true));
    return new Block.Table(numbers(node.required("bredder")), strings(node.required("kolumner")), rows, bold);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Double> numbers(JsonNode array) {
    List<Double> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asDouble()));
    return out;
  }

  private static List<List<String>> rows(JsonNode array) {
    List<List<String>> out = new ArrayList<>();
    array.forEach(row -> out.add(strings(row)));
    return out;
  }
}
