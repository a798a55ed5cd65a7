package se.namndbok.app.ejverkstallda;

import se.namndbok.app.CoreWiring;
import se.namndbok.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.Commands;
import se.namndbok.core.db.Database;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.testing.TestStore;

class EjVerkstalldaCommandsTest {
  @TempDir
  Path tmp;
  private Path data;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void demoStoreAndCapturedStreams() {
    data = tmp.resolve("data");
    try (Database db = Database.openEmbedded(data)) {
      CoreWiring.build(db, TestStore.CLOCK).demo().loadStatistik();
    }
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    String[] all = Stream.concat(Stream.of("--data", data.toString()), Stream.of(args)).toArray(String[]::new);
    return Commands.run(store -> {
      throw new AssertionError("the window must not open for a command");
    }, all);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private JsonNode json(String lag) throws Exception {
    assertThat(run("statistik", "--lag", lag, "--kvartal", "2025Q2", "--format", "json")).isZero();
    return new ObjectMapper().readTree(stdout());
  }

  @Test
  void solReportPrintsTheReferenceFiguresAsJson() throws Exception {
    JsonNode r = json("SoL");

    assertThat(r.path("summa").path("kvinnor").asInt()).isEqualTo(44);
    assertThat(r.path("summa").path("man").asInt()).isEqualTo(38);
    assertThat(r.path("summa").path("summa").asInt()).isEqualTo(82);
    assertThat(r.path("rader").get(0).path("insats").asText()).isEqualTo("AO-SABO");
    assertThat(r.path("rader").get(0).path("kvinnor").asInt()).isEqualTo(31);
    assertThat(r.path("rader").get(0).path("man").asInt()).isEqualTo(17);
    assertThat(r.path("jamforelse").findValuesAsText("summa")).containsExactly("95", "86", "82");
  }

  @Test
  void lssReportPrintsTheReferenceFiguresAsJson() throws Exception {
    JsonNode r = json("LSS");

    assertThat(List.of(r.path("summa").path("kvinnor").asInt(), r.path("summa").path("man").asInt(),
        r.path("summa").path("summa").asInt())).containsExactly(16, 35, 51);
    assertThat(r.path("jamforelse").findValuesAsText("summa")).containsExactly("71", "55", "51");
    assertThat(r.path("jamforelse").findValuesAsText("fryst")).containsExactly("true", "true", "false");
  }

  @Test
  void jsonIsTheDefaultFormat() throws Exception {
    String explicit = json("SoL").toString();
    assertThat(run("statistik", "--lag", "sol", "--kvartal", "2025q2")).isZero();
    assertThat(new ObjectMapper().readTree(stdout()).toString()).isEqualTo(explicit);
  }

  @Test
  void aFileWithOneBadLineExitsTwoNamesTheLineAndLeavesTheReportUnchanged() throws Exception {
    String before = json("SoL").toString();
    Path file = Files.writeString(tmp.resolve("nya.csv"), """
        id;lag;insats;kön;beslutsdatum;skäl
        NY-1;SoL;AO-KP;K;2025-01-10;MATCHNING
        NY-2;SoL;AO-KP;K;2025-02-30;MATCHNING
        NY-3;SoL;AO-KP;M;2025-01-12;MATCHNING
        """);

    assertThat(run("import", "beslut", file.toString())).isEqualTo(2);
    assertThat(stderr()).contains("nya.csv, rad 3, kolumn beslutsdatum");
    assertThat(stderr()).doesNotContain("rad 2", "rad 4");
    assertThat(json("SoL").toString()).isEqualTo(before);
  }

  @Test
  void theSameGoodLinesWithoutTheBadOneAreStoredAndCounted() throws Exception {
    Path file = Files.writeString(tmp.resolve("nya.csv"), """
        id;lag;insats;kön;beslutsdatum;skäl
        NY-1;SoL;AO-KP;K;2025-01-10;MATCHNING
        NY-3;SoL;AO-KP;M;2025-01-12;MATCHNING
        """);

    assertThat(run("import", "beslut", file.toString())).isZero();
    assertThat(stdout()).contains("nya.csv: 2 rader lästa, 2 nya, 0 ändrade, 0 oförändrade.");
    assertThat(json("SoL").path("summa").path("summa").asInt()).isEqualTo(84);

    Files.writeString(file, """
        id;lag;insats;kön;beslutsdatum;skäl
        NY-1;SoL;AO-KP;K;2025-01-11;MATCHNING
        """);
    assertThat(run("import", "beslut", file.toString())).isZero();
    assertThat(stdout()).contains("nya.csv: 1 rad läst, 0 nya, 1 ändrad, 0 oförändrade.");
  }

  @Test
  void aBadLawOrQuarterExitsTwoInSwedish() {
    assertThat(run("statistik", "--lag", "HSL", "--kvartal", "2025Q2")).isEqualTo(2);
    assertThat(stderr()).contains("--lag: \"HSL\" är ingen lag som rapporteras; ange SoL eller LSS");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q5")).isEqualTo(2);
    assertThat(stderr()).contains("--kvartal: \"2025Q5\" är inget kvartal");
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "andra")).isEqualTo(2);
    assertThat(stderr()).contains("--kvartal");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "docx")).isEqualTo(2);
    assertThat(stderr()).contains("--format: \"docx\" är inget format");
  }

  @Test
  void xlsxWithoutAnOutputFileExitsTwoAndWritesNothing() {
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "xlsx")).isEqualTo(2);
    assertThat(stderr()).contains("-o: formatet xlsx kan inte skrivas till terminalen");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void xlsxIsWrittenToTheFileWithNoTemporaryLeftBehind() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("ut"));
    Path file = dir.resolve("sol.xlsx");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "xlsx", "-o", file.toString()))
        .isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("SoL 2025Q2");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sol.xlsx");
    }
  }

  @Test
  void pdfWithoutAnOutputFileExitsTwo() {
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "pdf")).isEqualTo(2);
    assertThat(stderr()).contains("-o: formatet pdf kan inte skrivas till terminalen");
  }

  @Test
  void pdfOnAStoreWithoutABoardExitsTwoAndLeavesNoFile() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("utan-namnd"));
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "pdf", "-o",
        dir.resolve("sol.pdf").toString())).isEqualTo(2);
    assertThat(stderr()).contains("Nämnd: det finns ingen nämnd");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void pdfIsTheTjansteskrivelseWithTheBoardsLawReferenceAndTheArendenr() throws Exception {
    String lagrum = "11 kap. 9–11 §§ socialtjänstlagen (2025:400)";
    try (Database db = Database.openEmbedded(data)) {
      NamndService namnder = CoreWiring.build(db, TestStore.CLOCK).namnd();
      Namnd n = namnder.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
      namnder.update(new Namnd(n.id(), n.namn(), n.kommun(), n.forvaltning(), lagrum, n.lagrumLss(), n.skapad(), n.version()));
    }
    Path dir = Files.createDirectory(tmp.resolve("pdf"));
    Path file = dir.resolve("sol.pdf");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "pdf", "--arendenr",
        "2025/1064-3.9.5.2", "-o", file.toString())).isZero();

    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Ärendenr 2025/1064-3.9.5.2", "Enligt " + lagrum,
          "Totalt samtliga verksamheter * * 82", "Totalt samtliga verksamheter 95 86 82");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sol.pdf");
    }
  }

  @Test
  void csvGoesToStdoutWithTheComputedTotals() {
    assertThat(run("statistik", "--lag", "LSS", "--kvartal", "2025Q2", "--format", "csv")).isZero();
    assertThat(stdout()).contains("Summa total;16;35;51");
  }

  @Test
  void theIvoListHasOneRowPerDecisionInTheReport() throws Exception {
    assertThat(run("ivo", "--lag", "LSS", "--kvartal", "2025Q2")).isZero();
    assertThat(stdout().lines().count()).isEqualTo(1 + 51);
    Path file = tmp.resolve("ivo.csv");
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "-o", file.toString())).isZero();
    assertThat(Files.readAllLines(file)).hasSize(1 + 82);
  }

  @Test
  void theIvoCsvAndXlsxWithHostileIdsHaveTheCellsPrefixedSoASpreadsheetRunsNothing() throws Exception {
    Path file = Files.writeString(tmp.resolve("fientliga.csv"), """
        id;lag;insats;kön;beslutsdatum;skäl
        -1.1;SoL;AO-KP;K;2025-01-10;MATCHNING
        -A1;SoL;AO-KP;M;2025-01-11;MATCHNING
        --SUM.A1/A9;SoL;AO-KP;K;2025-01-12;MATCHNING
        """);
    assertThat(run("import", "beslut", file.toString())).isZero();
    Path csv = tmp.resolve("ivo.csv");
    Path xlsx = tmp.resolve("ivo.xlsx");

    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "-o", csv.toString())).isZero();
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "xlsx", "-o", xlsx.toString())).isZero();

    assertThat(Files.readString(csv)).contains("\"'-1.1\";K;", "\"'-A1\";M;", "\"'--SUM.A1/A9\";K;");
    List<String> ids = new java.util.ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("SoL 2025Q2");
      wb.getSheetAt(0).forEach(row -> ids.add(row.getCell(0).getStringCellValue()));
    }
    assertThat(ids).hasSize(1 + 82 + 3).contains("'-1.1", "'-A1", "'--SUM.A1/A9")
        .noneMatch(id -> id.startsWith("-") || id.startsWith("="));
  }

  @Test
  void anUnknownIvoFormatOrAnXlsxToTheTerminalExitsTwo() {
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "ods")).isEqualTo(2);
    assertThat(stderr()).contains("--format: \"ods\" är inget format; ange csv eller xlsx");
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "xlsx")).isEqualTo(2);
    assertThat(stderr()).contains("-o: formatet xlsx kan inte skrivas till terminalen");
  }

  @Test
  void withoutFormatTheOutputFilesEndingChoosesIt() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("ut-format"));
    Path xlsx = dir.resolve("sol.XLSX");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "-o", xlsx.toString())).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("SoL 2025Q2");
    }
    Path csv = dir.resolve("sol.csv");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "-o", csv.toString())).isZero();
    assertThat(Files.readString(csv)).doesNotStartWith("{");
    Path txt = dir.resolve("sol.txt");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "-o", txt.toString())).isZero();
    assertThat(new ObjectMapper().readTree(Files.readString(txt)).path("summa").path("summa").asInt()).isEqualTo(82);

    Path ivo = dir.resolve("ivo.xlsx");
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "-o", ivo.toString())).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ivo))) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(82);
    }
  }

  @Test
  void aFormatThatDisagreesWithTheOutputFilesEndingExitsTwoAndWritesNothing() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("ut-fel"));
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "json", "-o",
        dir.resolve("sol.pdf").toString())).isEqualTo(2);
    assertThat(stderr()).contains("--format: formatet json stämmer inte med filen sol.pdf (-o); ange --format pdf, "
        + "eller en fil som slutar på .json");
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "csv", "-o",
        dir.resolve("ivo.xlsx").toString())).isEqualTo(2);
    assertThat(stderr()).contains("--format: formatet csv stämmer inte med filen ivo.xlsx (-o)");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aQuarterThatHasNotEndedExitsTwoAsTheWindowListsOnlyEndedOnes() {
    // the command reads the computer's today, as the window's list of quarters does
    Kvartal nu = Kvartal.of(java.time.LocalDate.now());
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2100Q1")).isEqualTo(2);
    assertThat(stderr()).contains("--kvartal: 2100Q1 har inte börjat; rapporten görs när kvartalet är slut "
        + "(2100-03-31), det senaste som har slutat är " + nu.previous());
    assertThat(stdout()).isEmpty();
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", nu.toString())).isEqualTo(2);
    assertThat(stderr()).contains("--kvartal: " + nu + " har inte slutat");
    assertThat(run("ivo", "--lag", "LSS", "--kvartal", nu.toString())).isEqualTo(2);
    assertThat(stderr()).contains("--kvartal: " + nu + " har inte slutat");
    assertThat(run("ivo", "--lag", "LSS", "--kvartal", nu.previous().toString())).isZero();
  }

  @Test
  void aQuarterCountedFromDataThatEndBeforeItIsWarnedOfOnStderrAsInTheWindow() {
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q3")).isZero(); // the demo's extract: 2025-07-03
    assertThat(stdout()).contains("\"kvartal\" : \"2025Q3\"");
    assertThat(stderr()).startsWith("Varning: Den senast inlästa filen har inga uppgifter efter 2025-07-03, men 2025Q3 "
        + "slutar 2025-09-30:");
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q3")).isZero();
    assertThat(stderr()).contains("inga uppgifter efter 2025-07-03");

    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2")).isZero();
    assertThat(stderr()).isEmpty();
  }

  @Test
  void theIvoListOfAFaststalltQuarterWhoseDataChangedSaysItDoesNotMatchTheReport() {
    try (Database db = Database.openEmbedded(data)) {
      var core = CoreWiring.build(db, TestStore.CLOCK);
      core.kvartalsrapporter().faststall(se.namndbok.core.ejverkstallda.Lag.SOL,
          se.namndbok.core.ejverkstallda.Kvartal.parse("2025Q2"));
    }
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2")).isZero();
    assertThat(stderr()).as("unchanged since fastställd").isEmpty();

    try (Database db = Database.openEmbedded(data)) {
      var core = CoreWiring.build(db, TestStore.CLOCK);
      var i = core.ivoLista().rader(se.namndbok.core.ejverkstallda.Lag.SOL,
          se.namndbok.core.ejverkstallda.Kvartal.parse("2025Q2")).getFirst();
      var b = core.beslut().find(i.referens()).orElseThrow();
      core.beslut().update(new se.namndbok.core.ejverkstallda.GynnandeBeslut(b.referens(), b.lag(), b.insats(),
          b.kon(), b.fodelsear(), b.beslutsdatum(), b.avbrottsdatum(), b.beslutsdatum().plusDays(1), null, null,
          null, b.erbjudanden()));
    }
    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2")).isZero();
    assertThat(stderr()).startsWith("Varning: nämnden har fastställt rapporten för 2025Q2, men dagens uppgifter ger "
        + "inte samma siffror för en insats.");
  }

  /**
   * The walk's case: SoL 2025Q2 fastställd (31 women and 17 men on Särskilt boende, ÄO), then one woman's decision
   * corrected to Man. No total changed, and the JSON, the tjänsteskrivelse, the CSV and {@code ivo} said nothing;
   * now each says how the split differs.
   */
  @Test
  void aKonCorrectedInAFaststalltQuarterIsADifferenceInTheJsonThePdfTheCsvAndTheIvoWarning() throws Exception {
    Kvartal q2 = Kvartal.parse("2025Q2");
    var sol = se.namndbok.core.ejverkstallda.Lag.SOL;
    Path pdf = tmp.resolve("sol.pdf");
    try (Database db = Database.openEmbedded(data)) {
      var core = CoreWiring.build(db, TestStore.CLOCK);
      core.kvartalsrapporter().faststall(sol, q2);
      core.namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
      var i = core.ivoLista().rader(sol, q2).stream()
          .filter(r -> r.insats().kod().equals("AO-SABO") && r.kon() == se.namndbok.core.ejverkstallda.Kon.K)
          .findFirst().orElseThrow();
      var b = core.beslut().find(i.referens()).orElseThrow();
      core.beslut().update(new se.namndbok.core.ejverkstallda.GynnandeBeslut(b.referens(), b.lag(), b.insats(),
          se.namndbok.core.ejverkstallda.Kon.M, b.fodelsear(), b.beslutsdatum(), b.avbrottsdatum(),
          b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), b.skal(), b.erbjudanden()));
    }

    assertThat(run("ivo", "--lag", "SoL", "--kvartal", "2025Q2")).isZero();
    assertThat(stderr()).startsWith("Varning: nämnden har fastställt rapporten för 2025Q2, men dagens uppgifter ger "
        + "inte samma siffror för en insats.").contains("\n• Särskilt boende, ÄO: fastställt 31 kvinnor och 17 män, "
        + "i dag 30 kvinnor och 18 män");
    JsonNode avvikelse = json("SoL").path("avvikelse"); // and 2025Q1, fastställd too, where the decision also was
    assertThat(avvikelse).extracting(JsonNode::toString).contains("{\"kvartal\":\"2025Q2\",\"insats\":\"AO-SABO\",\"fryst\":48,"
        + "\"nu\":48,\"fryst_kvinnor\":31,\"fryst_man\":17,\"nu_kvinnor\":30,\"nu_man\":18}");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "csv")).isZero();
    assertThat(stdout()).contains("2025Q2, Särskilt boende, ÄO;31;17;48;30;18;48");
    assertThat(run("statistik", "--lag", "SoL", "--kvartal", "2025Q2", "--format", "pdf", "-o", pdf.toString()))
        .isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Uppgifterna har ändrats "
          + "efter att nämnden fastställde rapporten: • 2025Q1, ", "• 2025Q2, Särskilt boende, ÄO: fastställt 31 "
          + "kvinnor och 17 män, enligt dagens uppgifter 30 kvinnor och 18 män");
    }
  }
}
