package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping of text after {@link Typografi#apply}: lines break only at ordinary spaces (never at the
 * no-break spaces typography put in), a word wider than the line is broken between characters, newlines force a
 * break. Inline bold marks are carried over a line break, so each line stands on its own.
 */
final class TextWrapper {
  private record Key(String text, float width, boolean bold, float size) {}

  private final TextMeasure measure;
  /** Wrapped texts of this document: the layout wraps the same text in every pass and for every look-ahead. */
  private final java.util.Map<Key, List<String>> cache = new java.util.HashMap<>();
  private final java.util.Map<Key, Float> widest = new java.util.HashMap<>();
  /** Texts with typography applied and unprintable characters replaced: both wrapping and widest words ask. */
  private final java.util.Map<String, String> prepared = new java.util.HashMap<>();

  TextWrapper(TextMeasure measure) {
    this.measure = measure;
  }

  TextMeasure measure() {
    return measure;
  }

  /**
   * The width of the widest run of {@code text} that {@link #wrap} never breaks between characters when the line
   * is wide enough for it: its words, with what typography joined ("§ 140", "3 kap.") as one.
   */
  float widestWord(String text, boolean bold, float size) {
    return widest.computeIfAbsent(new Key(text, 0, bold, size), k -> {
      float w = 0;
      String t = prepared(text);
      int start = 0;
      for (int i = 0; i <= t.length(); i++) {
        if (i == t.length() || t.charAt(i) == ' ' || t.charAt(i) == '\n') {
          if (i > start) {
            w = Math.max(w, width(t.substring(start, i), bold, size));
          }
          start = i + 1;
        }
      }
      return w;
    });
  }

  private String prepared(String text) {
    return prepared.computeIfAbsent(text, t -> measure.printable(Typografi.apply(t)));
  }

  List<String> wrap(String text, float width, boolean bold, float size) {
    return cache.computeIfAbsent(new Key(text, width, bold, size), k -> wrapText(text, width, bold, size));
  }

  private List<String> wrapText(String text, float width, boolean bold, float size) {
    List<String> lines = new ArrayList<>();
    boolean[] marked = {false};
    for (String hardLine : prepared(text).split("\n", -1)) {
      wrapLine(hardLine.strip(), width, bold, size, lines, marked);
    }
    return List.copyOf(lines);
  }

  /** The width of a laid-out line (style marks honoured, no-break spaces as spaces). */
  float width(String line, boolean bold, float size) {
    if (plain(line)) {
      return measure.width(line, bold, size);
    }
    float total = 0;
    boolean marked = false;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == Typografi.FET || c == Typografi.NORMAL) {
        total += measure.width(Typografi.drawn(run.toString()), bold || marked, size);
        run.setLength(0);
        marked = c == Typografi.FET;
      } else {
        run.append(c);
      }
    }
    return total + measure.width(Typografi.drawn(run.toString()), bold || marked, size);
  }

  /** True for a text without style marks and no-break spaces: drawn as it is, in one run. */
  private static boolean plain(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == Typografi.FET || c == Typografi.NORMAL || c == Typografi.NBSP) {
        return false;
      }
    }
    return true;
  }

  /** Widths add up glyph by glyph (no kerning is applied when drawing), so a line is measured word by word. */
  private void wrapLine(String line, float width, boolean bold, float size, List<String> out, boolean[] marked) {
    StringBuilder current = new StringBuilder(marked[0] ? String.valueOf(Typografi.FET) : "");
    boolean empty = true;
    float currentWidth = 0;
    float space = measure.width(" ", bold, size);
    int next = 0;
    while (next < line.length()) {
      int end = line.indexOf(' ', next);
      end = end < 0 ? line.length() : end;
      String word = line.substring(next, end);
      next = end + 1;
      if (word.isEmpty()) {
        continue;
      }
      float wordWidth = width(word, bold, size);
      float candidate = empty ? wordWidth : currentWidth + space + wordWidth;
      if (candidate <= width) {
        current.append(empty ? "" : " ").append(word);
        currentWidth = candidate;
        empty = false;
        marked[0] = endsMarked(word, marked[0]);
        continue;
      }
      if (!empty) {
        out.add(close(current, marked[0]));
        current.setLength(0);
        current.append(marked[0] ? String.valueOf(Typografi.FET) : "");
      }
      String rest = breakLongWord(word, width, bold, size, out, marked[0]);
      marked[0] = endsMarked(word, marked[0]);
      current.append(rest);
      currentWidth = width(rest, bold, size);
      empty = false;
    }
    if (!empty || line.isEmpty()) {
      out.add(close(current, marked[0]));
    }
  }

  private static boolean endsMarked(String word, boolean before) {
    boolean marked = before;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == Typografi.FET) {
        marked = true;
      } else if (word.charAt(i) == Typografi.NORMAL) {
        marked = false;
      }
    }
    return marked;
  }

  private static String close(StringBuilder line, boolean marked) {
    return marked ? line + String.valueOf(Typografi.NORMAL) : line.toString();
  }

  private String breakLongWord(String word, float width, boolean bold, float size, List<String> out,
      boolean markedBefore) {
    String rest = word;
    boolean marked = markedBefore;
    while (width(rest, bold, size) > width && rest.length() > 1) {
      int cut = rest.length() - 1;
      while (cut > 1 && width(rest.substring(0, cut), bold, size) > width) {
        cut--;
      }
      String head = rest.substring(0, cut);
      boolean after = endsMarked(head, marked);
      out.add(after ? head + Typografi.NORMAL : head);
      rest = (after ? String.valueOf(Typografi.FET) : "") + rest.substring(cut);
      marked = after;
    }
    return rest;
  }
}
