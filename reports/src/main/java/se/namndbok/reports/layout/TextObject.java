package se.namndbok.reports.layout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * The text runs of a page in as few text objects (BT … ET) as its graphics allow: a run's marked-content sequence
 * lies inside the open text object, the font is set only when it differs from the previous run's, and each run is
 * placed by an absolute text matrix at the same coordinates a text object of its own would move to, so the glyphs
 * land where they did. Graphics (rules, images, a figure's bars) close the text object first.
 */
final class TextObject {
  private final PDPageContentStream cs;
  private boolean open;
  private PDFont font;
  private float size;

  TextObject(PDPageContentStream cs) {
    this.cs = cs;
  }

  /** Opens a text object unless one is open; the run's marked content starts after this. */
  void open() throws IOException {
    if (!open) {
      cs.beginText();
      open = true;
      font = null;
    }
  }

  /** Shows {@code text} at ({@code x}, {@code y}) in the open text object. */
  void show(PDFont runFont, float runSize, float x, float y, String text) throws IOException {
    if (runFont != font || runSize != size) {
      cs.setFont(runFont, runSize);
      font = runFont;
      size = runSize;
    }
    cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
    cs.showText(text);
  }

  /** Ends the open text object, if any: before graphics, and at the end of the runs. */
  void close() throws IOException {
    if (open) {
      cs.endText();
      open = false;
    }
  }
}
