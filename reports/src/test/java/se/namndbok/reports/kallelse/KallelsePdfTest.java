package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.reports.layout.ExportException;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Sekretess;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.Contents;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

class KallelsePdfTest {
  static KallelseData data;

  @TempDir Path dir;

  @BeforeAll
  static void buildData() {
    data = ReferensKallelse.data();
  }

  /** Checks every contents row against the pages: the item's Ärendenr stands on its first page, the range ends
   *  where the next item begins, and every own page carries its footer. */
  static void assertContentsTrue(KallelseData printed, Path pdf) throws Exception {
    List<String> pages = PdfPages.text(pdf);
    Contents contents = Contents.read(pdf, 1, 3);
    int expectedNext = -1;
    for (Arendepunkt p : printed.punkter()) {
      Contents.Range range = contents.range(p.punkt(), p.arendenr());
      String first = pages.get(range.first() - 1);
      assertThat(first).as("punkt %s on page %d", p.punkt(), range.first())
          .contains("Punkt " + p.punkt()).contains("Ärendenr " + p.arendenrMedKlassificering())
          .contains("Sida " + range.first() + " av " + pages.size());
      if (expectedNext > 0) {
        assertThat(range.first()).as("punkt %s follows the previous item's range", p.punkt()).isEqualTo(expectedNext);
      }
      expectedNext = range.last() + 1;
    }
    assertThat(expectedNext - 1).as("the last range ends on the last page").isEqualTo(pages.size());
  }

  @Test
  void everyItemStandsOnThePageTheContentsGives() throws Exception {
    Path out = dir.resolve("kallelse.pdf");
    ExportResult result = KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    assertContentsTrue(data, out);
    assertThat(result.pdfA()).isTrue();
    assertThat(result.pdfUa()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.pages()).isEqualTo(PdfPages.text(out).size());
  }

  @Test
  void attachmentsStandDirectlyAfterTheirItemWithinItsRange() throws Exception {
    Path out = dir.resolve("kallelse.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    Contents.Range range = Contents.read(out, 1, 3).range("7", "2025/925");
    int anvisningar = pageOf(pages, "Anvisningar om statsbidrag till kommuner 2026 sida 1");
    assertThat(pages.get(anvisningar - 2)).contains("Beslutsunderlag");
    assertThat(pageOf(pages, "Bidragsansökan 2026 sida 1")).isEqualTo(anvisningar + 8).isEqualTo(range.last());
    assertThat(pages.get(anvisningar - 1)).as("attachment pages carry the kallelse's page number")
        .contains("Sida " + anvisningar + " av " + pages.size());
  }

  @Test
  void firstPageHasMeetingMembersUppropAndJusterare() throws Exception {
    Path out = dir.resolve("kallelse.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    String first = PdfPages.text(out).getFirst();
    assertThat(first).contains("LULEÅ KOMMUN · SOCIALNÄMNDEN", "Kallelse", "torsdag 23 oktober 2025 kl. 08:15",
        "Stadshuset, Sessionssalen, våning 1", "Ledamöter", "Anna Lindqvist (S), ordförande", "Ersättare",
        "Lars Sjöberg (KD)",
        "Upprop", "Val av justerare", "Socialnämnden 2025-10-23");
  }

  @Test
  void aKallelseSentAgainIsHeadedRevideradAndNamesTheVersionItReplacesAndItsContentsStayTrue() throws Exception {
    var forsta = new se.namndbok.core.kallelse.Utskick(1, 1, java.time.LocalDateTime.of(2025, 10, 16, 9, 0), "anna",
        "x", "a", 1, "b", 1);
    KallelseData andra = data.withRevidering(KallelsePdfRenderer.revidering(forsta));
    for (Version v : Version.values()) {
      Path out = dir.resolve("reviderad-" + v + ".pdf");
      KallelsePdf.write(andra, v, out, Progress.NONE);
      String first = PdfPages.text(out).getFirst();
      assertThat(first).contains("Reviderad kallelse",
          "Version 2. Ersätter kallelsen som skickades ut 2025-10-16 (version 1).");
      assertContentsTrue(v == Version.OFFENTLIG ? Offentliggorande.apply(andra) : andra, out);
    }
    Path out = dir.resolve("forsta.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    assertThat(PdfPages.text(out).getFirst()).doesNotContain("Reviderad").doesNotContain("Ersätter");
  }

  @Test
  void publicVersionKeepsConfidentialItemsAsNumberTitleAndArendenrOnly() throws Exception {
    Path out = dir.resolve("offentlig.pdf");
    ExportResult result = KallelsePdf.write(data, Version.OFFENTLIG, out, Progress.NONE);
    KallelseData printed = Offentliggorande.apply(data);
    assertContentsTrue(printed, out);
    List<String> pages = PdfPages.text(out);
    String all = String.join("\n", pages);
    assertThat(all).doesNotContain("HEMLIGT").contains(se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.rad()).contains("Offentlig version");
    Contents.Range lexSarah = Contents.read(out, 1, 3).range("18", "2025/1207");
    assertThat(lexSarah.first()).isEqualTo(lexSarah.last());
    assertThat(pages.get(lexSarah.first() - 1).replace("\n", " ")).contains("26 kap. 1 §")
        .contains("Information – rapportering om enskilda ärenden enligt lex Sarah");
    assertThat(result.pages()).isEqualTo(pages.size());
  }

  @Test
  void memberAndPublicVersionValidateAsPdfA2bAndPdfUa1() throws Exception {
    for (Version version : Version.values()) {
      Path out = dir.resolve(version + ".pdf");
      KallelsePdf.write(data, version, out, Progress.NONE);
      byte[] pdf = Files.readAllBytes(out);
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(version + " PDF/A-2b").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(version + " PDF/UA-1").isEmpty();
    }
  }

  @Test
  void nonArchivalAttachmentIsMergedButTheResultDoesNotClaimPdfA() throws Exception {
    KallelseData withScan = withAttachment(new Bilaga("inskannat brev.pdf", TestPdfs.plain("Brev"), null));
    Path out = dir.resolve("kallelse.pdf");
    ExportResult result = KallelsePdf.write(withScan, Version.LEDAMOT, out, Progress.NONE);
    assertThat(result.pdfA()).isFalse();
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("inskannat brev.pdf"));
    assertThat(String.join("", PdfPages.text(out))).contains("Brev");
    assertContentsTrue(withScan, out);
  }

  @Test
  void attachmentWhoseChecksumDiffersIsRefusedAndNoFileIsLeft() throws Exception {
    KallelseData changed = withAttachment(new Bilaga("protokoll.pdf", TestPdfs.plain("x"), "00ff"));
    Path out = dir.resolve("kallelse.pdf");
    assertThatThrownBy(() -> KallelsePdf.write(changed, Version.LEDAMOT, out, Progress.NONE))
        .isInstanceOf(ExportException.class).hasMessageContaining("protokoll.pdf").hasMessageContaining("sha256");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void hasABookmarkPerItemWithItsAttachmentsAndArchivalMetadata() throws Exception {
    Path out = dir.resolve("kallelse.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      List<String> titles = new java.util.ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
      assertThat(titles).hasSize(data.punkter().size()).contains("5. Redovisning av meddelanden oktober 2025");
      PDOutlineItem statsbidrag = java.util.stream.StreamSupport.stream(
              doc.getDocumentCatalog().getDocumentOutline().children().spliterator(), false)
          .filter(i -> i.getTitle().startsWith("7.")).findFirst().orElseThrow();
      List<String> bilagor = new java.util.ArrayList<>();
      statsbidrag.children().forEach(c -> bilagor.add(c.getTitle()));
      assertThat(bilagor).as("bookmarked by their titles").containsExactly("Anvisningar statsbidrag beredskap 2026",
          "Bidragsansökan 2026");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Kallelse Socialnämnden 2025-10-23");
      assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("Nämndbok");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
      assertThat(se.namndbok.reports.layout.PdfAClaim.of(doc).pdfaPart()).isEqualTo(2);
    }
  }

  @Test
  void eachContentsRowLinksToItsItemsFirstPage() throws Exception {
    Path out = dir.resolve("kallelse.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    Contents contents = Contents.read(out, 1, 3);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      List<String> targets = new java.util.ArrayList<>();
      for (var annotation : doc.getPage(1).getAnnotations()) {
        var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation;
        var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
            link.getDestination();
        targets.add(link.getContents() + " -> " + (doc.getPages().indexOf(destination.getPage()) + 1));
      }
      List<String> punkter = targets.stream().filter(t -> !t.startsWith("Gå till Bilaga: ")).toList();
      assertThat(punkter).hasSize(data.punkter().size());
      for (int i = 0; i < data.punkter().size(); i++) {
        Arendepunkt p = data.punkter().get(i);
        assertThat(punkter.get(i)).startsWith("Gå till " + p.punkt() + " ")
            .endsWith(" -> " + contents.range(p.punkt(), p.arendenr()).first());
      }
      assertThat(targets).as("one row per bilaga")
          .hasSize(data.punkter().size() + data.punkter().stream().mapToInt(p -> p.bilagor().size()).sum());
      for (String target : targets) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" (\\d+)(?:–\\d+)? -> (\\d+)$").matcher(target);
        assertThat(m.find()).as(target).isTrue();
        assertThat(m.group(2)).as("%s links to the first page it names", target).isEqualTo(m.group(1));
      }
    }
  }

  @Test
  void reportsProgressFromStartToDone() throws Exception {
    List<Double> seen = new java.util.ArrayList<>();
    KallelsePdf.write(data, Version.LEDAMOT, dir.resolve("k.pdf"), seen::add);
    assertThat(seen).isSorted().last().isEqualTo(1.0);
    assertThat(seen.size()).isGreaterThan(3);
  }

  private static KallelseData withAttachment(Bilaga bilaga) {
    List<Arendepunkt> punkter = new java.util.ArrayList<>(data.punkter());
    Arendepunkt p = punkter.get(3);
    punkter.set(3, new Arendepunkt(p.punkt(), p.rubrik(), p.arendenr(), p.klassificering(), null,
        p.forslagRubrik(), p.forslag(), p.sammanfattning(), p.beskrivning(), p.dialog(), p.beslutsunderlag(),
        p.skickasTill(), p.meddelanden(), p.delegationsbeslut(), p.ovrigaBeslut(), List.of(bilaga), List.of()));
    return data.withPunkter(punkter, false);
  }

  private static int pageOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).replace("\n", " ").contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("not found: " + text);
  }
}
