package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns the plain text of a tjänsteskrivelse into blocks: blank lines separate paragraphs, lines starting with
 * "- " or "• " form a bullet list, and consecutive lines with tabs form a table whose first line is the header.
 */
public final class Markup {
  private enum Kind { TEXT, BULLET, TABLE }

  private Markup() {}

  public static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return blocks;
    }
    List<String> run = new ArrayList<>();
    Kind runKind = Kind.TEXT;
    for (String raw : text.replace("\r", "").split("\n", -1)) {
      String line = raw.strip();
      Kind kind = line.isEmpty() ? null : kind(raw);
      if (kind != runKind || line.isEmpty()) {
        flush(runKind, run, blocks);
        run.clear();
      }
      if (kind != null) {
        runKind = kind;
        run.add(kind == Kind.BULLET ? line.substring(1).strip() : kind == Kind.TABLE ? raw.stripTrailing() : line);
      }
    }
    flush(runKind, run, blocks);
    return blocks;
  }

  private static Kind kind(String raw) {
    String line = raw.strip();
    if (line.startsWith("- ") || line.startsWith("• ")) {
      return Kind.BULLET;
    }
    return raw.contains("\t") ? Kind.TABLE : Kind.TEXT;
  }

  private static void flush(Kind kind, List<String> lines, List<Block> out) {
    if (lines.isEmpty()) {
      return;
    }
    switch (kind) {
      case BULLET -> out.add(new Block.BulletList(lines));
      case TEXT -> out.add(new Block.Paragraph(String.join("\n", lines)));
      case TABLE -> out.add(table(lines));
    }
  }

  private static Block table(List<String> lines) {
    int columns = lines.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(1);
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
      cells.replaceAll(String::strip);
      cells.addAll(Collections.nCopies(columns - cells.size(), ""));
      rows.add(cells);
    }
    List<Double> widths = new ArrayList<>(Collections.nCopies(columns, 1.0));
    widths.set(0, 2.0);
    return new Block.Table(widths, rows.getFirst(), rows.subList(1, rows.size()));
  }
}
