package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A later layout pass that only puts new page labels into the contents ({@link Layouter#next}) gives exactly
 * what laying the document out again with those labels gives — every run's place, weight, size, text and
 * structure element, and the structure tree — and it lays out again whenever a label takes another number of
 * lines than the one drawn.
 */
class ContentsLabelsTest {
  private static final long SEED = 20261202L;

  @Test
  void relabellingTheContentsGivesTheSameLayoutAsLayingOutAgain() throws IOException {
    Random random = new Random(SEED);
    List<Block> blocks = document(random, 40);
    Map<String, String> labels = new HashMap<>();
    for (String target : targets(blocks)) {
      int first = 1 + random.nextInt(300);
      labels.put(target, random.nextBoolean() ? Pagination.range(first, first) : Pagination.range(first,
          first + random.nextInt(90)));
    }
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      TextWrapper wrapper = new TextWrapper(fonts);
      Layouter.Result first = Layouter.layout(blocks, wrapper, Pagination::placeholder);
      Layouter.Result next = Layouter.next(first, blocks, wrapper, labels::get);
      Layouter.Result again = Layouter.layout(blocks, new TextWrapper(fonts), labels::get);
      assertThat(next).as("seed %d: relabelled in place", SEED).isSameAs(first);
      assertThat(describe(next)).as("seed %d", SEED).isEqualTo(describe(again));
      assertThat(describe(again)).contains(labels.values().iterator().next());
    }
  }

  @Test
  void labelsThatTakeOtherLinesAreLaidOutAgain() throws IOException {
    Random random = new Random(SEED);
    List<Block> blocks = document(random, 12);
    List<String> targets = targets(blocks);
    Map<String, String> empty = new HashMap<>();
    targets.forEach(t -> empty.put(t, "7"));
    empty.put(targets.get(3), "");
    Map<String, String> twoLines = new HashMap<>();
    targets.forEach(t -> twoLines.put(t, "7"));
    twoLines.put(targets.get(5), "12–40\n41–44");
    for (Map<String, String> labels : List.of(empty, twoLines)) {
      try (PDDocument doc = new PDDocument()) {
        Fonts fonts = new Fonts(doc);
        TextWrapper wrapper = new TextWrapper(fonts);
        Layouter.Result first = Layouter.layout(blocks, wrapper, Pagination::placeholder);
        Layouter.Result next = Layouter.next(first, blocks, wrapper, labels::get);
        assertThat(next).isNotSameAs(first);
        assertThat(describe(next)).isEqualTo(describe(Layouter.layout(blocks, new TextWrapper(fonts), labels::get)));
      }
    }
  }

  /** Contents of every section and attachment, then sections with headings, text, tables and attachments. */
  private static List<Block> document(Random random, int sections) {
    byte[] pdf = {'%', 'P', 'D', 'F'};
    List<Block.ContentsRow> rows = new ArrayList<>();
    List<Block> parts = new ArrayList<>();
    for (int s = 0; s < sections; s++) {
      String id = "p" + s;
      rows.add(new Block.ContentsRow(List.of(Integer.toString(s + 1), "Punkt " + words(random, 2 + random.nextInt(14))),
          id));
      List<Attachment> attachments = new ArrayList<>();
      for (int a = 0; a < random.nextInt(3); a++) {
        attachments.add(new Attachment("b" + s + "-" + a + ".pdf", pdf, "Bilaga " + words(random, 3)));
        rows.add(new Block.ContentsRow(List.of("", "Bilaga " + words(random, 1 + random.nextInt(8))), id, a));
      }
      List<Block> body = new ArrayList<>();
      body.add(new Block.Heading(1, (s + 1) + ". " + words(random, 4)));
      for (int p = 0; p < 1 + random.nextInt(6); p++) {
        body.add(new Block.Paragraph(words(random, 10 + random.nextInt(120)), false));
      }
      if (random.nextInt(3) == 0) {
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < 2 + random.nextInt(30); r++) {
          cells.add(List.of(words(random, 1 + random.nextInt(4)), Integer.toString(random.nextInt(200_000))));
        }
        body.add(new Block.Table(List.of(3.0, 1.0), List.of("Vad", "Antal"), cells));
      }
      parts.add(new Block.Section(id, (s + 1) + ". Punkt", body, attachments));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Innehållsförteckning"));
    blocks.add(new Block.Contents(List.of(0.6, 5.0, 1.3), List.of("Punkt", "Ärende", "Sida"), rows));
    blocks.addAll(parts);
    return blocks;
  }

  private static List<String> targets(List<Block> blocks) {
    return blocks.stream().filter(b -> b instanceof Block.Contents).map(b -> (Block.Contents) b)
        .flatMap(c -> c.rows().stream()).map(Block.ContentsRow::target).toList();
  }

  private static String words(Random random, int count) {
    String[] words = {"nämnden", "beslutar", "att", "ärendet", "§ 12", "kl. 13:00", "12 345 kr", "“citat”", "och",
        "socialtjänstlagen", "2025-10-23", "bistånd", "enligt", "4 kap. 1 §", "**fet**", "utredning", "10 - 12"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return out.toString();
  }

  /** Every run (place, weight, size, text, element by its path in the tree) page by page, and the tree. */
  private static String describe(Layouter.Result result) {
    Map<StructNode, String> paths = new IdentityHashMap<>();
    StringBuilder out = new StringBuilder();
    tree(result.root(), "Document", paths, out);
    Function<StructNode, String> path = n -> n == null ? "Artifact" : paths.get(n);
    for (int p = 0; p < result.pages().size(); p++) {
      LaidPage page = result.pages().get(p);
      out.append("page ").append(p).append(" after ").append(page.attachmentsAfter.size()).append('\n');
      for (LaidPage.Run run : page.runs) {
        out.append(run.x()).append(' ').append(run.y()).append(' ').append(run.bold()).append(' ')
            .append(run.size()).append(' ').append(run.text()).append(' ').append(path.apply(run.node())).append('\n');
      }
      for (LaidPage.Rule rule : page.rules) {
        out.append(rule).append('\n');
      }
    }
    out.append(result.spans().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue().firstPage() + "-" + e.getValue().lastPage() + "@"
            + paths.get(e.getValue().node()))
        .toList()).append('\n').append(result.marks());
    return out.toString();
  }

  private static void tree(StructNode node, String path, Map<StructNode, String> paths, StringBuilder out) {
    paths.put(node, path);
    out.append(path).append(node.target == null ? "" : " -> " + node.target).append('\n');
    for (int i = 0; i < node.kids.size(); i++) {
      tree(node.kids.get(i), path + "/" + i + node.kids.get(i).type, paths, out);
    }
  }
}
