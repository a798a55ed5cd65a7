package se.namndbok.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.FolderFileStore;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * {@code server init}, {@code server anvandare …} and {@code migrera} from the command line against a real
 * PostgreSQL server process, as IT staff run them (README, "Gemensam databas på en server").
 */
class ServerCommandsTest {
  @TempDir
  Path dir;
  @TempDir
  static Path shared;
  private static Path demo;
  private final Map<String, String> env = new HashMap<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private TestPostgres.Ny db;

  /** The demo store, made once (its attachments are generated PDFs) and copied by the tests that change it. */
  @org.junit.jupiter.api.BeforeAll
  static void demoStore() {
    TestPostgres.assumeAvailable();
    demo = shared.resolve("demo");
    assertThat(se.namndbok.app.Commands.run(s -> 1, "--data", demo.toString(), "demo")).isZero();
  }

  private Path copyOfDemo() throws java.io.IOException {
    Path copy = dir.resolve("data");
    try (var files = Files.walk(demo)) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(demo.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().endsWith(".lock.db")) {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  @BeforeEach
  void emptyDatabaseAndCapturedOutput() {
    db = TestPostgres.emptyDatabase();
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int as(String user, String password, String... args) {
    env.put("NAMNDBOK_DB_PASSWORD", password);
    String[] all = new String[args.length + 4];
    System.arraycopy(new String[] {"--db", db.url(), "--db-user", user}, 0, all, 0, 4);
    System.arraycopy(args, 0, all, 4, args.length);
    return se.namndbok.app.Commands.runIn(env::get, s -> {
      throw new AssertionError("no window");
    }, all);
  }

  private int asOwner(String... args) {
    return as(db.owner(), TestPostgres.OWNER_PASSWORD, args);
  }

  @Test
  void initThenUsersAreAddedListedAndRemovedAndEachLogsInWithTheirRoles() {
    assertThat(asOwner("server", "init")).as(err.toString()).isZero();
    env.put("NAMNDBOK_NYTT_LOSENORD", "hemligt-1");
    assertThat(asOwner("server", "anvandare", "lagg-till", "anna", "--roll", "sekreterare", "--roll", "registrator"))
        .as(err.toString()).isZero();
    env.put("NAMNDBOK_NYTT_LOSENORD", "hemligt-2");
    assertThat(asOwner("server", "anvandare", "lagg-till", "lars", "--roll", "lasare")).isZero();
    env.put("NAMNDBOK_NYTT_LOSENORD", "hemligt-3");
    assertThat(asOwner("server", "anvandare", "lagg-till", "ada", "--roll", "administrator")).isZero();

    out.reset();
    assertThat(as("ada", "hemligt-3", "server", "anvandare", "lista")).as(err.toString()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("anna\tsekreterare, registrator", "lars\tlasare",
        "ada\tadministrator");

    assertThat(as("ada", "hemligt-3", "server", "anvandare", "ta-bort", "lars")).as(err.toString()).isZero();
    out.reset();
    assertThat(asOwner("server", "anvandare", "lista")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("anna").doesNotContain("lars");
    assertThat(as("lars", "hemligt-2", "server", "anvandare", "lista")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Fel användarnamn eller lösenord");
  }

  @Test
  void aWrongPasswordAndAnUninitialisedDatabaseAreToldInSwedishWithExitTwo() {
    assertThat(as(db.owner(), "fel", "server", "init")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Fel användarnamn eller lösenord för databasen");
    err.reset();
    assertThat(asOwner("server", "anvandare", "lista")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("är inte förberedd för Nämndbok", "server init");
  }

  @Test
  void onlyTheOwnerInitialisesAndAnUnknownRoleIsRefused() {
    assertThat(asOwner("server", "init")).isZero();
    env.put("NAMNDBOK_NYTT_LOSENORD", "hemligt-1");
    assertThat(asOwner("server", "anvandare", "lagg-till", "bo", "--roll", "kassor")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("okänd roll \"kassor\"");
    assertThat(asOwner("server", "anvandare", "lagg-till", "bo", "--roll", "registrator")).isZero();
    err.reset();

    assertThat(as("bo", "hemligt-1", "server", "init")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("server init körs av databasens ägare");
    err.reset();
    assertThat(as("bo", "hemligt-1", "server", "anvandare", "lista")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Du (bo) har inte behörighet att se nämndens användare: "
        + "det kräver rollen administratör.");
  }

  @Test
  void migreraCopiesTheDemoStoreWithEveryRowAndFileEqualToTheServerAndTheKallelseReadsTheSame() throws Exception {
    Path data = demo;
    assertThat(asOwner("server", "init")).isZero();

    env.put("NAMNDBOK_DB_PASSWORD", TestPostgres.OWNER_PASSWORD);
    int status = se.namndbok.app.Commands.runIn(env::get, s -> 1, "--data", data.toString(), "migrera", "--till-db", db.url(),
        "--till-db-user", db.owner());

    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("kopierade och kontrollerade");
    try (Database h2 = Database.openEmbedded(data); Database pg = db.openAsOwner()) {
      TableDump dump = new TableDump();
      assertThat(pg.read(dump::counts)).isEqualTo(h2.read(dump::counts));
      assertThat(rows(pg)).isEqualTo(rows(h2));
      FolderFileStore files = (FolderFileStore) h2.files();
      assertThat(files.all().toList()).isNotEmpty().allSatisfy(sha ->
          assertThat(FileStore.sha256(pg.files().get(sha))).isEqualTo(sha));
      LocalDate meeting = LocalDate.of(2025, 10, 23);
      assertThat(se.namndbok.app.CoreWiring.build(pg, TestStore.CLOCK).kallelse().underlag(meeting))
          .isEqualTo(se.namndbok.app.CoreWiring.build(h2, TestStore.CLOCK).kallelse().underlag(meeting));
    }
    Path fromServer = dir.resolve("server.pdf");
    Path fromEmbedded = dir.resolve("inbyggd.pdf");
    assertThat(asOwner("export", "kallelse", "--sammantrade", "2025-10-23", "-o", fromServer.toString())).isZero();
    assertThat(se.namndbok.app.Commands.run(s -> 1, "--data", data.toString(), "export", "kallelse", "--sammantrade",
        "2025-10-23", "-o", fromEmbedded.toString())).isZero();
    assertThat(text(fromServer)).as("the whole demo kallelse from the server store").contains("lex Maria")
        .isEqualTo(text(fromEmbedded));
  }

  private static String text(Path pdf) throws java.io.IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void aMigrationThatCannotBeVerifiedKeepsNothingOnTheServer() throws Exception {
    Path data = copyOfDemo();
    try (Database h2 = Database.openEmbedded(data)) {
      FolderFileStore files = (FolderFileStore) h2.files();
      Files.writeString(files.path(files.all().findFirst().orElseThrow()), "skadad på disk");
    }
    assertThat(asOwner("server", "init")).isZero();
    Map<String, Integer> afterInit;
    try (Database pg = db.openAsOwner()) {
      afterInit = pg.read(new TableDump()::counts);
    }

    env.put("NAMNDBOK_DB_PASSWORD", TestPostgres.OWNER_PASSWORD);
    int status = se.namndbok.app.Commands.runIn(env::get, s -> 1, "--data", data.toString(), "migrera", "--till-db", db.url(),
        "--till-db-user", db.owner());

    assertThat(status).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("kontrollsumman stämmer inte");
    try (Database pg = db.openAsOwner()) {
      // only the catalogues the migrations seed (insatser, sekretessgrunder), as right after server init
      assertThat(pg.read(new TableDump()::counts)).isEqualTo(afterInit);
      assertThat(afterInit.get("arende")).isZero();
    }
  }

  /** Every table's rows as text, in primary-key order (the JSON header's column types differ between engines). */
  private static Map<String, String> rows(Database db) {
    Map<String, String> out = new HashMap<>();
    db.read(tx -> new TableDump().dump(tx)).forEach((table, json) -> out.put(table, json.substring(json.indexOf("\"records\""))));
    return out;
  }
}
