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

/**
 * Prints the running header and "Sida N av M" along the bottom edge of merged attachment pages, as a
 * pagination artifact in a small size, so the page numbers in the contents can be found on paper too.
 */
final class AttachmentPageStamp {
  private static final float SIZE = 7f;
  private static final float BASELINE = 12f;

  private AttachmentPageStamp() {}

  static void stamp(PDDocument doc, List<PDPage> ours, Fonts fonts, String runningHeader) throws IOException {
    Set<COSDictionary> own = Collections.newSetFromMap(new IdentityHashMap<>());
    ours.forEach(page -> own.add(page.getCOSObject()));
    int total = doc.getNumberOfPages();
    int number = 0;
    for (PDPage page : doc.getPages()) {
      number++;
      if (!own.contains(page.getCOSObject())) {
        stamp(doc, page, fonts, fonts.printable(runningHeader) + " · Sida " + number + " av " + total);
      }
    }
  }

  private static void stamp(PDDocument doc, PDPage page, Fonts fonts, String text) throws IOException {
    PDRectangle box = page.getCropBox();
    float width = fonts.width(text, false, SIZE);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      cs.beginMarkedContent(COSName.getPDFName("Artifact"));
      cs.beginText();
      cs.setFont(fonts.regular, SIZE);
      cs.newLineAtOffset(box.getUpperRightX() - 24f - width, box.getLowerLeftY() + BASELINE);
      cs.showText(text);
      cs.endText();
      cs.endMarkedContent();
    }
  }
}
