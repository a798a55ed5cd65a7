package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.reports.testing.TestPdfs;

/** Measures a 20-page render (text, lists, tables; no attachments) and keeps it well under a second. */
class RenderTimeTest {
  @TempDir Path dir;

  static List<Block> twentyPages() {
    List<Block> blocks = new ArrayList<>();
    String sentence = "Socialförvaltningen informerar om ekonomiskt utfall för perioden och prognos för året, "
        + "per verksamhetsområde och med statistik för särskilt boende och hemtjänst. ";
    for (int s = 0; s < 10; s++) {
      List<Block> section = new ArrayList<>();
      section.add(new Block.Heading(1, "Ärende " + s));
      section.add(new Block.Heading(2, "Sammanfattning av ärendet"));
      for (int p = 0; p < 5; p++) {
        section.add(new Block.Paragraph(sentence.repeat(4)));
      }
      section.add(new Block.BulletList(List.of(sentence, sentence, sentence)));
      section.add(new Block.Table(List.of(2.0, 1.0, 1.0), List.of("Verksamhet", "Kvinnor", "Män"),
          IntStream.range(0, 15).mapToObj(i -> List.of("Särskilt boende, ÄO " + i, "31", "17")).toList()));
      blocks.add(new Block.Section("s" + s, "Ärende " + s, section, List.of()));
    }
    return blocks;
  }

  @Test
  void rendersTwentyPagesWellUnderASecond() {
    ReportDocument document = new ReportDocument("Tid", "Socialnämnden", "Socialnämnden 2025-10-23",
        TestPdfs.CREATED, twentyPages());
    long[] millis = new long[6];
    int pages = 0;
    for (int run = 0; run < millis.length; run++) {
      long start = System.nanoTime();
      pages = ReportPdf.write(document, dir.resolve("tid.pdf"), Progress.NONE).pages();
      millis[run] = (System.nanoTime() - start) / 1_000_000;
    }
    long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
    Arrays.sort(warm);
    System.out.printf("20-page render: %d pages, first %d ms, warm median %d ms%n", pages, millis[0], warm[2]);
    assertThat(pages).isBetween(18, 24);
    assertThat(warm[2]).isLessThan(1000);
  }
}
