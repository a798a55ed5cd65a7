package se.namndbok.app.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.Commands;
import se.namndbok.core.namnd.NamndService;

/**
 * The demo board's quarterly report as a tjänsteskrivelse ({@code statistik --format pdf}) beside the kallelse
 * item presenting it: the same law citation from the nämnd's setting, and the item's ärende, dialog, underlag
 * and receivers in the tjänsteskrivelse (decision 0119).
 */
class TjansteskrivelseDemoTest {
  @TempDir
  static Path dir;
  private static Path data;

  private static int run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Commands.run(store -> {
      throw new AssertionError("no window for a command");
    }, all);
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @BeforeAll
  static void demo() {
    data = dir.resolve("data");
    assertThat(run("demo")).isZero();
  }

  @Test
  void theTjansteskrivelseAndTheKallelseCiteTheSameSettingAndTheItemsArende() throws Exception {
    Path kallelse = dir.resolve("kallelse.pdf");
    Path sol = dir.resolve("sol.pdf");
    Path lss = dir.resolve("lss.pdf");
    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-23", "-o", kallelse.toString())).isZero();
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "pdf", "-o", sol.toString()))
        .isZero();
    assertThat(run("statistik", "--lag", "LSS", "--kvartal", "2025Q2", "--format", "pdf", "-o", lss.toString()))
        .isZero();

    String solCitat = "Enligt " + NamndService.LAGRUM_SOL + " ska socialnämnden en gång per kvartal";
    String lssCitat = "Enligt " + NamndService.LAGRUM_LSS + " ska socialnämnden en gång per kvartal";
    assertThat(text(kallelse)).contains(solCitat, lssCitat).doesNotContain("16 kap 6 § föreskriver")
        .doesNotContain("28 § (LSS) föreskriver");
    assertThat(text(sol)).contains(solCitat, "Ärendenr 2025/1064", "Handläggare Maria Lundgren, utvecklingsledare",
        "Dialog Dialoger genomförda med berörda rapportörer.",
        "Beslutsunderlag", "Beslutet skickas till • Kommunfullmäktige");
    assertThat(text(lss)).contains(lssCitat, "Ärendenr 2025/1063");
  }
}
