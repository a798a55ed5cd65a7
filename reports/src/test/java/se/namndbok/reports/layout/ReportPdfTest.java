package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.core.shared.ReadableOutput;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.VeraPdf;

class ReportPdfTest {
  static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 10, 16, 9, 0, 0, 0, ZoneOffset.ofHours(2));

  @TempDir Path dir;

  static ReportDocument document(List<Block> blocks) {
    return new ReportDocument("Test", "Socialnämnden", "Socialnämnden 2025-10-23", CREATED, blocks);
  }

  static byte[] archivalAttachment(String text, int pages, Path dir) throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      blocks.add(new Block.Heading(1, text + " sida " + i));
      blocks.add(new Block.PageBreak());
    }
    Path file = dir.resolve("bilaga-" + text.hashCode() + ".pdf");
    ReportPdf.write(document(blocks), file, Progress.NONE);
    return Files.readAllBytes(file);
  }

  static byte[] plainPdf(String text) throws Exception {
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
    }
  }

  private static Block.Table longTable() {
    List<List<String>> rows = IntStream.range(1, 121)
        .mapToObj(i -> List.of("Rad " + i, "Änr 2025/" + i + " (Hid: 2025." + (2700 + i) + ") en lång text om ärendet som "
            + "måste brytas över flera rader för att få plats", "2025-10-0" + (i % 9 + 1)))
        .toList();
    return new Block.Table(List.of(1.0, 4.0, 1.2), List.of("Avsändare", "Ämne", "Datum"), rows);
  }

  @Test
  void repeatsTableHeaderOnEveryPageTheTableFlowsOver() throws Exception {
    Path out = dir.resolve("tabell.pdf");
    ExportResult result = ReportPdf.write(document(List.of(new Block.Heading(1, "Tabell"), longTable())), out,
        Progress.NONE);
    List<String> pages = PdfPages.text(out);
    assertThat(result.pages()).isEqualTo(pages.size()).isGreaterThan(3);
    for (String page : pages) {
      assertThat(page).contains("Avsändare").contains("Ämne").contains("Sida ");
    }
    assertThat(String.join("", pages)).contains("Rad 120");
  }

  @Test
  void contentsGivesThePageRangeOfEachSectionIncludingMergedAttachments() throws Exception {
    byte[] bilaga = archivalAttachment("Bilaga A", 3, dir);
    List<Block> blocks = List.of(
        new Block.Heading(1, "Innehåll"),
        new Block.Contents(List.of(1.0, 5.0, 1.5), List.of("Punkt", "Rubrik", "Sida"),
            List.of(new Block.ContentsRow(List.of("1", "Först"), "s1"),
                new Block.ContentsRow(List.of("2", "Sedan"), "s2"))),
        new Block.Section("s1", "1. Först", List.of(new Block.Heading(1, "Först"), longTable()),
            List.of(new Attachment("a.pdf", bilaga))),
        new Block.Section("s2", "2. Sedan", List.of(new Block.Heading(1, "Sedan-rubriken")), List.of()));
    Path out = dir.resolve("innehall.pdf");
    ExportResult result = ReportPdf.write(document(blocks), out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    int bilagaPage = IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains("Bilaga A sida 1")).findFirst()
        .orElseThrow() + 1;
    int sedanPage = IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains("Sedan-rubriken"))
        .findFirst().orElseThrow() + 1;
    assertThat(sedanPage).isEqualTo(bilagaPage + 3).isEqualTo(result.pages());
    assertThat(pages.get(0)).contains("1 Först 2–" + (bilagaPage + 2)).contains("2 Sedan " + sedanPage);
    assertThat(result.pdfA()).isTrue();
    assertThat(result.warnings()).isEmpty();
    for (int page = 1; page <= pages.size(); page++) {
      String footer = "Sida " + page + " av " + pages.size();
      String text = pages.get(page - 1);
      assertThat(text.indexOf(footer)).as("page %d has one footer", page).isNotNegative()
          .isEqualTo(text.lastIndexOf(footer));
      if (!text.contains("Bilaga A sida")) {
        assertThat(text).as("own page %d has no other page number", page).doesNotContainPattern("Sida (?!" + page + " )");
      }
    }
  }

  @Test
  void mergedNonArchivalAttachmentDropsThePdfAClaimAndNamesTheFile() throws Exception {
    List<Block> blocks = List.of(new Block.Section("s1", "1", List.of(new Block.Paragraph("Text")),
        List.of(new Attachment("skannad.pdf", plainPdf("skannat")))));
    Path out = dir.resolve("ej-pdfa.pdf");
    ExportResult result = ReportPdf.write(document(blocks), out, Progress.NONE);
    assertThat(result.pdfA()).isFalse();
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("skannad.pdf").contains("inte PDF/A"));
    assertThat(PdfPages.text(out)).hasSize(2);
    assertThat(new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("pdfaid:part");
  }

  @Test
  void markInfoSaysMarkedAndLeavesFalseKeysOutEvenAfterMergingAnAttachment() throws Exception {
    Path out = dir.resolve("markinfo.pdf");
    List<Block> blocks = List.of(new Block.Section("s1", "1", List.of(new Block.Paragraph("Text")),
        List.of(new Attachment("bilaga.pdf", archivalAttachment("Bilaga", 1, dir)))));

    ReportPdf.write(document(blocks), out, Progress.NONE);

    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      COSDictionary markInfo = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
      assertThat(markInfo.getBoolean(COSName.getPDFName("Marked"), false)).isTrue();
      assertThat(markInfo.containsKey(COSName.getPDFName("Suspects"))).isFalse();
      assertThat(markInfo.containsKey(COSName.getPDFName("UserProperties"))).isFalse();
    }
  }

  @Test
  void writtenFileGetsTheFoldersNormalPermissionsNotThoseOfATemporaryFile() throws Exception {
    Path out = dir.resolve("delad.pdf");

    ReportPdf.write(document(List.of(new Block.Paragraph("Text"))), out, Progress.NONE);

    ReadableOutput.assertReadableByGroupAndOthers(out);
  }

  @Test
  void failedExportLeavesNoFileBehind() throws Exception {
    Path out = dir.resolve("trasig.pdf");
    List<Block> blocks = List.of(new Block.Section("s1", "1", List.of(new Block.Paragraph("Text")),
        List.of(new Attachment("trasig.pdf", "inte en pdf".getBytes()))));
    assertThatThrownBy(() -> ReportPdf.write(document(blocks), out, Progress.NONE))
        .isInstanceOf(ExportException.class).hasMessageContaining("trasig.pdf");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void encryptedAttachmentIsRefusedByName() {
    List<Block> blocks = List.of(new Block.Section("s1", "1", List.of(new Block.Paragraph("Text")),
        List.of(new Attachment("låst.pdf", se.namndbok.reports.testing.TestPdfs.encrypted()))));
    assertThatThrownBy(() -> ReportPdf.write(document(blocks), dir.resolve("k.pdf"), Progress.NONE))
        .isInstanceOf(ExportException.class).hasMessageContaining("låst.pdf").hasMessageContaining("krypterad");
  }

  @Test
  void documentWithTablesListsContentsAndAttachmentValidatesAsPdfA2bAndPdfUa1() throws Exception {
    byte[] bilaga = archivalAttachment("Bilaga B", 2, dir);
    List<Block> blocks = List.of(
        new Block.Heading(1, "Kallelse"),
        new Block.KeyValue("Tid", "torsdag 23 oktober 2025 kl. 08:15"),
        new Block.Contents(List.of(1.0, 5.0, 1.5), List.of("Punkt", "Rubrik", "Sida"),
            List.of(new Block.ContentsRow(List.of("1", "Först"), "s1"))),
        new Block.Section("s1", "1. Först", List.of(new Block.Heading(1, "Först"),
            new Block.Heading(2, "Beslutsunderlag"), new Block.BulletList(List.of("Ett", "Två §")), longTable()),
            List.of(new Attachment("b.pdf", bilaga))));
    Path out = dir.resolve("vera.pdf");
    ReportPdf.write(document(blocks), out, Progress.NONE);
    byte[] pdf = Files.readAllBytes(out);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void opensWithTheBookmarksWhenItHasSomeAndWithoutTheOutlinePanelOtherwise() throws Exception {
    Path with = dir.resolve("med.pdf");
    ReportPdf.write(document(List.of(new Block.Section("s1", "1. Först - \"Information\"", List.of(new Block.Paragraph("Text")),
        List.of(new Attachment("a.pdf", archivalAttachment("A", 1, dir), "Migrationsverkets förslag"))))), with,
        Progress.NONE);
    Path without = dir.resolve("utan.pdf");
    ReportPdf.write(document(List.of(new Block.Paragraph("Bara text"))), without, Progress.NONE);

    try (var doc = org.apache.pdfbox.Loader.loadPDF(with.toFile())) {
      assertThat(doc.getDocumentCatalog().getPageMode()).isEqualTo(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
      var first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertThat(first.getTitle()).as("as the heading prints it").isEqualTo("1. Först – ”Information”");
      assertThat(first.getFirstChild().getTitle()).as("the attachment's title").isEqualTo("Migrationsverkets förslag");
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(without.toFile())) {
      assertThat(doc.getDocumentCatalog().getPageMode()).isEqualTo(org.apache.pdfbox.pdmodel.PageMode.USE_NONE);
      assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNull();
    }
  }
}
