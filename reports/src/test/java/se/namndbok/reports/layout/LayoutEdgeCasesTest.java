package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;

class LayoutEdgeCasesTest {
  @TempDir Path dir;

  private ExportResult write(List<Block> blocks, Path out) {
    return ReportPdf.write(new ReportDocument("Kant", "Socialnämnden", "Socialnämnden 2025-10-23", TestPdfs.CREATED,
        blocks), out, Progress.NONE);
  }

  @Test
  void replacesCharactersTheFontCannotShowInsteadOfFailing() throws Exception {
    Path out = dir.resolve("tecken.pdf");
    write(List.of(new Block.Paragraph("Tab\there, kinesiska 漢, styrtecken \u0007 och åäö ÅÄÖ § é ü –")), out);
    String text = PdfPages.text(out).getFirst();
    assertThat(text).contains("Tab here").contains("kinesiska ?").contains("åäö ÅÄÖ § é ü –");
  }

  @Test
  void splitsATableRowTallerThanAPageAndKeepsEveryLine() throws Exception {
    String tall = IntStream.rangeClosed(1, 150).mapToObj(i -> "rad" + i).collect(Collectors.joining("\n"));
    Path out = dir.resolve("hog.pdf");
    ExportResult result = write(List.of(new Block.Table(List.of(1.0, 1.0), List.of("Kolumn A", "Kolumn B"),
        List.of(List.of("kort", tall), List.of("efter", "sista")))), out);
    List<String> pages = PdfPages.text(out);
    assertThat(result.pages()).isGreaterThanOrEqualTo(3);
    String all = String.join("\n", pages);
    IntStream.rangeClosed(1, 150).forEach(i -> assertThat(all).contains("rad" + i + "\n"));
    pages.forEach(page -> assertThat(page).contains("Kolumn A"));
    assertThat(pages.getLast()).contains("sista");
  }

  @Test
  void breaksAWordLongerThanTheLine() throws Exception {
    String word = "x".repeat(400);
    Path out = dir.resolve("ord.pdf");
    write(List.of(new Block.Paragraph(word)), out);
    assertThat(PdfPages.text(out).getFirst().replace("\n", "")).contains(word);
  }

  @Test
  void contentsWithoutRowsAndEmptyDocumentStillExport() throws Exception {
    Path out = dir.resolve("tom.pdf");
    ExportResult result = write(List.of(new Block.Heading(1, "Innehållsförteckning"),
        new Block.Contents(List.of(1.0, 1.0), List.of("Rubrik", "Sida"), List.of())), out);
    assertThat(result.pages()).isEqualTo(1);
    assertThat(write(List.of(), dir.resolve("helt-tom.pdf")).pages()).isEqualTo(1);
  }
}
