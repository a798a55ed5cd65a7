package se.namndbok.reports.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * The order a screen reader follows: the structure tree walked depth first, each marked-content reference as
 * (page, MCID), and for every top-level section (Sect under Document) the pages its content lies on.
 */
public final class ReadingOrder {
  /** One piece of content in reading order: its page (1-based) and its MCID on that page. */
  public record Ref(int page, int mcid) {}

  /** A top-level section: its structure type, its first and last page with content (1-based). */
  public record Section(String type, int firstPage, int lastPage) {}

  public final List<Ref> refs = new ArrayList<>();
  public final List<Section> sections = new ArrayList<>();

  private ReadingOrder() {}

  public static ReadingOrder read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return read(doc);
    }
  }

  public static ReadingOrder read(PDDocument doc) {
    {
      ReadingOrder order = new ReadingOrder();
      for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
        if (kid instanceof PDStructureElement document) {
          for (Object part : document.getKids()) {
            int before = order.refs.size();
            order.walk(doc, part, document.getPage());
            if (part instanceof PDStructureElement e && order.refs.size() > before) {
              order.sections.add(new Section(e.getStructureType(), order.refs.get(before).page(),
                  order.refs.subList(before, order.refs.size()).stream().mapToInt(Ref::page).max().orElseThrow()));
            }
          }
        }
      }
      return order;
    }
  }

  private void walk(PDDocument doc, Object node, PDPage inherited) {
    if (node instanceof PDStructureElement element) {
      PDPage page = element.getPage() != null ? element.getPage() : inherited;
      for (Object kid : element.getKids()) {
        walk(doc, kid, page);
      }
    } else if (node instanceof Integer mcid) {
      refs.add(new Ref(doc.getPages().indexOf(inherited) + 1, mcid));
    } else if (node instanceof PDMarkedContentReference mcr) {
      PDPage page = mcr.getPage() != null ? mcr.getPage() : inherited;
      refs.add(new Ref(doc.getPages().indexOf(page) + 1, mcr.getMCID()));
    } else if (node instanceof PDStructureNode other) {
      for (Object kid : other.getKids()) {
        walk(doc, kid, inherited);
      }
    }
  }

  /** The first place where reading order goes back: an earlier page, or an earlier MCID on the same page. */
  public String firstDisorder() {
    for (int i = 1; i < refs.size(); i++) {
      Ref a = refs.get(i - 1);
      Ref b = refs.get(i);
      if (b.page() < a.page() || (b.page() == a.page() && b.mcid() <= a.mcid())) {
        return "after " + a + " comes " + b + " (index " + i + ")";
      }
    }
    return null;
  }
}
