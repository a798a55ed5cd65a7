package se.namndbok.reports.bilaga;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.reports.layout.PdfAClaim;

/**
 * Checks a file from outside before it may be stored as an attachment: it must be a PDF, readable to the end,
 * not encrypted, with at least one page. Refusals are {@link ValidationException}s on the field "Bilaga" with a
 * Swedish message naming the file; the caller stores nothing unless the check passes.
 */
public final class PdfAttachmentCheck {
  static final String FIELD = "Bilaga";
  private static final int TAIL = 1024;

  /** An accepted file: its page count and what it claims about PDF/A and PDF/UA. */
  public record Accepted(String filnamn, int pages, PdfAClaim claim) {
    /** A Swedish notice when the attachment will keep a kallelse from being PDF/A, else empty. */
    public String notice() {
      return claim.mergeableIntoPdfA2b() ? ""
          : "Filen " + filnamn + " är inte PDF/A. Kallelser där den ingår blir inte arkivbeständiga (PDF/A).";
    }
  }

  private PdfAttachmentCheck() {}

  public static Accepted check(String filnamn, byte[] content) {
    if (!startsLikePdf(content)) {
      throw refuse("Filen " + filnamn + " är inte en PDF-fil.");
    }
    if (!endsLikePdf(content)) {
      throw refuse("Filen " + filnamn + " är ofullständig eller skadad (PDF-filens slut saknas).");
    }
    try (PDDocument doc = Loader.loadPDF(content)) {
      if (doc.isEncrypted()) {
        throw encrypted(filnamn);
      }
      if (doc.getNumberOfPages() == 0) {
        throw refuse("Filen " + filnamn + " är skadad: den innehåller inga sidor.");
      }
      new PDFTextStripper().getText(doc);
      return new Accepted(filnamn, doc.getNumberOfPages(), PdfAClaim.of(doc));
    } catch (InvalidPasswordException e) {
      throw encrypted(filnamn);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException refused) {
        throw refused;
      }
      throw refuse("Filen " + filnamn + " är skadad och kan inte läsas som PDF.");
    }
  }

  private static boolean startsLikePdf(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, TAIL), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  private static boolean endsLikePdf(byte[] content) {
    int from = Math.max(0, content.length - TAIL);
    return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
  }

  private static ValidationException encrypted(String filnamn) {
    return refuse("Filen " + filnamn + " är krypterad eller lösenordsskyddad. Spara den utan skydd och bifoga den igen.");
  }

  private static ValidationException refuse(String message) {
    return ValidationException.of(FIELD, message);
  }
}
