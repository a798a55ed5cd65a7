package se.namndbok.app.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.Commands;

/** {@code export protokoll} on the demo board, with the exit statuses of cli.md. */
class ExportProtokollCommandTest {
  @TempDir
  static Path dir;
  private static Path data;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

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
      return new PDFTextStripper().getText(doc).replace("\n", " ").replaceAll(" +", " ");
    }
  }

  @BeforeAll
  static void loadDemoOnce() {
    data = dir.resolve("data");
    assertThat(run("demo")).isZero();
  }

  @BeforeEach
  void captureErr() {
    originalErr = System.err;
    err.reset();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(originalErr);
  }

  @Test
  void exportsTheMembersAndThePublicProtokollOfTheHeldMeeting() throws Exception {
    Path member = dir.resolve("protokoll.pdf");
    Path offentlig = dir.resolve("protokoll-offentlig.pdf");

    assertThat(run("export", "protokoll", "--sammantrade", "2025-09-25", "-o", member.toString())).isZero();
    assertThat(run("export", "protokoll", "--sammantrade", "2025-09-25", "--offentlig", "-o", offentlig.toString()))
        .isZero();

    String hemligt = "Enskilda utskottet fattade den 27 augusti 2025 beslut i fjorton ärenden";
    assertThat(text(member)).contains("§ 81").contains("§ 86").contains(hemligt).contains("Karin Björk (M)");
    assertThat(text(offentlig)).contains("§ 86").contains("Meddelanden vuxna och barn från enskilda utskottet")
        .doesNotContain(hemligt).doesNotContain("fjorton");
  }

  @Test
  void aMeetingWithoutProtokollExitsTwoAndWritesNoFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("inget"));
    Path out = folder.resolve("protokoll.pdf");

    assertThat(run("export", "protokoll", "--sammantrade", "2025-10-23", "-o", out.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Protokoll: sammanträdet 2025-10-23 har inget protokoll");
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void anUnknownOrMalformedDateExitsTwo() {
    assertThat(run("export", "protokoll", "--sammantrade", "2025-09-26", "-o", dir.resolve("x.pdf").toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("inget sammanträde 2025-09-26");
    assertThat(run("export", "protokoll", "--sammantrade", "25/9", "-o", dir.resolve("x.pdf").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sammantrade");
    assertThat(run("export", "protokoll", "-o", dir.resolve("x.pdf").toString())).isEqualTo(2);
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void exportsTheProtokollsutdragOfOneParagraphWithItsBestyrkande() throws Exception {
    Path utdrag = dir.resolve("utdrag-85.pdf");
    Path offentligt = dir.resolve("utdrag-86-offentligt.pdf");

    assertThat(run("export", "protokollsutdrag", "--sammantrade", "2025-09-25", "--paragraf", "85", "-o",
        utdrag.toString())).isZero();
    assertThat(run("export", "protokollsutdrag", "--sammantrade", "2025-09-25", "--paragraf", "86", "--offentlig",
        "-o", offentligt.toString())).isZero();

    assertThat(text(utdrag)).contains("Protokollsutdrag").contains("§ 85 Sammanträdesplan för socialnämnden 2026")
        .contains("Omröstning").contains("Utdragsbestyrkande").doesNotContain("Information från ordföranden");
    assertThat(text(offentligt)).contains("§ 86").contains("lägga redovisningen av enskilda utskottets beslut")
        .doesNotContain("fjorton").doesNotContain("anmäler jäv");
  }

  @Test
  void aParagraphTheProtokollDoesNotHaveExitsTwoNamingItsParagraphs() {
    Path out = dir.resolve("utdrag-99.pdf");
    assertThat(run("export", "protokollsutdrag", "--sammantrade", "2025-09-25", "--paragraf", "99", "-o",
        out.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("har ingen § 99").contains("§§ 78–86");
    assertThat(out).doesNotExist();
  }
}
