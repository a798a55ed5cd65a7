package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/** One of our own pages after layout: the text runs and rules to draw, and the attachments that follow it. */
final class LaidPage {
  /** A piece of text on one line; {@code node} is the structure leaf it belongs to, or null for an artifact. */
  record Run(float x, float y, boolean bold, float size, String text, StructNode node) {}

  /** A horizontal or vertical line (table borders); always drawn as an artifact. */
  record Rule(float x1, float y1, float x2, float y2, float width) {}

  /** A filled rectangle (a chart's bar), drawn in grey. */
  record Bar(float x, float y, float width, float height) {}

  /**
   * Vector graphics with their labels, painted as one marked-content sequence under a Figure element ({@code
   * node}) whose alternative text tells what they show. {@code runsBefore}: how many of the page's runs come
   * before it, so it is painted in reading order.
   */
  record Figure(StructNode node, List<Bar> bars, List<Rule> rules, List<Run> runs, int runsBefore) {}

  /** An image to draw at (x, y) (lower left), {@code width} × {@code height}, under its Figure element. */
  record Picture(float x, float y, float width, float height, byte[] data, StructNode node, int runsBefore) {}

  final List<Run> runs = new ArrayList<>();
  final List<Picture> pictures = new ArrayList<>();
  final List<Figure> figures = new ArrayList<>();
  final List<Rule> rules = new ArrayList<>();
  final List<Attachment> attachmentsAfter = new ArrayList<>();
}
