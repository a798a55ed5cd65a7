package se.namndbok.reports.layout;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;

/**
 * Gives every merged attachment page the document's page number where our own pages have it (decision record
 * 0112): the attachment's page is turned upright and scaled down (to about 94 % on A4) into the area above a
 * reserved band along the bottom, and the band gets the running header and "Sida N av M" as a pagination
 * artifact, 40 pt above the edge as on our own pages: inside the printable area of any office printer, and never
 * over the attachment's own text or its own page numbers.
 */
final class AttachmentPageStamp {
  /** The band's height: everything of the attachment lies above it. */
  static final float BAND = 54f;
  /** The baseline of the page number, as on our own pages. */
  static final float BASELINE = 40f;
  private static final float SIZE = 8f;

  private AttachmentPageStamp() {}

  static void stamp(PDDocument doc, List<PDPage> ours, Fonts fonts, String runningHeader) throws IOException {
    Set<COSDictionary> own = Collections.newSetFromMap(new IdentityHashMap<>());
    ours.forEach(page -> own.add(page.getCOSObject()));
    int total = doc.getNumberOfPages();
    int number = 0;
    for (PDPage page : doc.getPages()) {
      number++;
      if (!own.contains(page.getCOSObject())) {
        Matrix m = fitAboveBand(page);
        // both streams are a few dozen bytes: written plain, as deflating them costs a Deflater per stream (3–4 %
        // of exporting a 250-page kallelse, measured) to save a few bytes
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, false)) {
          cs.saveGraphicsState();
          cs.transform(m);
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
          cs.restoreGraphicsState();
          band(cs, fonts, page.getMediaBox().getWidth(), fonts.printable(runningHeader),
              "Sida " + number + " av " + total);
        }
      }
    }
  }

  /**
   * Makes the page upright (no /Rotate) with its visible size as its box, and returns the matrix that maps its
   * content into the area above the band, horizontally centred; its annotations are moved the same way.
   */
  private static Matrix fitAboveBand(PDPage page) {
    PDRectangle box = page.getCropBox();
    int rotation = Math.floorMod(page.getRotation(), 360);
    boolean turned = rotation == 90 || rotation == 270;
    float width = turned ? box.getHeight() : box.getWidth();
    float height = turned ? box.getWidth() : box.getHeight();
    float scale = (height - BAND) / height;
    Matrix upright = upright(box, rotation);
    Matrix fit = new Matrix(scale, 0, 0, scale, width * (1 - scale) / 2, BAND);
    Matrix m = upright.multiply(fit);
    for (PDAnnotation annotation : annotations(page)) {
      annotation.setRectangle(transform(annotation.getRectangle(), m));
    }
    PDRectangle upright2 = new PDRectangle(0, 0, width, height);
    page.setRotation(0);
    page.setMediaBox(upright2);
    page.setCropBox(upright2);
    page.setBleedBox(null);
    page.setTrimBox(null);
    page.setArtBox(null);
    return m;
  }

  /** User space to the page's visible space (origin at its visible lower left corner) for a /Rotate. */
  private static Matrix upright(PDRectangle b, int rotation) {
    return switch (rotation) {
      case 90 -> new Matrix(0, -1, 1, 0, -b.getLowerLeftY(), b.getUpperRightX());
      case 180 -> new Matrix(-1, 0, 0, -1, b.getUpperRightX(), b.getUpperRightY());
      case 270 -> new Matrix(0, 1, -1, 0, b.getUpperRightY(), -b.getLowerLeftX());
      default -> new Matrix(1, 0, 0, 1, -b.getLowerLeftX(), -b.getLowerLeftY());
    };
  }

  private static List<PDAnnotation> annotations(PDPage page) {
    try {
      return page.getAnnotations();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static PDRectangle transform(PDRectangle r, Matrix m) {
    if (r == null) {
      return null;
    }
    java.awt.geom.Point2D.Float a = m.transformPoint(r.getLowerLeftX(), r.getLowerLeftY());
    java.awt.geom.Point2D.Float b = m.transformPoint(r.getUpperRightX(), r.getUpperRightY());
    float x = Math.min(a.x, b.x);
    float y = Math.min(a.y, b.y);
    return new PDRectangle(x, y, Math.abs(a.x - b.x), Math.abs(a.y - b.y));
  }

  private static void band(PDPageContentStream cs, Fonts fonts, float width, String header, String number)
      throws IOException {
    float left = Math.min(PageFlow.LEFT, width * 0.1f);
    float right = width - Math.min(PageFlow.PAGE_WIDTH - PageFlow.RIGHT, width * 0.1f);
    cs.beginMarkedContent(COSName.getPDFName("Artifact"));
    cs.setLineWidth(0.4f);
    cs.moveTo(left, BAND - 6f);
    cs.lineTo(right, BAND - 6f);
    cs.stroke();
    cs.beginText();
    cs.setFont(fonts.regular, SIZE);
    cs.newLineAtOffset(left, BASELINE);
    cs.showText(header);
    cs.endText();
    cs.beginText();
    cs.setFont(fonts.regular, SIZE);
    cs.newLineAtOffset(right - fonts.width(number, false, SIZE), BASELINE);
    cs.showText(number);
    cs.endText();
    cs.endMarkedContent();
  }
}
