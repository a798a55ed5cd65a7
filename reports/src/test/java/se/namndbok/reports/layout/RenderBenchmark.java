package se.namndbok.reports.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import se.namndbok.core.testing.BenchmarkLine;

/**
 * Times the 20-page render of {@link TwentyPageDocumentTest#twentyPages()} against a floor measured in the same
 * JVM: PDFBox writing the same words as plain lines with the same embedded, subset font, without layout, tagging,
 * metadata or contents passes. The ratio says what our layout and tagging cost on top of what PDFBox costs
 * anyway, and stays comparable between machines. Nothing is asserted. Run with
 * {@code mvn -o -pl reports test -Dtest=RenderBenchmarkRunner -Dbenchmark=true [-Dbenchmark.rounds=15]}.
 */
public final class RenderBenchmark {
  private static final int LINE_CHARS = 90;
  private static final int LINES_PER_PAGE = 55;

  private RenderBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    ReportDocument document = TwentyPageDocumentTest.twentyPages();
    List<String> lines = plainLines(words(document.blocks()));
    long[] render = new long[rounds];
    long[] floor = new long[rounds];
    int pages = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      byte[] ours = ReportPdf.bytes(document);
      render[round] = System.nanoTime() - start;
      start = System.nanoTime();
      int floorPages = floor(lines);
      floor[round] = System.nanoTime() - start;
      try (PDDocument written = org.apache.pdfbox.Loader.loadPDF(ours)) {
        pages = written.getNumberOfPages();
      }
      if (round == 0) {
        System.out.printf("floor document: %d pages of plain lines%n", floorPages);
      }
    }
    long renderMedian = median(warm(render));
    long floorMedian = median(warm(floor));
    System.out.printf("20-page render (%d pages), %d warm rounds: median %.1f ms; floor median %.1f ms; "
        + "ratio %.2f (first round %.0f ms vs %.0f ms)%n", pages, rounds - 1, renderMedian / 1e6,
        floorMedian / 1e6, (double) renderMedian / floorMedian, render[0] / 1e6, floor[0] / 1e6);
    List<Double> ratios = new ArrayList<>();
    for (int round = rounds > 1 ? 1 : 0; round < rounds; round++) {
      ratios.add((double) render[round] / floor[round]);
    }
    BenchmarkLine.print("rendera-20-sidor", "Ett 20-sidigt dokument (layout, taggning, PDF/A) "
        + "mot PDFBox som skriver samma ord som rader", ratios, BenchmarkLine.NO_GOAL);
  }

  /** Writes the lines with the same font, embedded as a subset, 55 to a page, and saves to memory. */
  static int floor(List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Fonts fonts = new Fonts(doc);
      for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
        textPage(doc, fonts, lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE)));
      }
      doc.save(out);
      return doc.getNumberOfPages();
    }
  }

  /** One A4 page holding {@code lines} in the regular font, 10 pt on 13 pt leading: the floors' page. */
  static void textPage(PDDocument doc, Fonts fonts, List<String> lines) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(fonts.regular, 10f);
      cs.setLeading(13f);
      cs.newLineAtOffset(PageFlow.LEFT, PageFlow.PAGE_HEIGHT - 72f);
      for (String line : lines) {
        cs.showText(line);
        cs.newLine();
      }
      cs.endText();
    }
  }

  static List<String> words(List<Block> blocks) {
    List<String> words = new ArrayList<>();
    for (Block block : blocks) {
      switch (block) {
        case Block.Heading h -> words.addAll(split(h.text()));
        case Block.Paragraph p -> words.addAll(split(p.text()));
        case Block.KeyValue kv -> words.addAll(split(kv.key() + " " + kv.value()));
        case Block.BulletList l -> l.items().forEach(item -> words.addAll(split(item)));
        case Block.Table t -> {
          words.addAll(t.header());
          t.rows().forEach(row -> row.forEach(cell -> words.addAll(split(cell))));
        }
        case Block.Section s -> words.addAll(words(s.blocks()));
        case Block.KeepTogether k -> words.addAll(words(k.blocks()));
        case Block.Image i -> words.addAll(split(i.alt()));
        case Block.Contents c -> c.rows().forEach(row -> row.cells().forEach(cell -> words.addAll(split(cell))));
        case Block.BarChart c -> {
          words.addAll(split(c.title()));
          words.addAll(c.labels());
        }
        case Block.PageBreak b -> { }
      }
    }
    return words;
  }

  private static List<String> split(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<String> plainLines(List<String> words) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (line.length() + word.length() + 1 > LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static long[] warm(long[] nanos) {
    return Arrays.copyOfRange(nanos, 1, nanos.length);
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
