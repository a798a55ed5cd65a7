package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Lays out tables and the contents: rows flow over pages, the header row is repeated at the top of each
 * continuation page (tagged the first time, an artifact after that), a row taller than a page is split.
 */
final class TableLayouter {
  static final float SIZE = 9.5f;
  static final float LINE = 12.5f;
  static final float PAD = 3.5f;

  private final PageFlow flow;
  private final TextWrapper wrapper;

  TableLayouter(PageFlow flow, TextWrapper wrapper) {
    this.flow = flow;
    this.wrapper = wrapper;
  }

  void table(Block.Table table, StructNode parent) {
    StructNode tableNode = parent.add("Table");
    StructNode headerRow = tableNode.add("TR");
    StructNode[] headerNodes = new StructNode[table.header().size()];
    for (int c = 0; c < headerNodes.length; c++) {
      headerNodes[c] = headerRow.add("TH");
    }
    flowRows(table.widths(), table.header(), headerNodes, table.rows().size(), table.rows()::get, table::bold,
        row -> {
          StructNode tr = tableNode.add("TR");
          StructNode[] cells = new StructNode[table.widths().size()];
          for (int c = 0; c < cells.length; c++) {
            cells[c] = tr.add("TD");
          }
          return cells;
        });
  }

  void contents(Block.Contents contents, StructNode parent, Function<String, String> pageLabels) {
    StructNode headerP = parent.add("P");
    StructNode toc = parent.add("TOC");
    StructNode[] headerNodes = new StructNode[contents.header().size()];
    java.util.Arrays.fill(headerNodes, headerP);
    List<Block.ContentsRow> rows = contents.rows();
    flowRows(contents.widths(), contents.header(), headerNodes, rows.size(),
        row -> {
          List<String> cells = new ArrayList<>(rows.get(row).cells());
          cells.add(pageLabels.apply(rows.get(row).sectionId()));
          return cells;
        },
        row -> false,
        row -> {
          StructNode link = toc.add("TOCI").add("Link");
          link.target = rows.get(row).sectionId();
          StructNode[] cells = new StructNode[contents.widths().size()];
          java.util.Arrays.fill(cells, link);
          return cells;
        });
  }

  private void flowRows(List<Double> widths, List<String> header, StructNode[] headerNodes, int rowCount,
      IntFunction<List<String>> rowCells, IntPredicate boldRow, IntFunction<StructNode[]> rowNodes) {
    float[] xs = columns(widths);
    List<List<String>> headerLines = wrap(header, xs, true);
    float headerHeight = lineCount(headerLines) * LINE + 2 * PAD;
    flow.space(4f);
    flow.ensure(headerHeight + LINE * 2 + 2 * PAD);
    drawHeader(xs, headerLines, headerNodes);
    for (int row = 0; row < rowCount; row++) {
      boolean bold = boldRow.test(row);
      List<List<String>> lines = wrap(rowCells.apply(row), xs, bold);
      drawRow(xs, lines, bold, rowNodes.apply(row), headerLines, headerHeight);
    }
    flow.down(8f);
  }

  private void drawRow(float[] xs, List<List<String>> lines, boolean bold, StructNode[] nodes,
      List<List<String>> headerLines, float headerHeight) {
    int total = lineCount(lines);
    int from = 0;
    while (from < total) {
      int fit = (int) ((flow.y() - PageFlow.BOTTOM - 2 * PAD) / LINE);
      int remaining = total - from;
      boolean fitsFreshPage = remaining * LINE + 2 * PAD <= flow.capacity() - headerHeight;
      if (fit < remaining && (fitsFreshPage || fit < 1)) {
        flow.newPage();
        drawHeader(xs, headerLines, new StructNode[xs.length]);
        continue;
      }
      int count = Math.min(fit, remaining);
      drawLines(xs, lines, nodes, from, count, bold);
      flow.rule(xs[0], PageFlow.RIGHT, flow.y(), 0.3f);
      from += count;
    }
  }

  private void drawHeader(float[] xs, List<List<String>> headerLines, StructNode[] nodes) {
    flow.rule(xs[0], PageFlow.RIGHT, flow.y(), 0.8f);
    drawLines(xs, headerLines, nodes, 0, lineCount(headerLines), true);
    flow.rule(xs[0], PageFlow.RIGHT, flow.y(), 0.8f);
  }

  private void drawLines(float[] xs, List<List<String>> lines, StructNode[] nodes, int from, int count,
      boolean bold) {
    float top = flow.y() - PAD;
    for (int c = 0; c < xs.length; c++) {
      List<String> cell = lines.get(c);
      for (int i = from; i < Math.min(cell.size(), from + count); i++) {
        float baseline = top - SIZE - (i - from) * LINE + 1.5f;
        if (!cell.get(i).isEmpty()) {
          flow.textAt(xs[c] + PAD, baseline, SIZE, bold, cell.get(i), nodes[c]);
        }
      }
    }
    flow.down(count * LINE + 2 * PAD);
  }

  private List<List<String>> wrap(List<String> cells, float[] xs, boolean bold) {
    List<List<String>> lines = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      float right = c + 1 < xs.length ? xs[c + 1] : PageFlow.RIGHT;
      lines.add(wrapper.wrap(cells.get(c), right - xs[c] - 2 * PAD, bold, SIZE));
    }
    return lines;
  }

  private static int lineCount(List<List<String>> cells) {
    return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
  }

  private static float[] columns(List<Double> widths) {
    double sum = widths.stream().mapToDouble(Double::doubleValue).sum();
    float[] xs = new float[widths.size()];
    float x = PageFlow.LEFT;
    for (int c = 0; c < xs.length; c++) {
      xs[c] = x;
      x += (float) (widths.get(c) / sum * (PageFlow.RIGHT - PageFlow.LEFT));
    }
    return xs;
  }
}
