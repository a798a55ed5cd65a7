package se.namndbok.reports.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold (taken from jasperreports-fonts at build time, with their licence, see
 * reports/pom.xml), embedded as subsets. GSUB is switched off: Swedish
 * needs no glyph substitution and PDFBox's substitution pass costs more than the rest of the rendering.
 */
final class Fonts implements TextMeasure {
  private static final String DIR = "/se/namndbok/reports/layout/dejavu/";
  private static final byte[] REGULAR = read("DejaVuSans.ttf");
  private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

  final PDType0Font regular;
  final PDType0Font bold;
  private final TrueTypeFont regularTtf;
  /**
   * Widths in font units (per 1000 at size 1) of the characters of the Basic Multilingual Plane already
   * measured, regular and bold, in blocks of 256 characters made when first needed; NaN where not yet asked.
   */
  private final float[][] regularWidths = new float[256][];
  private final float[][] boldWidths = new float[256][];
  /**
   * What {@link #printable(int)} gives for the characters of the Basic Multilingual Plane already asked, in blocks
   * of 256 made when first needed; 0 where not yet asked (0 itself is never printable: it becomes a space).
   */
  private final char[][] printables = new char[256][];

  Fonts(PDDocument doc) throws IOException {
    this.regularTtf = parse(REGULAR);
    this.regular = PDType0Font.load(doc, regularTtf, true);
    this.bold = PDType0Font.load(doc, parse(BOLD), true);
  }

  PDType0Font font(boolean isBold) {
    return isBold ? bold : regular;
  }

  /**
   * What {@link PDType0Font#getStringWidth} gives — the widths of the text's codes added one by one from 0, one
   * code per character (Identity-H) — but each character's width is looked up in PDFBox once per document.
   */
  @Override
  public float width(String text, boolean isBold, float size) {
    float[][] cache = isBold ? boldWidths : regularWidths;
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp > Character.MAX_VALUE) {
        units += pdfboxWidth(cp, isBold);
        continue;
      }
      float[] block = cache[cp >> 8];
      if (block == null) {
        block = new float[256];
        Arrays.fill(block, Float.NaN);
        cache[cp >> 8] = block;
      }
      float width = block[cp & 0xFF];
      if (Float.isNaN(width)) {
        width = pdfboxWidth(cp, isBold);
        block[cp & 0xFF] = width;
      }
      units += width;
    }
    return units / 1000f * size;
  }

  /** One character's width as PDFBox gives it for a string of that character alone. */
  private float pdfboxWidth(int cp, boolean isBold) {
    try {
      return font(isBold).getStringWidth(new String(Character.toChars(cp)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with each character the font cannot draw as '?' and other white space as ' '; looked up once. */
  @Override
  public String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int p = cp > Character.MAX_VALUE ? printable(cp) : cachedPrintable((char) cp);
      if (p != cp && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(p);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  private char cachedPrintable(char c) {
    char[] block = printables[c >> 8];
    if (block == null) {
      block = new char[256];
      printables[c >> 8] = block;
    }
    char p = block[c & 0xFF];
    if (p == 0) {
      p = (char) printable((int) c);
      block[c & 0xFF] = p;
    }
    return p;
  }

  private int printable(int cp) {
    if (cp == '\n' || cp == Typografi.FET || cp == Typografi.NORMAL || cp == Typografi.NBSP
        || cp == Typografi.TUSENTAL) {
      return cp;
    }
    if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
      return ' ';
    }
    try {
      return regularTtf.getUnicodeCmapLookup().getGlyphId(cp) > 0 ? cp : '?';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    ttf.setEnableGsub(false);
    return ttf;
  }

  private static byte[] read(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
