package se.namndbok.reports.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The floor a document with attachments is measured against: PDFBox writing the same pages' text, line by
 * line on as many pages, with the same embedded subset font, then reading the same attachment files and
 * appending them, and saving to a file — without our model, layout or contents passes.
 *
 * <p>{@linkplain #tagged Tagged}, it also does what every file the product writes must have (decision record
 * 0144, addendum): each line a P structure element whose marked content it is (MCID, parent tree), the
 * catalog's language and MarkInfo before the merge (so the attachments' structure trees are merged in too), and
 * the PDF/A-2b and PDF/UA-1 metadata and sRGB output intent ({@link ArchivalMetadata}, as the product writes
 * them). Plain, it leaves those out, as the floor of decision record 0144 did.
 */
public final class TextAndMergeFloor {
  private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 12, 2, 18, 0, 0, 0, ZoneOffset.UTC);

  private final List<List<String>> pages;
  private final List<Path> attachments;
  private final boolean tagged;

  /** {@code pages}: each page's lines as printed; {@code attachments}: the stored files, in merge order. */
  public TextAndMergeFloor(List<List<String>> pages, List<Path> attachments) {
    this(pages, attachments, false);
  }

  private TextAndMergeFloor(List<List<String>> pages, List<Path> attachments, boolean tagged) {
    this.pages = pages;
    this.attachments = attachments;
    this.tagged = tagged;
  }

  /** The same floor with the tags and archival metadata the product must write. */
  public TextAndMergeFloor tagged() {
    return new TextAndMergeFloor(pages, attachments, true);
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
      if (tagged) {
        ArchivalMetadata.prepareCatalog(doc);
        taggedPages(doc, fonts);
      } else {
        for (List<String> lines : pages) {
          RenderBenchmark.textPage(doc, fonts, lines);
        }
      }
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Path attachment : attachments) {
        PDDocument source = Loader.loadPDF(Files.readAllBytes(attachment));
        loaded.add(source);
        merger.appendDocument(doc, source);
      }
      if (tagged) {
        ArchivalMetadata.describe(doc, "Kallelse", "Socialnämnden", CREATED, true, true);
      }
      doc.save(out.toFile());
      return doc.getNumberOfPages();
    } finally {
      for (PDDocument d : loaded) {
        d.close();
      }
    }
  }

  /**
   * The pages as {@link RenderBenchmark#textPage} writes them, each line marked content (MCID) of its own P
   * element on that page (the integer MCID form, the most compact the structure allows), with the parent tree.
   */
  private void taggedPages(PDDocument doc, Fonts fonts) throws IOException {
    PDStructureTreeRoot root = new PDStructureTreeRoot();
    doc.getDocumentCatalog().setStructureTreeRoot(root);
    PDStructureElement document = new PDStructureElement("Document", root);
    root.appendKid(document);
    Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
    for (int index = 0; index < pages.size(); index++) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      page.setStructParents(index);
      page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
      COSArray mcids = new COSArray();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(fonts.regular, 10f);
        cs.setLeading(13f);
        cs.newLineAtOffset(PageFlow.LEFT, PageFlow.PAGE_HEIGHT - 72f);
        for (String line : pages.get(index)) {
          int mcid = mcids.size();
          PDStructureElement p = new PDStructureElement("P", document);
          p.setPage(page);
          p.appendKid(mcid);
          document.appendKid(p);
          mcids.add(p);
          cs.beginMarkedContent(COSName.P, mcid);
          cs.showText(line);
          cs.endMarkedContent();
          cs.newLine();
        }
        cs.endText();
      }
      parentTree.put(index, new PDParentTreeValue(mcids));
    }
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(parentTree);
    root.setParentTree(tree);
    root.setParentTreeNextKey(pages.size());
  }
}
