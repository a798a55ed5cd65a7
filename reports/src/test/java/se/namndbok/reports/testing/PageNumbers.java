package se.namndbok.reports.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the document's page number ("Sida N av M") on each page as a printer would see it: how often it is there,
 * where its baseline is, and what else is printed in the band along the bottom edge.
 */
public final class PageNumbers {
  /** Five millimetres: what most office printers cannot print along each edge. */
  public static final float UNPRINTABLE = 14.2f;

  /**
   * One page: how many times "Sida N av M" is printed, the box of the first one (points from the lower left
   * corner; NaN when none), and the texts printed below {@code band} other than on the number's own line.
   */
  public record Page(int number, int count, float left, float right, float baseline, float width, float height,
      List<String> belowBand) {
    public boolean insidePrintableArea() {
      return baseline >= UNPRINTABLE && left >= UNPRINTABLE && right <= width - UNPRINTABLE
          && baseline <= height - UNPRINTABLE;
    }
  }

  private PageNumbers() {}

  public static List<Page> read(byte[] pdf, float band) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Page> pages = new ArrayList<>();
      int total = doc.getNumberOfPages();
      for (int p = 1; p <= total; p++) {
        PDRectangle box = doc.getPage(p - 1).getCropBox();
        List<TextPosition> positions = positions(doc, p);
        pages.add(page(positions, "Sida " + p + " av " + total, p, box, band));
      }
      return pages;
    }
  }

  /** The page number of page {@code number} of {@code total}, from the page's text positions. */
  public static Page page(List<TextPosition> positions, int number, int total, PDRectangle box, float band) {
    return page(positions, "Sida " + number + " av " + total, number, box, band);
  }

  private static Page page(List<TextPosition> positions, String wanted, int number, PDRectangle box, float band) {
    StringBuilder text = new StringBuilder();
    positions.forEach(t -> text.append(t.getUnicode().isEmpty() ? " " : t.getUnicode().substring(0, 1)));
    String all = text.toString();
    int count = 0;
    int first = -1;
    for (int i = all.indexOf(wanted); i >= 0; i = all.indexOf(wanted, i + 1)) {
      count++;
      first = first < 0 ? i : first;
    }
    float left = Float.NaN;
    float right = Float.NaN;
    float baseline = Float.NaN;
    if (first >= 0) {
      TextPosition a = positions.get(first);
      TextPosition b = positions.get(first + wanted.length() - 1);
      left = a.getX();
      right = b.getX() + b.getWidth();
      baseline = box.getHeight() - a.getY();
    }
    List<String> below = new ArrayList<>();
    for (TextPosition t : positions) {
      float y = box.getHeight() - t.getY();
      if (y < band && !t.getUnicode().isBlank() && (Float.isNaN(baseline) || Math.abs(y - baseline) > 1.5f)) {
        below.add(t.getUnicode());
      }
    }
    return new Page(number, count, left, right, baseline, box.getWidth(), box.getHeight(), below);
  }

  private static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
    List<TextPosition> positions = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        positions.add(t);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return positions;
  }
}
