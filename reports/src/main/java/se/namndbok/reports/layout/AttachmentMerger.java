package se.namndbok.reports.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Appends each attachment with {@link PDFMergerUtility} (which merges its structure tree and parent tree), then
 * moves its pages directly after the page they belong to and its structure under that section's Sect, so page
 * order and reading order both follow the agenda.
 */
final class AttachmentMerger {
  private final PDDocument doc;
  private final PDStructureElement documentElement;
  private final PDFMergerUtility merger = new PDFMergerUtility();

  AttachmentMerger(PDDocument doc, PDStructureElement documentElement) {
    this.doc = doc;
    this.documentElement = documentElement;
  }

  /** Merges {@code source} after {@code anchor}; returns the merged pages in order. */
  List<PDPage> mergeAfter(PDPage anchor, PDDocument source, PDStructureElement sect) throws IOException {
    source.getDocumentCatalog().setDocumentOutline(null);
    Set<COSBase> knownKids = Collections.newSetFromMap(new IdentityHashMap<>());
    knownKids.addAll(kids(treeRoot().getCOSObject()));
    knownKids.addAll(kids(documentElement.getCOSObject()));
    int before = doc.getNumberOfPages();
    merger.appendDocument(doc, source);
    PDPageTree pages = doc.getPages();
    List<PDPage> added = new ArrayList<>();
    for (int i = before; i < doc.getNumberOfPages(); i++) {
      added.add(pages.get(i));
    }
    PDPage previous = anchor;
    for (PDPage page : added) {
      pages.remove(page);
      pages.insertAfter(page, previous);
      previous = page;
    }
    for (COSDictionary fresh : unwrap(knownKids)) {
      adopt(fresh, sect);
    }
    adoptNewKids(documentElement.getCOSObject(), knownKids, sect);
    return added;
  }

  /**
   * Puts our Document element back as the only child of the tree root and returns the attachment's top
   * elements. When both files have a Document element, PDFBox renames ours to Part and wraps it with the
   * attachment's parts in a new Document; otherwise the attachment's elements are new children of the root.
   */
  private List<COSDictionary> unwrap(Set<COSBase> knownKids) {
    COSDictionary root = treeRoot().getCOSObject();
    COSDictionary ours = documentElement.getCOSObject();
    List<COSDictionary> fresh = new ArrayList<>();
    for (COSBase kid : kids(root)) {
      if (kid == ours || !(kid instanceof COSDictionary dict) || !isElement(dict)) {
        continue;
      }
      List<COSBase> inner = kids(dict);
      if (inner.stream().anyMatch(k -> k == ours)) {
        inner.stream().filter(k -> k != ours && k instanceof COSDictionary d && isElement(d))
            .forEach(k -> fresh.add((COSDictionary) k));
      } else if (!knownKids.contains(dict)) {
        fresh.add(dict);
      }
    }
    root.setItem(COSName.K, ours);
    ours.setName(COSName.S, "Document");
    ours.setItem(COSName.P, root);
    return fresh;
  }

  private PDStructureTreeRoot treeRoot() {
    return doc.getDocumentCatalog().getStructureTreeRoot();
  }

  private static List<COSBase> kids(COSDictionary parent) {
    COSBase k = parent.getDictionaryObject(COSName.K);
    List<COSBase> kids = new ArrayList<>();
    if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        kids.add(array.getObject(i));
      }
    } else if (k != null) {
      kids.add(k);
    }
    return kids;
  }

  /** Moves elements the merge appended to our Document element itself into the section. */
  private static void adoptNewKids(COSDictionary parent, Set<COSBase> known, PDStructureElement sect) {
    COSBase k = parent.getDictionaryObject(COSName.K);
    if (!(k instanceof COSArray array)) {
      return;
    }
    List<COSDictionary> fresh = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.getObject(i) instanceof COSDictionary kid && !known.contains(kid) && isElement(kid)) {
        fresh.add(kid);
      }
    }
    for (COSDictionary kid : fresh) {
      array.remove(kid);
      adopt(kid, sect);
    }
  }

  private static boolean isElement(COSDictionary kid) {
    return kid.containsKey(COSName.S) && !COSName.MCR.equals(kid.getCOSName(COSName.TYPE));
  }

  private static void adopt(COSDictionary kid, PDStructureElement sect) {
    if ("Document".equals(kid.getNameAsString(COSName.S))) {
      kid.setName(COSName.S, "Part");
    }
    kid.setItem(COSName.P, sect);
    COSDictionary sectDict = sect.getCOSObject();
    COSBase k = sectDict.getDictionaryObject(COSName.K);
    COSArray array;
    if (k instanceof COSArray existing) {
      array = existing;
    } else {
      array = new COSArray();
      if (k != null) {
        array.add(k);
      }
      sectDict.setItem(COSName.K, array);
    }
    array.add(kid);
  }
}
