package se.namndbok.reports.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws laid-out pages with PDFBox: every text run as marked content with an MCID under its structure element,
 * table rules and the running header/footer as pagination artifacts, and the parent tree that links them.
 */
final class Painter {
  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
  private static final float HEADER_SIZE = 8f;

  private final PDDocument doc;
  private final Fonts fonts;
  private final String runningHeader;
  private final String footerNote;
  private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
  private final Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
  private final ContentsLinks links = new ContentsLinks();

  Painter(PDDocument doc, Fonts fonts, String runningHeader) {
    this(doc, fonts, runningHeader, "");
  }

  Painter(PDDocument doc, Fonts fonts, String runningHeader, String footerNote) {
    this.doc = doc;
    this.fonts = fonts;
    this.runningHeader = runningHeader;
    this.footerNote = footerNote;
  }

  /** Paints our pages in order and returns them; the structure tree root is set on the catalog. */
  List<PDPage> paint(Layouter.Result layout, Pagination pagination) throws IOException {
    PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    doc.getDocumentCatalog().setStructureTreeRoot(treeRoot);
    PDStructureElement document = new PDStructureElement("Document", treeRoot);
    treeRoot.appendKid(document);
    elements.put(layout.root(), document);
    buildElements(layout.root(), document);
    List<PDPage> pages = new ArrayList<>();
    for (int i = 0; i < layout.pages().size(); i++) {
      pages.add(paintPage(layout.pages().get(i), i, pagination));
    }
    int nextKey = links.annotate(pages, layout.spans(), elements::get, parentTree, layout.pages().size());
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(parentTree);
    treeRoot.setParentTree(tree);
    treeRoot.setParentTreeNextKey(nextKey);
    return pages;
  }

  /** Points the contents rows of attachments at their merged first pages. */
  void retargetLinks(Map<String, List<PDPage>> attachmentStarts) {
    links.retarget(attachmentStarts);
  }

  PDStructureElement element(StructNode node) {
    return elements.get(node);
  }

  private void buildElements(StructNode node, PDStructureElement parent) {
    for (StructNode kid : node.kids) {
      PDStructureElement element = new PDStructureElement(kid.type, parent);
      if (kid.alt != null) {
        element.setAlternateDescription(kid.alt);
      }
      if (kid.columnHeader) {
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        element.addAttribute(scope);
      }
      parent.appendKid(element);
      elements.put(kid, element);
      buildElements(kid, element);
    }
  }

  private PDPage paintPage(LaidPage laid, int index, Pagination pagination) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    page.setStructParents(index);
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    COSArray mcids = new COSArray();
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      for (int i = 0; i <= laid.runs.size(); i++) {
        graphicsBefore(cs, laid, i, page, mcids);
        if (i < laid.runs.size()) {
          run(cs, laid.runs.get(i), page, mcids);
        }
      }
      rules(cs, laid.rules);
      pagination(cs, pagination.number(index), pagination.total());
    }
    parentTree.put(index, new PDParentTreeValue(mcids));
    links.endPage(page);
    return page;
  }

  /** The charts and images laid out before run {@code i} (all remaining ones at the end), in reading order. */
  private void graphicsBefore(PDPageContentStream cs, LaidPage laid, int i, PDPage page, COSArray mcids)
      throws IOException {
    boolean last = i == laid.runs.size();
    for (LaidPage.Figure figure : laid.figures) {
      if (figure.runsBefore() == i || (last && figure.runsBefore() > i)) {
        figure(cs, figure, page, mcids);
      }
    }
    for (LaidPage.Picture picture : laid.pictures) {
      if (picture.runsBefore() == i || (last && picture.runsBefore() > i)) {
        picture(cs, picture, page, mcids);
      }
    }
  }

  private void run(PDPageContentStream cs, LaidPage.Run run, PDPage page, COSArray mcids) throws IOException {
    if (run.node() == null) {
      cs.beginMarkedContent(ARTIFACT);
    } else {
      mark(cs, run.node(), page, mcids);
      if (run.node().target != null) {
        links.run(run.node(), run.x(), run.y(), fonts.width(run.text(), run.bold(), run.size()), run.size(),
            run.text());
      }
    }
    text(cs, run.x(), run.y(), run.bold(), run.size(), run.text());
    cs.endMarkedContent();
  }

  /**
   * Opens a marked-content sequence with the next MCID, referenced from {@code node}'s element: as a bare MCID
   * where the element's page (/Pg, set by its first sequence) is this page, else as a marked-content reference
   * naming its page (an element that continues on a later page).
   */
  private void mark(PDPageContentStream cs, StructNode node, PDPage page, COSArray mcids) throws IOException {
    int mcid = mcids.size();
    cs.beginMarkedContent(COSName.getPDFName(node.type), mcid);
    PDStructureElement element = elements.get(node);
    PDPage own = element.getPage();
    if (own == null) {
      element.setPage(page);
    }
    if (own == null || own.getCOSObject() == page.getCOSObject()) {
      element.appendKid(mcid);
    } else {
      PDMarkedContentReference ref = new PDMarkedContentReference();
      ref.setMCID(mcid);
      ref.setPage(page);
      element.appendKid(ref);
    }
    mcids.add(element);
  }

  /** An image (a logo) as a marked-content sequence under its Figure element. */
  private void picture(PDPageContentStream cs, LaidPage.Picture p, PDPage page, COSArray mcids) throws IOException {
    mark(cs, p.node(), page, mcids);
    PDImageXObject image = LogoImages.image(doc, p.data(), p.width(), p.height());
    cs.drawImage(image, p.x(), p.y(), p.width(), p.height());
    cs.endMarkedContent();
  }

  /** A figure's graphics and labels as one marked-content sequence under its Figure element. */
  private void figure(PDPageContentStream cs, LaidPage.Figure figure, PDPage page, COSArray mcids) throws IOException {
    mark(cs, figure.node(), page, mcids);
    cs.setNonStrokingColor(0.55f);
    for (LaidPage.Bar bar : figure.bars()) {
      cs.addRect(bar.x(), bar.y(), bar.width(), bar.height());
    }
    cs.fill();
    cs.setNonStrokingColor(0f);
    for (LaidPage.Rule rule : figure.rules()) {
      cs.setLineWidth(rule.width());
      cs.moveTo(rule.x1(), rule.y1());
      cs.lineTo(rule.x2(), rule.y2());
      cs.stroke();
    }
    for (LaidPage.Run run : figure.runs()) {
      text(cs, run.x(), run.y(), run.bold(), run.size(), run.text());
    }
    cs.endMarkedContent();
  }

  private void text(PDPageContentStream cs, float x, float y, boolean bold, float size, String text)
      throws IOException {
    cs.beginText();
    cs.setFont(fonts.font(bold), size);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  private void rules(PDPageContentStream cs, List<LaidPage.Rule> rules) throws IOException {
    if (rules.isEmpty()) {
      return;
    }
    cs.beginMarkedContent(ARTIFACT);
    for (LaidPage.Rule rule : rules) {
      cs.setLineWidth(rule.width());
      cs.moveTo(rule.x1(), rule.y1());
      cs.lineTo(rule.x2(), rule.y2());
      cs.stroke();
    }
    cs.endMarkedContent();
  }

  private void pagination(PDPageContentStream cs, int number, int total) throws IOException {
    cs.beginMarkedContent(ARTIFACT);
    float headerY = PageFlow.PAGE_HEIGHT - 44f;
    text(cs, PageFlow.LEFT, headerY, false, HEADER_SIZE, fonts.printable(runningHeader));
    cs.setLineWidth(0.4f);
    cs.moveTo(PageFlow.LEFT, headerY - 5f);
    cs.lineTo(PageFlow.RIGHT, headerY - 5f);
    cs.stroke();
    String footer = "Sida " + number + " av " + total;
    float width = fonts.width(footer, false, HEADER_SIZE);
    text(cs, PageFlow.RIGHT - width, 40f, false, HEADER_SIZE, footer);
    if (!footerNote.isBlank()) {
      text(cs, PageFlow.LEFT, 40f, false, HEADER_SIZE, fonts.printable(footerNote));
    }
    cs.endMarkedContent();
  }
}
