package se.namndbok.reports.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back: the extracted text of each page, page 1 at index 0. */
public final class PdfPages {
  private PdfPages() {}

  public static List<String> text(Path pdf) throws IOException {
    return text(Files.readAllBytes(pdf));
  }

  public static List<String> text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }
}
