package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Lays out tables and the contents. Rows flow over pages and a table breaks only between rows, with at least two
 * rows on each side, never before a sum row or after a group heading; a continuation page repeats the caption
 * ("… (forts.)"), the header row and the current group heading (all three as artifacts, tagged once). Columns of
 * figures are right-aligned with thin spaces between thousands. Only a row taller than a page is split.
 */
final class TableLayouter {
  static final float SIZE = 9.5f;
  static final float LINE = 12.5f;
  static final float PAD = 3.5f;
  private static final float SPACE_BEFORE = 4f;
  private static final float SPACE_AFTER = 8f;

  /**
   * One row ready to place: its cells' lines, its kind, its structure cells (null for an artifact) and, for a
   * contents row, the section its page label is for (else null).
   */
  private record Row(List<List<String>> lines, Block.RowKind kind, StructNode[] nodes, String target) {
    Row(List<List<String>> lines, Block.RowKind kind, StructNode[] nodes) {
      this(lines, kind, nodes, null);
    }

    int lineCount() {
      return Math.max(1, lines.stream().mapToInt(List::size).max().orElse(1));
    }

    float height() {
      return lineCount() * LINE + 2 * PAD;
    }
  }

  /**
   * A table ready to place: columns, alignment, header, rows, the caption of its continuation pages and the
   * column of page labels (the contents' last; -1 for a table).
   */
  private record Grid(float[] xs, boolean[] right, Row header, List<Row> rows, String caption, int labelColumn) {
    boolean breakAllowedBefore(int r) {
      int n = rows.size();
      Block.RowKind kind = rows.get(r).kind();
      return r >= 2 && n - r >= 2 && kind != Block.RowKind.SUM && kind != Block.RowKind.SUB
          && rows.get(r - 1).kind() != Block.RowKind.GROUP;
    }

    /** The height that must stand together at the table's start: header and rows up to the first allowed break. */
    float lead() {
      float h = SPACE_BEFORE + header.height();
      for (int r = 0; r < rows.size() && !breakAllowedBefore(r); r++) {
        h += rows.get(r).height();
      }
      return h;
    }
  }

  private final PageFlow flow;
  private final TextWrapper wrapper;
  private final ContentsLabels labels;

  TableLayouter(PageFlow flow, TextWrapper wrapper, ContentsLabels labels) {
    this.flow = flow;
    this.wrapper = wrapper;
    this.labels = labels;
  }

  float lead(Block.Table table) {
    return Math.min(flow.capacity(), grid(table, null).lead());
  }

  float lead(Block.Contents contents, Function<String, String> pageLabels) {
    return Math.min(flow.capacity(), grid(contents, pageLabels, null, null).lead());
  }

  void table(Block.Table table, StructNode parent) {
    place(grid(table, parent.add("Table")));
  }

  void contents(Block.Contents contents, StructNode parent, Function<String, String> pageLabels) {
    place(grid(contents, pageLabels, parent.add("P"), parent.add("TOC")));
  }

  private Grid grid(Block.Table table, StructNode tableNode) {
    boolean[] right = figureColumns(table);
    boolean[] group4 = group4(right, table);
    List<String> header = table.header();
    List<List<String>> body = new ArrayList<>();
    List<Boolean> bold = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      body.add(figures(table.rows().get(r), right, group4));
      bold.add(table.bold(r));
    }
    float[] xs = columns(table.widths(), header, body, bold);
    Row headerRow = new Row(wrap(header, xs, true), Block.RowKind.BODY, cells(tableNode, "TH", header.size()));
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < body.size(); r++) {
      List<String> cells = body.get(r);
      rows.add(new Row(wrap(cells, xs, bold.get(r)), table.kinds().get(r), cells(tableNode, "TD", cells.size())));
    }
    return new Grid(xs, right, headerRow, rows, table.caption(), -1);
  }

  private Grid grid(Block.Contents contents, Function<String, String> pageLabels, StructNode headerP,
      StructNode toc) {
    float[] xs = columns(contents.widths(), contents.header(),
        contents.rows().stream().map(Block.ContentsRow::cells).toList(), null);
    boolean[] right = new boolean[xs.length];
    right[xs.length - 1] = true;
    StructNode[] headerNodes = new StructNode[xs.length];
    Arrays.fill(headerNodes, headerP);
    Row header = new Row(wrap(contents.header(), xs, true), Block.RowKind.BODY, headerP == null ? null : headerNodes);
    List<Row> rows = new ArrayList<>();
    for (Block.ContentsRow row : contents.rows()) {
      List<String> cells = new ArrayList<>(row.cells());
      cells.add(pageLabels.apply(row.target()));
      StructNode[] nodes = null;
      if (toc != null) {
        StructNode link = toc.add("TOCI").add("Link");
        link.target = row.target();
        nodes = new StructNode[xs.length];
        Arrays.fill(nodes, link);
      }
      rows.add(new Row(wrap(cells, xs, false), row.attachment() < 0 ? Block.RowKind.BODY : Block.RowKind.SUB, nodes,
          row.target()));
    }
    return new Grid(xs, right, header, rows, null, xs.length - 1);
  }

  private static StructNode[] cells(StructNode tableNode, String type, int count) {
    if (tableNode == null) {
      return null;
    }
    StructNode tr = tableNode.add("TR");
    StructNode[] cells = new StructNode[count];
    for (int c = 0; c < count; c++) {
      cells[c] = tr.add(type);
    }
    return cells;
  }

  private void place(Grid g) {
    flow.space(SPACE_BEFORE);
    flow.ensure(Math.min(flow.capacity(), g.lead() - SPACE_BEFORE));
    drawRow(g, g.header(), true);
    int r = 0;
    int n = g.rows().size();
    while (r < n) {
      int fit = fitting(g, r);
      int b = r + fit;
      if (b == n) {
        drawRows(g, r, n);
        break;
      }
      while (b > r && !g.breakAllowedBefore(b)) {
        b--;
      }
      if (b == r && fit > 0) {
        b = r + fit;
      }
      if (b > r) {
        drawRows(g, r, b);
        r = b;
      } else {
        splitRow(g, g.rows().get(r));
        r++;
        if (r == n) {
          break;
        }
      }
      continuation(g, r);
    }
    flow.down(SPACE_AFTER);
  }

  /** How many rows from {@code from} fit below the cursor. */
  private int fitting(Grid g, int from) {
    float avail = flow.y() - PageFlow.BOTTOM;
    float used = 0;
    int k = 0;
    while (from + k < g.rows().size() && used + g.rows().get(from + k).height() <= avail + 0.01f) {
      used += g.rows().get(from + k).height();
      k++;
    }
    return k;
  }

  private void drawRows(Grid g, int from, int to) {
    for (int r = from; r < to; r++) {
      drawRow(g, g.rows().get(r), false);
    }
  }

  /** A new page continuing the table: caption "(forts.)", header and the current group heading, as artifacts. */
  private void continuation(Grid g, int nextRow) {
    flow.newPage();
    if (g.caption() != null) {
      String caption = wrapper.measure().printable(Typografi.apply(g.caption() + " (forts.)"));
      flow.text(g.xs()[0], LINE, SIZE, true, caption, null);
      flow.down(LINE + PAD);
    }
    drawRow(g, new Row(g.header().lines(), Block.RowKind.BODY, null), true);
    for (int r = nextRow - 1; r >= 0; r--) {
      Row row = g.rows().get(r);
      if (row.kind() == Block.RowKind.GROUP && g.rows().get(nextRow).kind() != Block.RowKind.GROUP) {
        List<List<String>> lines = new ArrayList<>(row.lines());
        lines.set(0, List.of(row.lines().getFirst().getFirst() + " (forts.)"));
        drawRow(g, new Row(lines, Block.RowKind.GROUP, null), false);
        break;
      }
    }
  }

  /** A row taller than a page: as many of its lines as fit on each page. */
  private void splitRow(Grid g, Row row) {
    int total = row.lineCount();
    int from = 0;
    while (from < total) {
      int fit = Math.max(1, (int) ((flow.y() - PageFlow.BOTTOM - 2 * PAD) / LINE));
      int count = Math.min(fit, total - from);
      drawLines(g, row, from, count, bold(row));
      flow.rule(g.xs()[0], PageFlow.RIGHT, flow.y(), 0.3f);
      from += count;
      if (from < total) {
        flow.newPage();
        drawRow(g, new Row(g.header().lines(), Block.RowKind.BODY, null), true);
      }
    }
  }

  private void drawRow(Grid g, Row row, boolean header) {
    if (header) {
      flow.rule(g.xs()[0], PageFlow.RIGHT, flow.y(), 0.8f);
    }
    drawLines(g, row, 0, row.lineCount(), header || bold(row));
    flow.rule(g.xs()[0], PageFlow.RIGHT, flow.y(), header ? 0.8f : 0.3f);
  }

  private static boolean bold(Row row) {
    return row.kind() == Block.RowKind.GROUP || row.kind() == Block.RowKind.SUM;
  }

  private void drawLines(Grid g, Row row, int from, int count, boolean bold) {
    float top = flow.y() - PAD;
    float[] xs = g.xs();
    for (int c = 0; c < xs.length; c++) {
      List<String> cell = row.lines().get(c);
      float right = c + 1 < xs.length ? xs[c + 1] : PageFlow.RIGHT;
      for (int i = from; i < Math.min(cell.size(), from + count); i++) {
        float baseline = top - SIZE - (i - from) * LINE + 1.5f;
        String text = cell.get(i);
        int runsBefore = flow.page().runs.size();
        if (!Typografi.drawn(text).isEmpty()) {
          float x = g.right()[c] ? right - PAD - wrapper.width(text, bold, SIZE) : xs[c] + PAD;
          flow.textAt(x, baseline, SIZE, bold, text, row.nodes() == null ? null : row.nodes()[c]);
        }
        if (c == g.labelColumn() && row.target() != null) {
          labels.note(row.target(), i, cell.size(), flow.page(), flow.pageIndex(), runsBefore, text, right - PAD,
              right - xs[c] - 2 * PAD);
        }
      }
    }
    flow.down(count * LINE + 2 * PAD);
  }

  /** Columns whose every filled body cell is a figure ("12", "1 234", "-", "3,5 %"), with at least one number. */
  private static boolean[] figureColumns(Block.Table table) {
    boolean[] right = new boolean[table.widths().size()];
    for (int c = 0; c < right.length; c++) {
      boolean any = false;
      boolean all = true;
      for (int r = 0; r < table.rows().size(); r++) {
        String cell = table.rows().get(r).get(c);
        if (table.kinds().get(r) == Block.RowKind.GROUP || cell.isBlank()) {
          continue;
        }
        all &= Typografi.isFigure(cell);
        any |= cell.chars().anyMatch(Character::isDigit);
      }
      right[c] = any && all;
    }
    return right;
  }

  /** Figure cells with their thousands grouped; four-digit figures too when the column has five-digit ones. */
  private static List<String> figures(List<String> cells, boolean[] right, boolean[] group4) {
    List<String> out = new ArrayList<>(cells);
    for (int c = 0; c < out.size(); c++) {
      if (right[c]) {
        out.set(c, Typografi.figure(out.get(c), group4[c]));
      }
    }
    return out;
  }

  /** The figure columns where some cell (any row) has five digits or more: their four-digit figures are grouped. */
  private static boolean[] group4(boolean[] right, Block.Table table) {
    boolean[] group4 = new boolean[right.length];
    for (int c = 0; c < right.length; c++) {
      if (right[c]) {
        final int column = c;
        group4[c] = table.rows().stream().anyMatch(r -> asciiDigits(r.get(column)) >= 5);
      }
    }
    return group4;
  }

  /** The digits 0–9 in {@code cell} (what {@code replaceAll("\\D", "")} would leave). */
  private static int asciiDigits(String cell) {
    int digits = 0;
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      }
    }
    return digits;
  }

  private List<List<String>> wrap(List<String> cells, float[] xs, boolean bold) {
    List<List<String>> lines = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      float right = c + 1 < xs.length ? xs[c + 1] : PageFlow.RIGHT;
      lines.add(wrapper.wrap(cells.get(c), right - xs[c] - 2 * PAD, bold, SIZE));
    }
    return lines;
  }

  /**
   * The columns' left edges: the block's relative widths, except that no column is narrower than its widest word
   * (a "§ 140" or a date is never broken between characters into a column of digits — the relative widths of a
   * table typed in a text are its characters, and "140" beside a sentence came out one digit per line). A column
   * given more than its widest word keeps its share; what the widened ones take comes from the others in
   * proportion, and a single word is never given more than {@link #MAX_WORD_SHARE} of the width (a long address
   * is still broken). {@code bold}: per row, null for none.
   */
  private float[] columns(List<Double> widths, List<String> header, List<List<String>> rows, List<Boolean> bold) {
    int n = widths.size();
    float total = PageFlow.RIGHT - PageFlow.LEFT;
    float[] need = new float[n];
    for (int c = 0; c < n; c++) {
      need[c] = wrapper.widestWord(c < header.size() ? header.get(c) : "", true, SIZE);
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        boolean b = bold != null && bold.get(r);
        need[c] = Math.max(need[c], c < row.size() ? wrapper.widestWord(row.get(c), b, SIZE) : 0);
      }
      need[c] = Math.min(need[c] + 2 * PAD + 0.5f, total * MAX_WORD_SHARE);
    }
    float[] w = widths(widths, need, total);
    float[] xs = new float[n];
    float x = PageFlow.LEFT;
    for (int c = 0; c < n; c++) {
      xs[c] = x;
      x += w[c];
    }
    return xs;
  }

  /** A word may have at most this share of the table's width. */
  private static final float MAX_WORD_SHARE = 0.45f;

  /**
   * Widths in proportion to {@code weights} over {@code total}, raised to {@code need} where they fall short: the
   * raised columns are fixed and the rest shared again in proportion, until none falls short (or all are fixed).
   */
  static float[] widths(List<Double> weights, float[] need, float total) {
    int n = weights.size();
    float[] w = new float[n];
    boolean[] fixed = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      float left = total;
      double weight = 0;
      for (int c = 0; c < n; c++) {
        if (fixed[c]) {
          left -= w[c];
        } else {
          weight += weights.get(c);
        }
      }
      for (int c = 0; c < n; c++) {
        if (!fixed[c]) {
          w[c] = weight <= 0 ? 0 : (float) (weights.get(c) / weight * Math.max(0, left));
        }
      }
      for (int c = 0; c < n; c++) {
        if (!fixed[c] && w[c] < need[c]) {
          w[c] = need[c];
          fixed[c] = true;
          changed = true;
        }
      }
    }
    float sum = 0;
    for (float v : w) {
      sum += v;
    }
    if (sum > total) { // the words alone are wider than the page: every column in proportion to its need
      for (int c = 0; c < n; c++) {
        w[c] = w[c] * total / sum;
      }
    }
    return w;
  }
}
