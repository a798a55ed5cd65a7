package se.namndbok.reports.layout;

/**
 * Places {@link Lines} on the pages: as many as fit, breaking only where the block allows; a block that cannot
 * break on this page starts on the next one; a block with no allowed break that is taller than a page is cut
 * where the page is full (the only way it can be printed).
 */
final class LinePlacer {
  private LinePlacer() {}

  static void place(PageFlow flow, Lines block, StructNode[] slots) {
    int i = 0;
    int n = block.size();
    while (i < n) {
      int fit = fitting(flow, block, i);
      if (i + fit == n) {
        emit(flow, block, slots, i, n);
        break;
      }
      int b = i + fit;
      while (b > i && !block.breakAllowedBefore(b)) {
        b--;
      }
      if (b > i) {
        emit(flow, block, slots, i, b);
        flow.newPage();
        i = b;
      } else if (!flow.atTop()) {
        flow.newPage();
      } else {
        int forced = Math.max(1, fit);
        emit(flow, block, slots, i, i + forced);
        flow.newPage();
        i += forced;
      }
    }
    flow.down(block.after);
  }

  /** How many lines from {@code from} fit below the cursor. */
  private static int fitting(PageFlow flow, Lines block, int from) {
    float avail = flow.y() - PageFlow.BOTTOM;
    float used = 0;
    int k = 0;
    while (from + k < block.size()) {
      Lines.Line line = block.lines.get(from + k);
      if (used + line.height() > avail + 0.01f) {
        break;
      }
      used += line.height() + line.gapAfter();
      k++;
    }
    return k;
  }

  private static void emit(PageFlow flow, Lines block, StructNode[] slots, int from, int to) {
    for (int i = from; i < to; i++) {
      Lines.Line line = block.lines.get(i);
      for (Lines.Seg seg : line.segs()) {
        flow.text(seg.x(), line.height(), seg.size(), seg.bold(), seg.text(), slots[seg.slot()]);
      }
      flow.down(line.height());
      if (i + 1 < to) {
        flow.down(line.gapAfter());
      }
    }
    if (to == block.size() && to > from) {
      flow.down(block.lines.get(to - 1).gapAfter());
    }
  }
}
