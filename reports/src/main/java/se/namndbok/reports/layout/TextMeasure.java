package se.namndbok.reports.layout;

/** Widths of text in the document's fonts, so layout can wrap lines without drawing. */
interface TextMeasure {
  float width(String text, boolean bold, float size);

  /** The text with characters the font cannot show replaced, and tabs/control characters made spaces. */
  String printable(String text);
}
