package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of flowing text (a paragraph, a list, a key and its value) with the places a page may break between
 * them. Built before anything is placed, so a heading can ask how much of what follows must stand with it, and
 * a break can be chosen that leaves no single line alone (decision record 0111).
 */
final class Lines {
  /** One piece of text on a line; {@code slot} names its structure element among the block's elements. */
  record Seg(float x, float size, boolean bold, String text, int slot) {}

  /** One line: its pieces, its height, and the space after it (dropped at a page break). */
  record Line(List<Seg> segs, float height, float gapAfter) {}

  final List<Line> lines = new ArrayList<>();
  /** {@code breakBefore[i]}: a page may break between line i-1 and line i. */
  private final List<Boolean> breakBefore = new ArrayList<>();
  /** Space after the whole block. */
  float after;

  /** Adds a unit of lines (a paragraph, a list item) whose breaks keep two lines on each side. */
  void addUnit(List<Line> unit) {
    int start = lines.size();
    for (int i = 0; i < unit.size(); i++) {
      lines.add(unit.get(i));
      breakBefore.add(i >= 2 && unit.size() - i >= 2);
    }
    if (start > 0) {
      breakBefore.set(start, true);
    }
  }

  /**
   * Closes the block: a break between units is allowed only with two lines of the block on each side (no list
   * item of one line left alone at a page's foot or head).
   */
  Lines close() {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (i < 2 || n - i < 2) {
        breakBefore.set(i, false);
      }
    }
    return this;
  }

  int size() {
    return lines.size();
  }

  boolean breakAllowedBefore(int i) {
    return i > 0 && i < lines.size() && breakBefore.get(i);
  }

  /** The height of the lines that must stand together at the block's start: up to its first allowed break. */
  float lead() {
    float h = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (breakAllowedBefore(i)) {
        return h;
      }
      h += lines.get(i).height() + (i + 1 < lines.size() ? lines.get(i).gapAfter() : 0);
    }
    return h;
  }
}
