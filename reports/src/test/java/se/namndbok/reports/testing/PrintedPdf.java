package se.namndbok.reports.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A written PDF read back in one pass, as the property tests need it: each page's text, its page number as
 * printed, the reading order, every bookmark title, and the raw bytes (where metadata and outline live).
 */
public final class PrintedPdf {
  public final List<String> pages = new ArrayList<>();
  /** Each page's glyphs in the order they are drawn, without separators: a word is never split here. */
  public final List<String> streams = new ArrayList<>();
  public final List<PageNumbers.Page> numbers = new ArrayList<>();
  public final List<String> bookmarks = new ArrayList<>();
  public final ReadingOrder order;
  public final String raw;

  private PrintedPdf(byte[] pdf, float band) throws IOException {
    raw = new String(pdf, StandardCharsets.ISO_8859_1);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int total = doc.getNumberOfPages();
      List<List<TextPosition>> positions = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        positions.add(new ArrayList<>());
      }
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          positions.get(getCurrentPageNo() - 1).add(t);
        }

        @Override
        protected void writePage() {
          // the lines are built below, from the positions, more cheaply than PDFBox's article analysis
        }
      };
      stripper.writeText(doc, new StringWriter());
      for (int i = 0; i < total; i++) {
        pages.add(lines(positions.get(i)));
        StringBuilder stream = new StringBuilder();
        positions.get(i).forEach(t -> stream.append(t.getUnicode()));
        streams.add(stream.toString());
        numbers.add(PageNumbers.page(positions.get(i), i + 1, total, doc.getPage(i).getCropBox(), band));
      }
      order = ReadingOrder.read(doc);
      if (doc.getDocumentCatalog().getDocumentOutline() != null) {
        titles(doc.getDocumentCatalog().getDocumentOutline());
      }
    }
  }

  /**
   * A page's text as lines top to bottom, each line's glyphs left to right, a space where glyphs are apart: what
   * a reader sees, so a contents row reads "7 Ansökan om … 2025/925 12–21".
   */
  static String lines(List<TextPosition> positions) {
    java.util.TreeMap<Integer, List<TextPosition>> byLine = new java.util.TreeMap<>();
    for (TextPosition t : positions) {
      byLine.computeIfAbsent(Math.round(t.getY()), k -> new ArrayList<>()).add(t);
    }
    StringBuilder out = new StringBuilder();
    for (List<TextPosition> line : byLine.values()) {
      line.sort(java.util.Comparator.comparingDouble(TextPosition::getX));
      float end = Float.NEGATIVE_INFINITY;
      for (TextPosition t : line) {
        if (t.getX() - end > 0.25f * t.getFontSizeInPt() && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        out.append(t.getUnicode());
        end = t.getX() + t.getWidth();
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static PrintedPdf read(byte[] pdf, float band) throws IOException {
    return new PrintedPdf(pdf, band);
  }

  public String all() {
    return String.join("\n", pages);
  }

  /** Every page's text both as read and as drawn, for searching what must not be there. */
  public String searchable() {
    return all() + "\n" + String.join("\n", streams);
  }

  private void titles(PDOutlineNode node) {
    node.children().forEach(item -> {
      bookmarks.add(item.getTitle());
      titles(item);
    });
  }
}
