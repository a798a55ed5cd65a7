package se.namndbok.reports.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.testing.TestPdfs;

/**
 * Over 300 generated protokoll: the public version's blocks carry no word of a confidential §'s beslut,
 * sammanfattning, beslutsgång or recipients, and still list every § with its rubrik and ärendenr.
 */
class OffentligtProtokollPropertyTest {
  private static final int CASES = 300;

  @Test
  void thePublicVersionNeverCarriesConfidentialContent() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int c = 0; c < CASES; c++) {
      ProtokollData data = generate(random, c);
      List<String> texts = texts(ProtokollBlocks.of(data.offentligVersion()));
      String all = String.join("\n", texts);
      for (ProtokollParagraf p : data.punkter()) {
        assertThat(all).as("seed %d case %d", seed, c).contains(p.rubrikNummer()).contains(p.rubrik());
        if (p.sekretess()) {
          for (String secret : Stream.of(p.beslut(), p.sammanfattning(), p.beslutsgang()).filter(t -> !t.isEmpty())
              .toList()) {
            assertThat(all).as("seed %d case %d %s", seed, c, p.nummer()).doesNotContain(secret);
          }
          for (String mottagare : p.skickasTill()) {
            assertThat(all).as("seed %d case %d", seed, c).doesNotContain(mottagare);
          }
        } else {
          assertThat(all).as("seed %d case %d", seed, c).contains(p.beslut());
        }
      }
    }
  }

  private static ProtokollData generate(Random random, int c) {
    int first = 1 + random.nextInt(120);
    List<ProtokollParagraf> punkter = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(12); i++) {
      String tag = "c" + c + "p" + i + "#";
      boolean sekretess = random.nextInt(3) == 0;
      punkter.add(new ProtokollParagraf(Integer.toString(first + i), i + 1, "Rubrik " + tag, "2025/" + (100 + i),
          sekretess, "Sammanfattning hemlig-" + tag, "Beslut hemligt-" + tag,
          random.nextBoolean() ? "Beslutsgång hemlig-" + tag : "",
          random.nextBoolean() ? List.of("Mottagare hemlig-" + tag) : List.of()));
    }
    return new ProtokollData("Luleå kommun", "Socialnämnden", "2025-09-25", "torsdag 25 september 2025 kl. 08:15",
        "Stadshuset", "§§ " + first + "–" + (first + punkter.size() - 1),
        List.of(new Deltagare("Annika Lindqvist", "S", "Ordförande")), List.of(), List.of(), List.of(), "Sara Holm",
        "Annika Lindqvist (S)", List.of("Karin Björk (M)"), "onsdag 1 oktober 2025, Stadshuset", true, "2025-10-02",
        "2025-10-23", "Socialförvaltningen", punkter, false, TestPdfs.CREATED, List.of());
  }

  /** Every string a list of blocks would print, sections and tables included. */
  static List<String> texts(List<Block> blocks) {
    return blocks.stream().flatMap(OffentligtProtokollPropertyTest::texts).toList();
  }

  private static Stream<String> texts(Block b) {
    return switch (b) {
      case Block.Heading h -> Stream.of(h.text());
      case Block.Paragraph p -> Stream.of(p.text());
      case Block.KeyValue kv -> Stream.of(kv.key(), kv.value());
      case Block.BulletList l -> l.items().stream();
      case Block.Table t -> Stream.concat(t.header().stream(), t.rows().stream().flatMap(List::stream));
      case Block.Contents t -> Stream.concat(t.header().stream(), t.rows().stream().flatMap(r -> r.cells().stream()));
      case Block.Section s -> Stream.concat(Stream.of(s.bookmark()), texts(s.blocks()).stream());
      case Block.BarChart chart -> Stream.concat(Stream.of(chart.title(), chart.alt()), chart.labels().stream());
      case Block.KeepTogether k -> texts(k.blocks()).stream();
      case Block.Image i -> Stream.of(i.alt());
      case Block.PageBreak pb -> Stream.empty();
    };
  }
}
