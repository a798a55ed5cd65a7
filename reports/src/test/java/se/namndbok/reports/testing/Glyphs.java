package se.namndbok.reports.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The glyphs of each page with their boxes (top-left origin, points), to check that texts do not overlap. */
public final class Glyphs {
  private Glyphs() {}

  /** One glyph: its character, font size, and box from {@code top} down to {@code bottom}. */
  public record Glyph(String text, float size, float left, float right, float top, float bottom) {
    public boolean overlaps(Glyph other) {
      return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }
  }

  public static List<List<Glyph>> pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<List<Glyph>> pages = new ArrayList<>();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition t) {
            float size = t.getFontSizeInPt();
            float baseline = t.getYDirAdj();
            glyphs.add(new Glyph(t.getUnicode(), size, t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                baseline - 0.8f * size, baseline + 0.2f * size));
          }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        pages.add(glyphs);
      }
      return pages;
    }
  }
}
