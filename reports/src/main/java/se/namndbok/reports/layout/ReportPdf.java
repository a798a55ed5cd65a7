package se.namndbok.reports.layout;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import se.namndbok.core.shared.TempFiles;

/**
 * Writes a {@link ReportDocument} as a tagged PDF/A-2b, PDF/UA-1 file: lays it out until the contents' page
 * numbers are stable, paints it, merges attachments after their sections, adds bookmarks and metadata, and
 * moves the finished file into place. A failed export leaves no file.
 */
public final class ReportPdf {
  private static final int MAX_PASSES = 5;

  private ReportPdf() {}

  public static ExportResult write(ReportDocument document, Path out, Progress progress) {
    Path target = out.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = TempFiles.output(target);
      Path file = tmp;
      ExportResult result = render(document, doc -> doc.save(file.toFile()), progress);
      TempFiles.commit(tmp, target);
      progress.update(1.0);
      return result;
    } catch (IOException | RuntimeException e) {
      TempFiles.discard(tmp);
      if (e instanceof se.namndbok.core.shared.ValidationException refused) {
        throw refused;
      }
      if (e instanceof ExportException export) {
        throw export;
      }
      throw new ExportException("Kunde inte skapa " + target.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Renders to bytes, e.g. a generated attachment that is stored rather than written to a chosen file. */
  public static byte[] bytes(ReportDocument document) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      render(document, doc -> doc.save(out), Progress.NONE);
    } catch (IOException e) {
      throw new ExportException("Kunde inte skapa " + document.title() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private interface Save {
    void to(PDDocument doc) throws IOException;
  }

  private static ExportResult render(ReportDocument document, Save save, Progress progress) throws IOException {
    progress.update(0.02);
    try (PDDocument doc = new PDDocument(); LoadedAttachments attachments = new LoadedAttachments(document.blocks())) {
      Fonts fonts = new Fonts(doc);
      progress.update(0.1);
      Layouter.Result layout = null;
      Pagination pagination = null;
      Function<String, String> labels = Pagination::placeholder;
      TextWrapper wrapper = new TextWrapper(fonts);
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        layout = pass == 0 ? Layouter.layout(document.blocks(), wrapper, labels)
            : Layouter.next(layout, document.blocks(), wrapper, labels);
        pagination = new Pagination(layout.pages(), layout.spans(), attachments::pageCount);
        Map<String, String> printed = pass == 0 ? Map.of() : labelsUsed(pagination, labels);
        if (pass > 0 && printed.equals(pagination.labels())) {
          break;
        }
        labels = pagination::label;
      }
      progress.update(0.3);
      ArchivalMetadata.prepareCatalog(doc);
      Painter painter = new Painter(doc, fonts, document.runningHeader(), document.footerNote());
      List<PDPage> ours = painter.paint(layout, pagination);
      progress.update(0.5);
      Map<String, List<PDPage>> attachmentStarts = merge(doc, layout, ours, painter, attachments, progress);
      painter.retargetLinks(attachmentStarts);
      outline(doc, layout, ours, attachmentStarts);
      AttachmentPageStamp.stamp(doc, ours, fonts, document.runningHeader());
      if (doc.getNumberOfPages() != pagination.total()) {
        throw new IllegalStateException("page count " + doc.getNumberOfPages() + " != " + pagination.total());
      }
      boolean pdfA = attachments.allPdfA();
      boolean pdfUa = attachments.allPdfUa();
      ArchivalMetadata.describe(doc, document.title(), document.author(), document.created(), pdfA, pdfUa);
      progress.update(0.95);
      save.to(doc);
      return new ExportResult(pdfA, pdfUa, doc.getNumberOfPages(), attachments.warnings());
    }
  }

  private static Map<String, String> labelsUsed(Pagination pagination, Function<String, String> labels) {
    Map<String, String> used = new java.util.HashMap<>();
    pagination.labels().keySet().forEach(id -> used.put(id, labels.apply(id)));
    return used;
  }

  private static Map<String, List<PDPage>> merge(PDDocument doc, Layouter.Result layout, List<PDPage> ours,
      Painter painter, LoadedAttachments attachments, Progress progress) throws IOException {
    AttachmentMerger merger = new AttachmentMerger(doc, painter.element(layout.root()));
    Map<String, List<PDPage>> starts = new java.util.HashMap<>();
    for (Map.Entry<String, Layouter.Span> span : layout.spans().entrySet()) {
      PDPage anchor = ours.get(span.getValue().lastPage());
      List<PDPage> firsts = new ArrayList<>();
      for (Attachment attachment : layout.pages().get(span.getValue().lastPage()).attachmentsAfter) {
        List<PDPage> added = merger.mergeAfter(anchor, attachments.doc(attachment),
            painter.element(span.getValue().node()));
        firsts.add(added.isEmpty() ? anchor : added.getFirst());
        anchor = added.isEmpty() ? anchor : added.getLast();
      }
      starts.put(span.getKey(), firsts);
    }
    progress.update(0.85);
    return starts;
  }

  private static void outline(PDDocument doc, Layouter.Result layout, List<PDPage> ours,
      Map<String, List<PDPage>> attachmentStarts) {
    PDDocumentOutline outline = new PDDocumentOutline();
    for (Layouter.Mark mark : layout.marks()) {
      PDOutlineItem item = item(mark.title(), ours.get(mark.page()));
      List<Attachment> attachments =
          layout.pages().get(layout.spans().get(mark.sectionId()).lastPage()).attachmentsAfter;
      List<PDPage> starts = attachmentStarts.getOrDefault(mark.sectionId(), List.of());
      for (int i = 0; i < starts.size(); i++) {
        item.addLast(item(attachments.get(i).title(), starts.get(i)));
      }
      outline.addLast(item);
    }
    if (layout.marks().isEmpty()) {
      doc.getDocumentCatalog().setDocumentOutline(null);
      doc.getDocumentCatalog().setPageMode(PageMode.USE_NONE);
      return;
    }
    doc.getDocumentCatalog().setDocumentOutline(outline);
    doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }

  /** A bookmark: its title as the page prints it (the en dash and quotes of typography, no style marks). */
  private static PDOutlineItem item(String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(Typografi.printed(title));
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(page);
    item.setDestination(destination);
    return item;
  }
}
