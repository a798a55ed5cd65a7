package se.namndbok.reports.kallelse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The lines of the pages a kallelse wrote itself, without the merged attachments' pages: each attachment starts
 * where its bookmark (a punkt's child bookmark, in merge order) points and runs for its own page count.
 */
final class OwnPages {
  private OwnPages() {}

  static List<List<String>> of(Path kallelse, List<Path> attachments) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(kallelse))) {
      Set<Integer> attached = attachedPages(doc, attachments);
      PDFTextStripper stripper = new PDFTextStripper();
      List<List<String>> pages = new ArrayList<>();
      for (int page = 0; page < doc.getNumberOfPages(); page++) {
        if (!attached.contains(page)) {
          stripper.setStartPage(page + 1);
          stripper.setEndPage(page + 1);
          pages.add(stripper.getText(doc).lines().toList());
        }
      }
      return pages;
    }
  }

  private static Set<Integer> attachedPages(PDDocument doc, List<Path> attachments) throws IOException {
    Set<Integer> attached = new HashSet<>();
    int next = 0;
    for (PDOutlineItem punkt : doc.getDocumentCatalog().getDocumentOutline().children()) {
      for (PDOutlineItem bilaga : punkt.children()) {
        int first = doc.getPages().indexOf(((PDPageDestination) bilaga.getDestination()).getPage());
        int count = pageCount(attachments.get(next++));
        for (int i = 0; i < count; i++) {
          attached.add(first + i);
        }
      }
    }
    if (next != attachments.size()) {
      throw new IllegalStateException(next + " attachment bookmarks for " + attachments.size() + " attachments");
    }
    return attached;
  }

  private static int pageCount(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return d.getNumberOfPages();
    }
  }
}
