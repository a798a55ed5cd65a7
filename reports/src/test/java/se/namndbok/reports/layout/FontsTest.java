package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The widths the layout measures are, to the bit, PDFBox's own for the whole string. */
class FontsTest {
  private static final long SEED = 20261202L;
  private static final String CHARACTERS = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖéü0123456789"
      + " .,;:-–—§%”’()[]/*?!&@\u00A0\u202F•−";

  @Test
  void aTextIsAsWideAsPdfboxMeasuresIt() throws IOException {
    Random random = new Random(SEED);
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      for (int n = 0; n < 5_000; n++) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(120); i > 0; i--) {
          text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        boolean bold = random.nextBoolean();
        float size = random.nextBoolean() ? 10.5f : 9.5f;
        float expected = fonts.font(bold).getStringWidth(text.toString()) / 1000f * size;
        assertThat(fonts.width(text.toString(), bold, size)).as("seed %d: %s", SEED, text).isEqualTo(expected);
      }
    }
  }
}
