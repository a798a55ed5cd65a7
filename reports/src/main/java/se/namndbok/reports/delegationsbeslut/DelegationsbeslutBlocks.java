package se.namndbok.reports.delegationsbeslut;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.Markup;

/**
 * Delegationsbeslut grouped by delegat (in the order the delegats first appear), one heading and table per
 * delegat (a continuation page says "delegat (forts.)") with the point of the delegationsordning and its lagrum
 * when the decisions name points, and who decided, then the "Övriga beslut" text as written (its paragraphs
 * and lists, each list entry with one marker); shared by the kallelse item and the separate report.
 */
public final class DelegationsbeslutBlocks {
  private DelegationsbeslutBlocks() {}

  public static List<Block> grouped(List<DelegationsbeslutRad> rader, List<String> ovriga, int headingLevel) {
    Map<String, List<DelegationsbeslutRad>> byDelegat = new LinkedHashMap<>();
    rader.forEach(r -> byDelegat.computeIfAbsent(r.delegat(), d -> new ArrayList<>()).add(r));
    List<Block> blocks = new ArrayList<>();
    boolean punkter = rader.stream().anyMatch(r -> !r.punkt().isEmpty());
    byDelegat.forEach((delegat, beslut) -> {
      blocks.add(new Block.Heading(headingLevel, delegat));
      blocks.add((punkter
          ? new Block.Table(List.of(1.5, 3.9, 1.35), List.of("Punkt, lagrum", "Beslut", "Beslutsdatum"),
              beslut.stream().map(b -> List.of(b.punktCell(), b.beslutCell(), b.beslutsdatum())).toList())
          : new Block.Table(List.of(4.0, 1.0), List.of("Beslut", "Beslutsdatum"),
              beslut.stream().map(b -> List.of(b.beslutCell(), b.beslutsdatum())).toList())).withCaption(delegat));
    });
    if (ovriga.stream().anyMatch(l -> !l.isBlank())) {
      // on one page when it fits on one: its list began the next page alone, under no heading
      List<Block> ovrigt = new ArrayList<>();
      ovrigt.add(new Block.Heading(headingLevel, "Övriga beslut"));
      ovrigt.addAll(Markup.blocks(String.join("\n", ovriga), Math.min(3, headingLevel + 1)));
      blocks.add(new Block.KeepTogether(ovrigt));
    }
    return blocks;
  }
}
