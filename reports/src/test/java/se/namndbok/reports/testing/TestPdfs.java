package se.namndbok.reports.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;

/** PDFs to attach in tests: archival ones made by our own engine, plain, encrypted and corrupt ones. */
public final class TestPdfs {
  public static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 10, 16, 9, 0, 0, 0, ZoneOffset.ofHours(2));

  private TestPdfs() {}

  /** A tagged PDF/A-2b, PDF/UA-1 attachment of {@code pages} pages, each headed "{title} sida N". */
  public static byte[] archival(String title, int pages) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      blocks.add(new Block.Heading(1, title + " sida " + i));
      blocks.add(new Block.Paragraph("Bilagans text på sidan " + i + "."));
      blocks.add(new Block.PageBreak());
    }
    try {
      Path dir = Files.createTempDirectory("bilaga");
      Path file = dir.resolve("bilaga.pdf");
      ReportPdf.write(new ReportDocument(title, "Socialförvaltningen", title, CREATED, blocks), file, Progress.NONE);
      byte[] bytes = Files.readAllBytes(file);
      Files.delete(file);
      Files.delete(dir);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An untagged PDF with a non-embedded standard font: not PDF/A. */
  public static byte[] plain(String text) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(text);
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An untagged PDF of {@code pages} pages of the given size and /Rotate, each saying "{text} sida N" near its top
   * and its bottom edge (where a careless stamp would collide).
   */
  public static byte[] plainPages(String text, int pages, org.apache.pdfbox.pdmodel.common.PDRectangle size,
      int rotation) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(size);
        page.setRotation(rotation);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (float y : new float[] {size.getHeight() - 60, 20}) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(40, y);
            cs.showText(text + " sida " + i);
            cs.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] encrypted() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "läsare", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first half of a valid PDF: the header is there, the rest is not. */
  public static byte[] corrupt() {
    byte[] whole = plain("avbruten");
    byte[] half = new byte[whole.length / 3];
    System.arraycopy(whole, 0, half, 0, half.length);
    return half;
  }
}
