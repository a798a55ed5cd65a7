package se.namndbok.reports.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The floor a document with attachments is measured against: PDFBox writing the same pages' text, line by
 * line on as many pages, with the same embedded subset font, then reading the same attachment files and
 * appending them, and saving to a file — without our model, layout, tagging, metadata or contents passes.
 */
public final class TextAndMergeFloor {
  private final List<List<String>> pages;
  private final List<Path> attachments;

  /** {@code pages}: each page's lines as printed; {@code attachments}: the stored files, in merge order. */
  public TextAndMergeFloor(List<List<String>> pages, List<Path> attachments) {
    this.pages = pages;
    this.attachments = attachments;
  }

  /** The lines of {@code pages} the font can print (unprintable characters as '?'), for the constructor. */
  public static List<List<String>> printable(List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      return pages.stream().map(lines -> lines.stream().map(fonts::printable).toList()).toList();
    }
  }

  /** Writes the pages and merges the attachments into a new file {@code out}; returns the number of pages. */
  public int write(Path out) throws IOException {
    Files.deleteIfExists(out);
    List<PDDocument> loaded = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      for (List<String> lines : pages) {
        RenderBenchmark.textPage(doc, fonts, lines);
      }
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Path attachment : attachments) {
        PDDocument source = Loader.loadPDF(Files.readAllBytes(attachment));
        loaded.add(source);
        merger.appendDocument(doc, source);
      }
      doc.save(out.toFile());
      return doc.getNumberOfPages();
    } finally {
      for (PDDocument d : loaded) {
        d.close();
      }
    }
  }
}
