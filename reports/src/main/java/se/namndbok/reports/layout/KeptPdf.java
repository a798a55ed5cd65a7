package se.namndbok.reports.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.namndbok.core.shared.TempFiles;

/**
 * Writes a PDF core keeps exactly as made (a sent kallelse, a justerat or corrected protokoll) byte for byte to a
 * chosen file: to a temporary name first, renamed when complete; a failure leaves no file.
 */
public final class KeptPdf {
  private KeptPdf() {}

  public static ExportResult write(byte[] pdf, Path out) {
    Path target = out.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = TempFiles.beside(target);
      Files.write(tmp, pdf);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return describe(pdf);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      throw new ExportException("Kunde inte skriva " + target.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Pages and the PDF/A and PDF/UA claims the kept file makes in its metadata. */
  private static ExportResult describe(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var metadata = doc.getDocumentCatalog().getMetadata();
      String xmp = metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      return new ExportResult(xmp.contains("pdfaid:part"), xmp.contains("pdfuaid:part"), doc.getNumberOfPages(),
          List.of());
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write already failed; the user hears about that failure
      }
    }
  }
}
