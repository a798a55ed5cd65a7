package se.namndbok.app.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.Commands;

/** From an empty folder, as a user would: {@code demo}, then the statistics and the kallelse. */
class DemoStatistikTest {
  @TempDir
  static Path dir;
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static PrintStream originalOut;

  private static int run(String... args) {
    OUT.reset();
    String[] all = Stream.concat(Stream.of("--data", dir.resolve("data").toString()), Stream.of(args))
        .toArray(String[]::new);
    return Commands.run(store -> {
      throw new AssertionError("the window must not open for a command");
    }, all);
  }

  @BeforeAll
  static void demo() {
    originalOut = System.out;
    System.setOut(new PrintStream(OUT, true, StandardCharsets.UTF_8));
    assertThat(run("demo")).isZero();
  }

  @AfterAll
  static void restore() {
    System.setOut(originalOut);
  }

  private static String pdfText(Path file) throws Exception {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theDemoBoardsSolReportHasTheReferenceFigures() throws Exception {
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2")).isZero();
    JsonNode r = new ObjectMapper().readTree(OUT.toString(StandardCharsets.UTF_8));
    assertThat(r.path("summa").toString()).isEqualTo("{\"kvinnor\":44,\"man\":38,\"summa\":82}");
    assertThat(r.path("jamforelse").findValuesAsText("summa")).containsExactly("95", "86", "82");
  }

  @Test
  void theDemoKallelsePrintsTheComputedTables() throws Exception {
    Path file = dir.resolve("kallelse.pdf");
    assertThat(run("export", "kallelse", "--sammantrade", "2025-10-23", "-o", file.toString())).isZero();
    assertThat(pdfText(file)).contains("Totalt samtliga verksamheter * * 82", "Summa total 16 35 51");
  }

  @Test
  void theDemoBoardsTjansteskrivelseUsesItsSettings() throws Exception {
    Path file = dir.resolve("lss.pdf");
    assertThat(run("statistik", "--lag", "LSS", "--kvartal", "2025Q2", "--format", "pdf", "-o", file.toString()))
        .isZero();
    assertThat(pdfText(file)).contains("Socialförvaltningens förslag till beslut", "28 f–28 h §§",
        "Summa total 16 35 51", "Summa total 71 55 51");
  }
}
