package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping; a word wider than the line is broken between characters. Newlines force a break. */
final class TextWrapper {
  private final TextMeasure measure;

  TextWrapper(TextMeasure measure) {
    this.measure = measure;
  }

  List<String> wrap(String text, float width, boolean bold, float size) {
    List<String> lines = new ArrayList<>();
    for (String hardLine : measure.printable(text).split("\n", -1)) {
      wrapLine(hardLine.strip(), width, bold, size, lines);
    }
    return lines;
  }

  /** Widths add up glyph by glyph (no kerning is applied when drawing), so a line is measured word by word. */
  private void wrapLine(String line, float width, boolean bold, float size, List<String> out) {
    StringBuilder current = new StringBuilder();
    float currentWidth = 0;
    float space = measure.width(" ", bold, size);
    for (String word : line.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      float wordWidth = measure.width(word, bold, size);
      float candidate = current.isEmpty() ? wordWidth : currentWidth + space + wordWidth;
      if (candidate <= width) {
        current.append(current.isEmpty() ? "" : " ").append(word);
        currentWidth = candidate;
        continue;
      }
      if (!current.isEmpty()) {
        out.add(current.toString());
        current.setLength(0);
      }
      String rest = breakLongWord(word, width, bold, size, out);
      current.append(rest);
      currentWidth = measure.width(rest, bold, size);
    }
    if (!current.isEmpty() || line.isEmpty()) {
      out.add(current.toString());
    }
  }

  private String breakLongWord(String word, float width, boolean bold, float size, List<String> out) {
    String rest = word;
    while (measure.width(rest, bold, size) > width && rest.length() > 1) {
      int cut = rest.length() - 1;
      while (cut > 1 && measure.width(rest.substring(0, cut), bold, size) > width) {
        cut--;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut);
    }
    return rest;
  }
}
