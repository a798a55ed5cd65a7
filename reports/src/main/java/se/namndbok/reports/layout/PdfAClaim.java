package se.namndbok.reports.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What a PDF claims in its XMP metadata: the PDF/A part and conformance ({@code pdfaid}) and PDF/UA
 * ({@code pdfuaid}). A claim is not proof, but a file without one is certainly not archival.
 *
 * @param pdfaPart 0 when the file claims no PDF/A part
 */
public record PdfAClaim(int pdfaPart, String conformance, boolean pdfUa) {
  private static final Pattern PART = Pattern.compile("pdfaid:part(?:>\\s*|\\s*=\\s*[\"'])(\\d)");
  private static final Pattern CONFORMANCE =
      Pattern.compile("pdfaid:conformance(?:>\\s*|\\s*=\\s*[\"'])([A-Za-z])");
  private static final Pattern UA = Pattern.compile("pdfuaid:part(?:>\\s*|\\s*=\\s*[\"'])(\\d)");

  public static PdfAClaim of(PDDocument doc) throws IOException {
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return new PdfAClaim(0, "", false);
    }
    String xmp;
    try (InputStream in = metadata.exportXMPMetadata()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher part = PART.matcher(xmp);
    Matcher conformance = CONFORMANCE.matcher(xmp);
    return new PdfAClaim(part.find() ? Integer.parseInt(part.group(1)) : 0,
        conformance.find() ? conformance.group(1).toUpperCase() : "", UA.matcher(xmp).find());
  }

  /** True when the file claims a PDF/A part whose content may go into a PDF/A-2b file (parts 1 and 2). */
  public boolean mergeableIntoPdfA2b() {
    return pdfaPart == 1 || pdfaPart == 2;
  }

  public boolean claimsPdfA() {
    return pdfaPart > 0;
  }
}
