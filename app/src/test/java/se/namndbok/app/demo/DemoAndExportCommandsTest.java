package se.namndbok.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import se.namndbok.app.Commands;
import se.namndbok.app.CoreWiring;
import se.namndbok.core.db.Database;
import se.namndbok.core.kallelse.Utskick;
import se.namndbok.reports.sekretess.Sekretess;

/** The demo board and the meeting's documents through the command line, as cli.md promises them. */
class DemoAndExportCommandsTest {
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
  void demoRefusesAStoreThatAlreadyHasData() {
    assertThat(run("demo")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("tomt datalager");
  }

  @Test
  void exportsTheMembersAndThePublicKallelse() throws Exception {
    Path member = dir.resolve("kallelse.pdf");
    Path offentlig = dir.resolve("kallelse-offentlig.pdf");

    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-23", "-o", member.toString())).isZero();
    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-23", "--offentlig", "-o", offentlig.toString())).isZero();

    assertThat(Files.readAllBytes(member)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    String memberText = text(member);
    String publicText = text(offentlig);
    assertThat(memberText).doesNotContain(Sekretess.OFFENTLIG_VERSION).doesNotContain(se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.arende());
    assertThat(publicText).contains(Sekretess.OFFENTLIG_VERSION, se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.arende());
  }

  @Test
  void sendingTheKallelseKeepsBothCopiesAndWritesTheSentOneByteForByteAndNotAgainUnchanged() throws Exception {
    Path sent = dir.resolve("kallelse-utskick.pdf");

    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-23", "--utskick", "-o", sent.toString())).isZero();

    try (Database db = Database.openEmbedded(data)) {
      var core = CoreWiring.build(db, se.namndbok.core.shared.Clock.system());
      var lage = core.utskick().lage(core.sammantraden().requireNamndens(LocalDate.of(2025, 10, 23)).id());
      Utskick u = lage.senaste().orElseThrow();
      assertThat(Files.readAllBytes(sent)).isEqualTo(core.utskick().pdf(u.sammantradeId(), u.version(), false));
      assertThat(text(sent)).doesNotContain(Sekretess.OFFENTLIG_VERSION);
      assertThat(lage.andradEfterUtskick()).isFalse();
    }

    // unchanged since: a second utskick would reach the members as a "Reviderad kallelse" with nothing revised
    Path again = dir.resolve("kallelse-utskick-igen.pdf");
    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-23", "--utskick", "--offentlig", "-o",
        again.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Kallelsen är oförändrad sedan version 1 skickades ut ")
        .contains("; inget nytt utskick behövs.");
    assertThat(again).doesNotExist();
    try (Database db = Database.openEmbedded(data)) {
      var core = CoreWiring.build(db, se.namndbok.core.shared.Clock.system());
      assertThat(core.utskick().lage(core.sammantraden().requireNamndens(LocalDate.of(2025, 10, 23)).id())
          .versioner()).as("nothing stored").hasSize(1);
    }
  }

  @Test
  void aJusteratMeetingRefusesAnUtskickWithExit2AndWritesNothing() {
    Path out = dir.resolve("justerat-utskick.pdf");

    assertThat(run("export", "kallelse", "--sammantrade", "2025-09-25", "--utskick", "-o", out.toString()))
        .isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Protokollet för sammanträdet 2025-09-25 är justerat");
    assertThat(out).doesNotExist();
  }

  @Test
  void aJusteratProtokollIsWrittenExactlyAsKept() throws Exception {
    Path first = dir.resolve("protokoll-1.pdf");
    Path second = dir.resolve("protokoll-2.pdf");

    assertThat(run("export", "protokoll", "--sammantrade", "2025-09-25", "-o", first.toString())).isZero();
    assertThat(run("export", "protokoll", "--sammantrade", "2025-09-25", "-o", second.toString())).isZero();

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(text(first)).contains("Protokoll");
  }

  /** The PDF's text with line breaks as spaces (the notices wrap). */
  private static String text(Path pdf) throws java.io.IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void exportsTheTwoSeparateReports() {
    assertThat(run("export", "delegationsbeslut", "--sammantrade", "2025-10-23", "-o", dir.resolve("d.pdf").toString()))
        .isZero();
    assertThat(run("export", "meddelanden", "--sammantrade", "2025-10-23", "-o", dir.resolve("m.pdf").toString()))
        .isZero();
    assertThat(dir.resolve("d.pdf")).isNotEmptyFile();
    assertThat(dir.resolve("m.pdf")).isNotEmptyFile();
  }

  @Test
  void aMeetingThatDoesNotExistExitsTwoAndWritesNoFile() throws Exception {
    Path out = dir.resolve("ingen").resolve("kallelse.pdf");
    Files.createDirectories(out.getParent());

    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-24", "-o", out.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("2025-10-24");
    try (var files = Files.list(out.getParent())) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void aMalformedDateIsNamedInSwedish() {
    assertThat(run("export", "kallelse", "--sammantrade", "23/10", "-o", dir.resolve("x.pdf").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sammantrade").contains("åååå-mm-dd");
  }
}
