package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Key–value rows in a row line their values up in one column, as a form does. */
class KeyValueColumnTest {
  private static final float SIZE = Layouter.BODY;

  @Test
  void adjacentRowsStartTheirValuesAtOneXPastTheWidestKeyAndTheNextGroupHasItsOwn() throws IOException {
    List<Block> blocks = List.of(
        new Block.KeyValue("Datum", "2025-10-16"),
        new Block.KeyValue("Tid", "torsdag 23 oktober 2025 kl. 08:15"),
        new Block.KeyValue("Sekreterare", "Anna Berg, nämndsekreterare"),
        new Block.Paragraph("Förhinder anmäls till Anna Berg."),
        new Block.KeyValue("Förslag", "Karin Björk (M) och Mikael Öhman (S)"),
        new Block.KeyValue("Justering", "torsdag 30 oktober 2025"));
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      List<LaidPage.Run> runs = Layouter.layout(blocks, fonts, id -> "1").pages().getFirst().runs;

      float first = x(runs, "2025-10-16");
      assertThat(x(runs, "torsdag 23 oktober 2025 kl. 08:15")).isEqualTo(first);
      assertThat(x(runs, "Anna Berg, nämndsekreterare")).isEqualTo(first);
      assertThat(first).as("past the widest key, with a gap")
          .isGreaterThan(x(runs, "Sekreterare") + fonts.width("Sekreterare", true, SIZE) + 6f);

      float second = x(runs, "Karin Björk (M) och Mikael Öhman (S)");
      assertThat(x(runs, "torsdag 30 oktober 2025")).isEqualTo(second);
      assertThat(second).as("the second group's keys are all narrower: its own, narrower column").isLessThan(first);
      assertThat(second).isGreaterThan(x(runs, "Justering") + fonts.width("Justering", true, SIZE));
    }
  }

  @Test
  void aKeyWiderThanHalfTheLineStandsAboveItsValueWithoutPushingTheOthersValues() throws IOException {
    String longKey = "Förvaringsplats för protokollet och dess bilagor enligt arkivreglementet";
    List<Block> alone = List.of(new Block.KeyValue("Organ", "Socialnämnden"),
        new Block.KeyValue("Sammanträdesdatum", "2025-10-23"));
    List<Block> withLong = List.of(new Block.KeyValue("Organ", "Socialnämnden"),
        new Block.KeyValue("Sammanträdesdatum", "2025-10-23"), new Block.KeyValue(longKey, "Socialförvaltningen"));
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      List<LaidPage.Run> without = Layouter.layout(alone, fonts, id -> "1").pages().getFirst().runs;
      List<LaidPage.Run> with = Layouter.layout(withLong, fonts, id -> "1").pages().getFirst().runs;

      assertThat(x(with, "Socialnämnden")).isEqualTo(x(without, "Socialnämnden")).isEqualTo(x(with, "2025-10-23"));
      assertThat(x(with, "Socialförvaltningen")).as("its value in the others' column").isEqualTo(x(with, "2025-10-23"));
      assertThat(run(with, "Socialförvaltningen").y()).as("on the line below the key").isLessThan(run(with, longKey).y());
    }
  }

  @Test
  void aKeyLongerThanTheLineIsWrappedInsideTheMargins() throws IOException {
    String longKey = "Rättelse av § 12 Ansökan om bistånd i form av boendestöd enligt 4 kap. 1 § socialtjänstlagen "
        + "för en person med psykisk funktionsnedsättning";
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      List<LaidPage.Run> runs = Layouter.layout(List.of(new Block.KeyValue(longKey, "Skäl: fel datum")), fonts,
          id -> "1").pages().getFirst().runs;

      List<LaidPage.Run> bold = runs.stream().filter(LaidPage.Run::bold).toList();
      assertThat(bold).hasSizeGreaterThan(1);
      bold.forEach(r -> assertThat(r.x() + fonts.width(r.text(), true, SIZE)).as(r.text())
          .isLessThanOrEqualTo(PageFlow.RIGHT + 0.01f));
      assertThat(String.join(" ", bold.stream().map(LaidPage.Run::text).toList())).isEqualTo(longKey);
      assertThat(run(runs, "Skäl: fel datum").y()).isLessThan(bold.getLast().y());
    }
  }

  private static float x(List<LaidPage.Run> runs, String text) {
    return run(runs, text).x();
  }

  private static LaidPage.Run run(List<LaidPage.Run> runs, String text) {
    return runs.stream().filter(r -> r.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no run \"" + text + "\" in " + runs.stream().map(LaidPage.Run::text)
            .toList()));
  }
}
