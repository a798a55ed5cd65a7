package se.namndbok.reports.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The attachments of a document, each opened once: page counts for numbering, then the pages to merge. */
final class LoadedAttachments implements AutoCloseable {
  private final Map<Attachment, PDDocument> docs = new IdentityHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private boolean pdfA = true;
  private boolean pdfUa = true;

  LoadedAttachments(List<Block> blocks) {
    try {
      for (Block block : blocks) {
        if (block instanceof Block.Section section) {
          for (Attachment attachment : section.attachments()) {
            load(attachment);
          }
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void load(Attachment attachment) {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(attachment.pdf());
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new ExportException("Bilagan " + attachment.name() + " är krypterad och kan inte slås ihop.", e);
    } catch (IOException e) {
      throw new ExportException("Bilagan " + attachment.name() + " kan inte läsas som PDF.", e);
    }
    docs.put(attachment, doc);
    if (doc.isEncrypted()) {
      throw new ExportException("Bilagan " + attachment.name() + " är krypterad och kan inte slås ihop.");
    }
    try {
      PdfAClaim claim = PdfAClaim.of(doc);
      if (!claim.mergeableIntoPdfA2b()) {
        pdfA = false;
        warnings.add("Bilagan " + attachment.name() + " är inte PDF/A; den sammanslagna filen blir därför inte PDF/A.");
      }
      if (!claim.pdfUa()) {
        pdfUa = false;
        warnings.add("Bilagan " + attachment.name() + " är inte tillgänglighetsanpassad (PDF/UA); "
            + "den sammanslagna filen blir därför inte PDF/UA.");
      }
    } catch (IOException e) {
      throw new ExportException("Bilagan " + attachment.name() + " har trasig metadata.", e);
    }
  }

  int pageCount(Attachment attachment) {
    return docs.get(attachment).getNumberOfPages();
  }

  PDDocument doc(Attachment attachment) {
    return docs.get(attachment);
  }

  boolean allPdfA() {
    return pdfA;
  }

  boolean allPdfUa() {
    return pdfUa;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public void close() {
    for (PDDocument doc : docs.values()) {
      try {
        doc.close();
      } catch (IOException ignored) {
        // a read-only source; nothing of ours is lost
      }
    }
  }
}
