package se.namndbok.reports.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A document laid out without being drawn, read back as a print checker would: which structure element each
 * line belongs to, on which page, in which order. Lines are the runs of one element on one baseline.
 */
final class LaidOut {
  /** One printed line: its page (0-based), baseline, text and the structure element it belongs to. */
  record Line(int page, float y, float x, String text, StructNode node) {
    String type() {
      return node == null ? "Artifact" : node.type;
    }
  }

  final Layouter.Result result;
  final List<Line> lines = new ArrayList<>();
  private final Map<StructNode, StructNode> parents = new IdentityHashMap<>();

  private LaidOut(Layouter.Result result) {
    this.result = result;
    index(result.root());
    for (int p = 0; p < result.pages().size(); p++) {
      Map<String, List<LaidPage.Run>> byLine = new LinkedHashMap<>();
      for (LaidPage.Run run : result.pages().get(p).runs) {
        String key = run.node() == null ? "artifact@" + System.identityHashCode(run)
            : System.identityHashCode(run.node()) + "@" + run.y();
        byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
      }
      for (List<LaidPage.Run> runs : byLine.values()) {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        lines.add(new Line(p, runs.getFirst().y(), runs.getFirst().x(), text.toString(), runs.getFirst().node()));
      }
    }
  }

  static LaidOut of(List<Block> blocks) {
    try (PDDocument doc = new PDDocument()) {
      return new LaidOut(Layouter.layout(blocks, new Fonts(doc), id -> "1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void index(StructNode node) {
    for (StructNode kid : node.kids) {
      parents.put(kid, node);
      index(kid);
    }
  }

  StructNode parent(StructNode node) {
    return parents.get(node);
  }

  /** The nearest ancestor (or the node itself) of {@code type}, or null. */
  StructNode ancestor(StructNode node, String type) {
    for (StructNode n = node; n != null; n = parents.get(n)) {
      if (n.type.equals(type)) {
        return n;
      }
    }
    return null;
  }

  int pages() {
    return result.pages().size();
  }

  /** The lines of the content (not artifacts) on {@code page}, top to bottom. */
  List<Line> content(int page) {
    return lines.stream().filter(l -> l.page() == page && l.node() != null)
        .sorted((a, b) -> Float.compare(b.y(), a.y())).toList();
  }

  /** Per page, the number of distinct baselines of content lines under {@code element}. */
  Map<Integer, Integer> linesPerPage(StructNode element) {
    Map<Integer, java.util.Set<Float>> baselines = new TreeMap<>();
    for (Line line : lines) {
      if (line.node() != null && ancestor(line.node(), element.type) == element) {
        baselines.computeIfAbsent(line.page(), k -> new java.util.HashSet<>()).add(line.y());
      }
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    baselines.forEach((page, ys) -> counts.put(page, ys.size()));
    return counts;
  }

  /** Every element of {@code type} in the tree, in reading order. */
  List<StructNode> all(String type) {
    List<StructNode> out = new ArrayList<>();
    collect(result.root(), type, out);
    return out;
  }

  private static void collect(StructNode node, String type, List<StructNode> out) {
    for (StructNode kid : node.kids) {
      if (kid.type.equals(type)) {
        out.add(kid);
      }
      collect(kid, type, out);
    }
  }
}
