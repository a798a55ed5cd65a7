package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/** The cursor that moves down A4 pages between the margins and starts a new page when one is full. */
final class PageFlow {
  static final float PAGE_WIDTH = 595.28f;
  static final float PAGE_HEIGHT = 841.89f;
  static final float LEFT = 70f;
  static final float RIGHT = PAGE_WIDTH - 62f;
  static final float TOP = PAGE_HEIGHT - 78f;
  static final float BOTTOM = 70f;

  final List<LaidPage> pages = new ArrayList<>();
  private final TextMeasure measure;
  private float y;

  PageFlow(TextMeasure measure) {
    this.measure = measure;
    newPage();
  }

  LaidPage page() {
    return pages.getLast();
  }

  int pageIndex() {
    return pages.size() - 1;
  }

  float y() {
    return y;
  }

  boolean atTop() {
    return y >= TOP;
  }

  void newPage() {
    pages.add(new LaidPage());
    y = TOP;
  }

  /** A new page unless the current one is still empty. */
  void freshPage() {
    if (!atTop() || !page().attachmentsAfter.isEmpty()) {
      newPage();
    }
  }

  /** Makes room for {@code height} points, moving to a new page if they do not fit below the cursor. */
  void ensure(float height) {
    if (y - height < BOTTOM && !atTop()) {
      newPage();
    }
  }

  boolean fits(float height) {
    return y - height >= BOTTOM;
  }

  float capacity() {
    return TOP - BOTTOM;
  }

  /** Back to a place on the same page, e.g. the top of a second column. */
  void moveTo(float newY) {
    y = newY;
  }

  void down(float amount) {
    y -= amount;
  }

  /** Vertical space, dropped at the top of a page. */
  void space(float amount) {
    if (!atTop()) {
      y = Math.max(BOTTOM, y - amount);
    }
  }

  /** A laid-out line (style marks, no-break spaces) on the line box at the cursor; see {@link #textAt}. */
  void text(float x, float lineHeight, float size, boolean bold, String text, StructNode node) {
    textAt(x, y - size, size, bold, text, node);
  }

  /**
   * A laid-out line on {@code baseline}: one run per stretch of one weight (inline bold), no-break spaces drawn
   * as spaces, style marks dropped. Empty stretches are not drawn; the last stretch is not measured (nothing
   * follows it on the line).
   */
  void textAt(float x, float baseline, float size, boolean bold, String text, StructNode node) {
    float at = x;
    boolean marked = false;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : Typografi.NORMAL;
      if (c != Typografi.FET && c != Typografi.NORMAL) {
        run.append(c);
        continue;
      }
      String drawn = Typografi.drawn(run.toString());
      if (!drawn.isEmpty()) {
        page().runs.add(new LaidPage.Run(at, baseline, bold || marked, size, drawn, node));
        if (i < text.length()) {
          at += measure.width(drawn, bold || marked, size);
        }
      }
      run.setLength(0);
      marked = c == Typografi.FET;
    }
  }

  void rule(float x1, float x2, float atY, float width) {
    page().rules.add(new LaidPage.Rule(x1, atY, x2, atY, width));
  }
}
