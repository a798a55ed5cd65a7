package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The page labels a pass drew in the contents' page column, so that a later pass whose labels wrap to as many
 * lines as before can put the new labels into the same places instead of laying the whole document out again.
 * The labels are the only thing a pass takes from the previous one, and a label cell is as high as its lines:
 * with the same line count every row, page and structure node stays where it was, and only the label runs'
 * text and (right-aligned) x change — exactly what a full pass would produce.
 */
final class ContentsLabels {
  /** One line of a label cell as drawn: its run on {@code page}, or no run ({@code run} -1) if it was empty. */
  private record Drawn(String target, int line, int lineCount, int page, int run, float rightEdge, float width) {}

  private final List<Drawn> drawn = new ArrayList<>();
  /** False once a label line was drawn in a way {@link #relabel} does not repeat (inline bold marks). */
  private boolean replaceable = true;

  /**
   * Notes line {@code line} of the {@code lineCount} lines of {@code target}'s label cell: drawn as runs
   * {@code runsBefore}.. of {@code page}, right-aligned at {@code rightEdge}, the cell {@code width} wide.
   */
  void note(String target, int line, int lineCount, LaidPage page, int pageIndex, int runsBefore, String text,
      float rightEdge, float width) {
    int runs = page.runs.size() - runsBefore;
    if (!plain(text) || runs != (Typografi.drawn(text).isEmpty() ? 0 : 1)) {
      replaceable = false;
    }
    drawn.add(new Drawn(target, line, lineCount, pageIndex, runs == 0 ? -1 : runsBefore, rightEdge, width));
  }

  /**
   * Puts {@code pageLabels} into the pages of {@code result} (changing them) and returns true, if every label
   * wraps to as many lines as the one drawn and each of its lines draws as one run exactly where the drawn one
   * did; otherwise changes nothing and returns false (the document must be laid out again).
   */
  boolean relabel(List<LaidPage> pages, TextWrapper wrapper, Function<String, String> pageLabels) {
    if (!replaceable) {
      return false;
    }
    List<LaidPage.Run> replacements = new ArrayList<>(drawn.size());
    for (Drawn d : drawn) {
      List<String> lines = wrapper.wrap(pageLabels.apply(d.target()), d.width(), false, TableLayouter.SIZE);
      if (lines.size() != d.lineCount()) {
        return false;
      }
      String text = lines.get(d.line());
      boolean empty = Typografi.drawn(text).isEmpty();
      if (!plain(text) || empty != (d.run() < 0)) {
        return false;
      }
      if (empty) {
        replacements.add(null);
        continue;
      }
      LaidPage.Run old = pages.get(d.page()).runs.get(d.run());
      float x = d.rightEdge() - wrapper.width(text, old.bold(), old.size());
      replacements.add(new LaidPage.Run(x, old.y(), old.bold(), old.size(), Typografi.drawn(text), old.node()));
    }
    for (int i = 0; i < drawn.size(); i++) {
      if (replacements.get(i) != null) {
        pages.get(drawn.get(i).page()).runs.set(drawn.get(i).run(), replacements.get(i));
      }
    }
    return true;
  }

  /** A line without inline bold marks: {@link PageFlow#textAt} draws it as at most one run. */
  private static boolean plain(String text) {
    return text.indexOf(Typografi.FET) < 0 && text.indexOf(Typografi.NORMAL) < 0;
  }
}
