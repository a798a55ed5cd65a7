package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

/**
 * Makes each contents row clickable: a Link annotation over the row's text pointing at the first page of its
 * section, tagged as the row's Link element (marked content plus an object reference), as PDF/UA asks.
 */
final class ContentsLinks {
  private record Row(PDPage page, StructNode node, float[] box, String text) {}

  private record Retarget(PDAnnotationLink link, String sectionId, int attachment) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<Retarget> retargets = new ArrayList<>();
  private final Map<StructNode, float[]> boxes = new LinkedHashMap<>();
  private final Map<StructNode, StringBuilder> texts = new LinkedHashMap<>();

  /** Records a drawn run of a link node on the current page. */
  void run(StructNode node, float x, float y, float width, float size, String text) {
    float[] box = boxes.computeIfAbsent(node, n -> new float[] {x, y, x, y});
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y - size * 0.3f);
    box[2] = Math.max(box[2], x + width);
    box[3] = Math.max(box[3], y + size);
    texts.computeIfAbsent(node, n -> new StringBuilder()).append(texts.get(node).isEmpty() ? "" : " ").append(text);
  }

  void endPage(PDPage page) {
    boxes.forEach((node, box) -> rows.add(new Row(page, node, box, texts.get(node).toString())));
    boxes.clear();
    texts.clear();
  }

  /** Points the rows of attachments at their first pages, once the attachments are merged. */
  void retarget(Map<String, List<PDPage>> attachmentStarts) {
    for (Retarget r : retargets) {
      List<PDPage> starts = attachmentStarts.getOrDefault(r.sectionId(), List.of());
      if (r.attachment() < starts.size()) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(starts.get(r.attachment()));
        r.link().setDestination(destination);
      }
    }
  }

  /** Adds the annotations; parent-tree keys from {@code firstKey} on. Returns the next free key. */
  int annotate(List<PDPage> ours, Map<String, Layouter.Span> spans, Function<StructNode, PDStructureElement> elements,
      Map<Integer, PDParentTreeValue> parentTree, int firstKey) throws java.io.IOException {
    int key = firstKey;
    for (Row row : rows) {
      String target = row.node().target;
      int hash = target.indexOf('#');
      Layouter.Span span = spans.get(hash < 0 ? target : target.substring(0, hash));
      if (span == null) {
        continue;
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(row.box()[0] - 2, row.box()[1] - 1, row.box()[2] - row.box()[0] + 4,
          row.box()[3] - row.box()[1] + 2));
      PDPageFitDestination destination = new PDPageFitDestination();
      destination.setPage(ours.get(hash < 0 ? span.firstPage() : span.lastPage()));
      link.setDestination(destination);
      if (hash >= 0) {
        retargets.add(new Retarget(link, target.substring(0, hash), Integer.parseInt(target.substring(hash + 1))));
      }
      link.setPrinted(true);
      link.setContents("Gå till " + row.text());
      PDBorderStyleDictionary border = new PDBorderStyleDictionary();
      border.setWidth(0);
      link.setBorderStyle(border);
      link.setStructParent(key);
      row.page().getAnnotations().add(link);
      PDStructureElement element = elements.apply(row.node());
      PDObjectReference reference = new PDObjectReference();
      reference.setReferencedObject(link);
      reference.setPage(row.page());
      element.appendKid(reference);
      parentTree.put(key++, new PDParentTreeValue(element.getCOSObject()));
    }
    return key;
  }
}
