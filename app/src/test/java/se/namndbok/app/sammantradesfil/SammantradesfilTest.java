package se.namndbok.app.sammantradesfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.Commands;
import se.namndbok.app.CoreWiring;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestStore;

/**
 * {@code export sammantrade} and {@code import sammantrade} on the demo board (cli.md: exit 2 for bad input with
 * a Swedish message): the file validates against docs/sammantrade.schema.json, a round trip into an empty store
 * gives the same kallelse text, and a bad file or a locked meeting is refused naming the JSON path, with nothing
 * stored.
 */
class SammantradesfilTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path dir;
  private static Path demo;
  private static Path fil;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  private static int run(Path data, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Commands.run(store -> {
      throw new AssertionError("no window for a command");
    }, all);
  }

  @BeforeAll
  static void exportTheDemoMeeting() {
    demo = dir.resolve("demo");
    fil = dir.resolve("mote.json");
    assertThat(run(demo, "demo")).isZero();
    assertThat(run(demo, "export", "sammantrade", "--sammantrade", "2025-10-23", "-o", fil.toString())).isZero();
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

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theExportedFileValidatesAgainstTheDocumentedSchema() throws Exception {
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.newInputStream(schemaFile()));
    JsonNode node = JSON.readTree(fil.toFile());

    assertThat(schema.validate(node)).isEmpty();
    assertThat(node.at("/punkter")).hasSize(19);
    assertThat(node.at("/organ/ledamoter").size()).isGreaterThan(10);
    assertThat(node.at("/meddelanden").size() + node.at("/delegationsbeslut").size()).isGreaterThan(20);

    ((ObjectNode) node.at("/punkter/3")).put("typ", "OKAND");
    assertThat(schema.validate(node)).as("the schema is strict enough to refuse an unknown punkt typ").isNotEmpty();
  }

  @Test
  void aRoundTripIntoAnEmptyStoreGivesTheSameKallelseText() throws Exception {
    Path tom = dir.resolve("tom");
    try (Database db = Database.openEmbedded(tom)) {
      // the quarterly figures come from the store's own decisions, not from the file (decision 0118)
      CoreWiring.build(db, TestStore.CLOCK).demo().loadStatistik();
    }
    PrintStream originalOut = System.out;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(run(tom, "import", "sammantrade", fil.toString())).isZero();
    } finally {
      System.setOut(originalOut);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).as("what it says it read, in Swedish numbers")
        .containsPattern("är inläst från mote.json: 19 punkter, \\d+ ärenden, \\d+ anmälningar\\.");
    assertThat(ImportSammantradeCommand.antal(1, "anmälan", "anmälningar")).isEqualTo("1 anmälan");

    for (String version : new String[] {"", "--offentlig"}) {
      Path fore = dir.resolve("fore" + version + ".pdf");
      Path efter = dir.resolve("efter" + version + ".pdf");
      assertThat(run(demo, args("export", "kallelse", "--sammantrade", "2025-10-23", version, "-o", fore))).isZero();
      assertThat(run(tom, args("export", "kallelse", "--sammantrade", "2025-10-23", version, "-o", efter))).isZero();
      assertThat(text(efter)).as("kallelse " + version).isEqualTo(text(fore));
    }
  }

  @Test
  void aWrongChecksumIsRefusedByItsPathAndNothingIsStored() throws Exception {
    ObjectNode node = (ObjectNode) JSON.readTree(fil.toFile());
    String path = null;
    outer:
    for (int i = 0; i < node.at("/arenden").size(); i++) {
      JsonNode hs = node.at("/arenden/" + i + "/handlingar");
      for (int j = 0; j < hs.size(); j++) {
        if (hs.get(j).has("fil")) {
          ((ObjectNode) hs.get(j).get("fil")).put("data", java.util.Base64.getEncoder().encodeToString(
              "%PDF-1.7 ändrad".getBytes(StandardCharsets.UTF_8)));
          path = "arenden[" + i + "].handlingar[" + j + "].fil.sha256";
          break outer;
        }
      }
    }
    Path andrad = Files.write(dir.resolve("andrad.json"), JSON.writeValueAsBytes(node));
    Path tom = dir.resolve("tom-sha");
    Map<String, Integer> tomt = counts(tom);

    assertThat(run(tom, "import", "sammantrade", andrad.toString())).isEqualTo(2);
    assertThat(stderr()).contains(path + ": kontrollsumman stämmer inte");
    assertThat(counts(tom)).as("nothing stored").isEqualTo(tomt);
  }

  @Test
  void anUnknownGroundIsRefusedNamingTheJsonPath() throws Exception {
    ObjectNode node = (ObjectNode) JSON.readTree(fil.toFile());
    ((ObjectNode) node.at("/punkter/3")).putObject("sekretess").put("lage", "sekretess").put("grund", "OSL 99:9");
    ((ObjectNode) node.at("/sammantrade")).put("datum", "23/10");
    Path andrad = Files.write(dir.resolve("grund.json"), JSON.writeValueAsBytes(node));

    assertThat(run(dir.resolve("tom-grund"), "import", "sammantrade", andrad.toString())).isEqualTo(2);
    assertThat(stderr()).contains("sammantrade.datum").contains("2025-10-23");
    ((ObjectNode) node.at("/sammantrade")).put("datum", "2025-10-23");
    Files.write(andrad, JSON.writeValueAsBytes(node));
    err.reset();
    assertThat(run(dir.resolve("tom-grund"), "import", "sammantrade", andrad.toString())).isEqualTo(2);
    assertThat(stderr()).contains("punkter[3].sekretess.grund: sekretessgrunden OSL 99:9 finns varken");
  }

  @Test
  void aJusteratOrFilledMeetingDoesNotTakeAFile() throws Exception {
    Path justerat = dir.resolve("justerat.json");
    assertThat(run(demo, "export", "sammantrade", "--sammantrade", "2025-09-25", "-o", justerat.toString())).isZero();
    Map<String, Integer> fore = counts(demo);

    assertThat(run(demo, "import", "sammantrade", justerat.toString())).isEqualTo(2);
    assertThat(stderr()).contains("sammantrade.datum: sammanträdet 2025-09-25 är justerat");
    err.reset();
    assertThat(run(demo, "import", "sammantrade", fil.toString())).isEqualTo(2);
    assertThat(stderr()).contains("sammanträdet 2025-10-23 har redan punkter");
    assertThat(counts(demo)).isEqualTo(fore);
  }

  @Test
  void aFileThatIsNoMeetingFileExitsTwo() throws Exception {
    Path trasig = Files.writeString(dir.resolve("trasig.json"), "{\"format\": \"namndbok-sammantrade\", \"version\": 1,");
    assertThat(run(dir.resolve("tom-trasig"), "import", "sammantrade", trasig.toString())).isEqualTo(2);
    assertThat(stderr()).contains("trasig.json").contains("ingen läsbar JSON");
    err.reset();
    Path okand = Files.writeString(dir.resolve("okand.json"), "{\"format\": \"namndbok-sammantrade\", \"vesion\": 1}");
    assertThat(run(dir.resolve("tom-trasig"), "import", "sammantrade", okand.toString())).isEqualTo(2);
    assertThat(stderr()).contains("vesion: okänt fält");
  }

  private static String[] args(String a, String b, String c, String d, String version, String o, Path out) {
    return version.isEmpty() ? new String[] {a, b, c, d, o, out.toString()}
        : new String[] {a, b, c, d, version, o, out.toString()};
  }

  private static Map<String, Integer> counts(Path data) {
    try (Database db = Database.openEmbedded(data)) {
      return db.read(tx -> new TableDump().counts(tx));
    }
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Path schemaFile() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("docs/sammantrade.schema.json"))) {
      p = p.getParent();
    }
    return p.resolve("docs/sammantrade.schema.json");
  }
}
