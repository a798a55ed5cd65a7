package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a tjänsteskrivelse, as users write it, into blocks, so that no markup is ever printed raw:
 * blank lines separate paragraphs; "#" to "######" start a heading; lines starting with "- ", "* " or "• " form
 * a bulleted list and "1. " or "1) " a numbered one; consecutive lines with tabs, or lines between pipes
 * ("| a | b |", a "|---|" line skipped), form a table whose first line is the header; a line of only dashes or
 * stars is dropped. Inline {@code **bold**} is rendered by the layout ({@link Typografi}).
 */
public final class Markup {
  private enum Kind { TEXT, BULLET, NUMBER, TABLE, PIPE }

  private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
  private static final Pattern BULLET = Pattern.compile("[-*•]\\s+(.*)");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}[.)]\\s+(.*)");
  private static final Pattern RULE = Pattern.compile("[-*_=]{3,}");
  private static final Pattern PIPE_SEPARATOR = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");

  private Markup() {}

  /** The blocks of {@code text}, its headings at level 3 (under a document's H1 and its section's H2). */
  public static List<Block> blocks(String text) {
    return blocks(text, 3);
  }

  /** The blocks of {@code text}; its highest markup heading gets {@code level}, deeper ones stay at most 3. */
  public static List<Block> blocks(String text, int level) {
    List<Block> blocks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return blocks;
    }
    String[] lines = text.replace("\r", "").split("\n", -1);
    int top = topHeading(lines);
    List<String> run = new ArrayList<>();
    Kind runKind = Kind.TEXT;
    for (String raw : lines) {
      String line = raw.strip();
      Matcher heading = HEADING.matcher(line);
      if (line.isEmpty() || heading.matches() || RULE.matcher(line).matches()) {
        flush(runKind, run, blocks);
        if (heading.matches() && !heading.group(2).isBlank()) {
          blocks.add(new Block.Heading(Math.min(3, level + heading.group(1).length() - top), heading.group(2)));
        }
        continue;
      }
      Kind kind = kind(raw);
      if (kind != runKind) {
        flush(runKind, run, blocks);
        runKind = kind;
      }
      run.add(switch (kind) {
        case BULLET -> group(BULLET, line);
        case NUMBER -> group(NUMBER, line);
        case TABLE -> raw.stripTrailing();
        default -> line;
      });
    }
    flush(runKind, run, blocks);
    return blocks;
  }

  private static int topHeading(String[] lines) {
    int top = 6;
    for (String line : lines) {
      Matcher m = HEADING.matcher(line.strip());
      if (m.matches()) {
        top = Math.min(top, m.group(1).length());
      }
    }
    return top;
  }

  private static String group(Pattern p, String line) {
    Matcher m = p.matcher(line);
    return m.matches() ? m.group(1).strip() : line;
  }

  private static Kind kind(String raw) {
    String line = raw.strip();
    if (line.startsWith("|") && line.length() > 1) {
      return Kind.PIPE;
    }
    if (BULLET.matcher(line).matches()) {
      return Kind.BULLET;
    }
    if (NUMBER.matcher(line).matches()) {
      return Kind.NUMBER;
    }
    return raw.contains("\t") ? Kind.TABLE : Kind.TEXT;
  }

  private static void flush(Kind kind, List<String> lines, List<Block> out) {
    if (lines.isEmpty()) {
      return;
    }
    switch (kind) {
      case BULLET -> out.add(new Block.BulletList(lines));
      case NUMBER -> out.add(new Block.BulletList(lines, Block.BulletList.Marker.NUMBER));
      case TEXT -> out.add(new Block.Paragraph(String.join("\n", lines)));
      case TABLE -> out.add(table(lines.stream().map(l -> List.of(l.split("\t", -1))).toList()));
      case PIPE -> out.add(table(pipeRows(lines)));
    }
    lines.clear();
  }

  private static List<List<String>> pipeRows(List<String> lines) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      if (PIPE_SEPARATOR.matcher(line).matches()) {
        continue;
      }
      String inner = line.replaceAll("^\\|", "").replaceAll("\\|\\s*$", "");
      rows.add(List.of(inner.split("\\|", -1)));
    }
    return rows;
  }

  private static Block table(List<List<String>> raw) {
    int columns = raw.stream().mapToInt(List::size).max().orElse(1);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> line : raw) {
      List<String> cells = new ArrayList<>(line);
      cells.replaceAll(String::strip);
      cells.addAll(Collections.nCopies(columns - cells.size(), ""));
      rows.add(cells);
    }
    List<Double> widths = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      final int column = c;
      widths.add((double) Math.max(3, rows.stream().mapToInt(r -> Math.min(60, r.get(column).length())).max()
          .orElse(3)));
    }
    if (rows.size() == 1) {
      return new Block.Paragraph(String.join("  ", rows.getFirst()));
    }
    return new Block.Table(widths, rows.getFirst(), rows.subList(1, rows.size()));
  }
}
