package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * However the painter groups a page's runs into text objects, every laid-out run is drawn as its own
 * marked-content sequence (its element's tag and MCID, or an artifact) at the run's baseline and x, in its
 * font and size, in layout order — between charts, whose graphics end a text object. Seeded documents of
 * headings, paragraphs (some bold), lists, tables with sum rows and charts.
 */
class PainterRunsTest {
  private static final long SEED = 20261203L;
  private static final String[] WORDS = {"nämnden", "beslutar", "att", "godkänna", "redovisningen", "§", "12",
      "kap.", "SoL", "1 234", "ej", "verkställda", "beslut", "kvartal", "3", "2025", "ärende", "utredning"};

  @Test
  void everyRunIsItsOwnMarkedContentAtItsPlaceInItsFontWhateverTheTextObjects() throws IOException {
    Random seeds = new Random(SEED);
    for (int document = 0; document < 12; document++) {
      long seed = seeds.nextLong();
      List<Block> blocks = blocks(new Random(seed));
      try (PDDocument doc = new PDDocument()) {
        Fonts fonts = new Fonts(doc);
        Layouter.Result layout = Layouter.layout(blocks, fonts, id -> "1");
        Pagination pagination = new Pagination(layout.pages(), layout.spans(), a -> 0);
        ArchivalMetadata.prepareCatalog(doc);
        new Painter(doc, fonts, "Rubrik", "Not").paint(layout, pagination);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
          for (int p = 0; p < layout.pages().size(); p++) {
            assertThat(drawn(read, p)).as("seed %d, page %d", seed, p + 1).isEqualTo(expected(layout.pages().get(p)));
          }
        }
      }
    }
  }

  /** The runs as the layout placed them: tag, text, x, baseline, size, bold (charts left out). */
  private static List<String> expected(LaidPage page) {
    List<String> runs = new ArrayList<>();
    for (LaidPage.Run run : page.runs) {
      runs.add(describe(run.node() == null ? "Artifact" : run.node().type, Typografi.drawn(run.text()), run.x(),
          run.y(), run.size(), run.bold()));
    }
    return runs;
  }

  /** The page's marked-content sequences with text as drawn, but the charts' Figures and the header and footer. */
  private static List<String> drawn(PDDocument doc, int page) throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(doc.getPage(page));
    List<PDMarkedContent> all = extractor.getMarkedContents();
    List<String> runs = new ArrayList<>();
    for (PDMarkedContent content : all.subList(0, all.size() - 1)) {
      if ("Figure".equals(content.getTag())) {
        continue;
      }
      List<TextPosition> glyphs = content.getContents().stream().filter(TextPosition.class::isInstance)
          .map(TextPosition.class::cast).toList();
      if (glyphs.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      glyphs.forEach(g -> text.append(g.getUnicode()));
      TextPosition first = glyphs.getFirst();
      runs.add(describe(content.getTag(), text.toString(), first.getTextMatrix().getTranslateX(),
          first.getTextMatrix().getTranslateY(), first.getFontSize(), first.getFont().getName().contains("Bold")));
    }
    return runs;
  }

  private static String describe(String tag, String text, float x, float y, float size, boolean bold) {
    return String.format(Locale.ROOT, "%s '%s' at %.4f,%.4f %.2f%s", tag, text, x, y, size, bold ? " bold" : "");
  }

  private static List<Block> blocks(Random random) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      switch (random.nextInt(6)) {
        case 0 -> blocks.add(new Block.Heading(1 + random.nextInt(3), words(random, 6)));
        case 1 -> blocks.add(new Block.Paragraph(words(random, 80), random.nextInt(4) == 0));
        case 2 -> blocks.add(new Block.BulletList(List.of(words(random, 20), words(random, 8), words(random, 30)),
            Block.BulletList.Marker.BULLET, 1));
        case 3 -> blocks.add(table(random));
        case 4 -> blocks.add(new Block.KeyValue(words(random, 2), words(random, 25)));
        default -> blocks.add(new Block.BarChart(words(random, 4), "Staplar: a 3, b 5, c 1", List.of("a", "b", "c"),
            List.of(3, 5, 1)));
      }
    }
    return blocks;
  }

  private static Block.Table table(Random random) {
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> sums = new ArrayList<>();
    int n = 2 + random.nextInt(30);
    for (int r = 0; r < n; r++) {
      rows.add(List.of(words(random, 5), String.valueOf(random.nextInt(20000)), words(random, 3)));
      sums.add(r + 1 == n);
    }
    return new Block.Table(List.of(3.0, 1.0, 2.0), List.of("Insats", "Antal", "Kommentar"), rows, sums);
  }

  private static String words(Random random, int max) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
