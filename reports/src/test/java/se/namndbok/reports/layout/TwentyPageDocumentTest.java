package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.reports.testing.TestPdfs;

/**
 * The document {@link RenderBenchmark} times: ten items of text, lists and tables, about twenty pages. The test
 * asserts what can be asserted without a clock (timings belong to the benchmark, never to a test).
 */
class TwentyPageDocumentTest {
  @TempDir Path dir;

  static final String SENTENCE = "Socialförvaltningen informerar om ekonomiskt utfall för perioden och prognos för "
      + "året, per verksamhetsområde och med statistik för särskilt boende och hemtjänst. ";

  static ReportDocument twentyPages() {
    List<Block> blocks = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      List<Block> section = new ArrayList<>();
      section.add(new Block.Heading(1, "Ärende " + s));
      section.add(new Block.Heading(2, "Sammanfattning av ärendet"));
      for (int p = 0; p < 5; p++) {
        section.add(new Block.Paragraph(SENTENCE.repeat(4)));
      }
      section.add(new Block.BulletList(List.of(SENTENCE, SENTENCE, SENTENCE)));
      section.add(new Block.Table(List.of(2.0, 1.0, 1.0), List.of("Verksamhet", "Kvinnor", "Män"),
          IntStream.range(0, 15).mapToObj(i -> List.of("Särskilt boende, ÄO " + i, "31", "17")).toList()));
      blocks.add(new Block.Section("s" + s, "Ärende " + s, section, List.of()));
    }
    return new ReportDocument("Tid", "Socialnämnden", "Socialnämnden 2025-10-23", TestPdfs.CREATED, blocks);
  }

  @Test
  void tenItemsWithTextListsAndTablesFillAboutTwentyPages() {
    int pages = ReportPdf.write(twentyPages(), dir.resolve("tjugo.pdf"), Progress.NONE).pages();

    assertThat(pages).isBetween(18, 24);
  }
}
