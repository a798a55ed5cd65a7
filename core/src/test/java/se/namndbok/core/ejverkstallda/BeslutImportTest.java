package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import se.namndbok.core.audit.AuditEntry;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.testing.TestStore;

class BeslutImportTest {
  private static final Kvartal Q2 = Kvartal.parse("2025Q2");
  private static final String GOOD = """
      id;lag;insats;kön;födelseår;beslutsdatum;avbrottsdatum;verkställighetsdatum;avslutsdatum;avslutsorsak;skäl
      A-1;SoL;AO-SABO;K;1938;2025-01-10;;;;;PLATSBRIST
      A-2;SoL;AO-SABO;M;1941;2025-01-20;;2025-05-02;;;TACKAT-NEJ
      A-3;LSS;LSS-9.4;M;1990;2025-02-01;;;;;MATCHNING
      A-4;SoL;IFO-BOST;K;;2024-11-05;2025-02-01;;2025-06-01;EGEN-BEGARAN;
      """;
  private TestStore store;
  private BeslutImport importer;
  private KvartalsrapportService rapporter;

  @BeforeEach
  void open() {
    store = TestStore.create();
    importer = store.core().beslutImport();
    rapporter = store.core().kvartalsrapporter();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path file(String name, String text, Charset charset) throws Exception {
    Path p = store.folder().resolve(name);
    Files.write(p, text.getBytes(charset));
    return p;
  }

  @Test
  void importsEveryLineAndReportsThem() throws Exception {
    BeslutImport.Resultat r = importer.importera(file("beslut.csv", GOOD, StandardCharsets.UTF_8));

    assertThat(r).isEqualTo(new BeslutImport.Resultat(4, 0, 0));
    Kvartalsrapport sol = rapporter.rapport(Lag.SOL, Q2);
    assertThat(sol.summa()).isEqualTo(new Kvartalsrapport.Antal(2, 1));
    assertThat(rapporter.rapport(Lag.LSS, Q2).summa()).isEqualTo(new Kvartalsrapport.Antal(0, 1));
  }

  @Test
  void aBadLineAmongGoodOnesStoresNothingAndNamesLineAndColumn() throws Exception {
    importer.importera(file("forsta.csv", GOOD, StandardCharsets.UTF_8));
    String before = KvartalsrapportJson.write(rapporter.rapport(Lag.SOL, Q2));
    String bad = """
        id;lag;insats;kön;beslutsdatum;verkställighetsdatum
        B-1;SoL;AO-KP;K;2025-02-01;
        B-2;SoL;LSS-9.4;M;2025-02-30;
        B-3;SoL;AO-KP;X;2025-02-01;2025-01-01
        B-4;SoL;AO-KP;M;2025-02-01;
        """;

    assertThatThrownBy(() -> importer.importera(file("andra.csv", bad, StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors()).extracting(ImportError::toString)
            .containsExactly(
                "andra.csv, rad 3, kolumn beslutsdatum: \"2025-02-30\" är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23",
                "andra.csv, rad 3, kolumn insats: LSS-9.4 är en insats enligt LSS, inte SoL",
                "andra.csv, rad 4, kolumn kön: \"X\" är ingen giltig kod; skriv K eller M",
                "andra.csv, rad 4, kolumn verkställighetsdatum: får inte vara tidigare än beslutsdatum (2025-02-01)"));
    assertThat(KvartalsrapportJson.write(rapporter.rapport(Lag.SOL, Q2))).isEqualTo(before);
    assertThat(store.core().beslut().find("B-1")).isEmpty();
  }

  @Test
  void validationErrorsNameTheColumnAfterTheCellsCouldBeRead() throws Exception {
    String bad = """
        id,lag,insats,kön,beslutsdatum,avbrottsdatum,verkställighetsdatum,avslutsdatum
        C-1,SoL,LSS-9.4,K,2025-02-01,,,
        C-2,SoL,AO-KP,K,2025-12-01,,,
        C-3,SoL,AO-KP,K,2025-02-01,2025-02-01,,
        C-4,SoL,AO-KP,K,2025-02-01,2025-03-01,2025-02-15,
        C-5,SoL,AO-KP,K,2025-02-01,,,2025-03-01
        C-1,SoL,AO-KP,K,2025-02-01,,,
        """;

    assertThatThrownBy(() -> importer.importera(file("fel.csv", bad, StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors()).extracting(ImportError::toString)
            .containsExactly(
                "fel.csv, rad 2, kolumn insats: LSS-9.4 är en insats enligt LSS, inte SoL",
                "fel.csv, rad 3, kolumn beslutsdatum: 2025-12-01 ligger efter dagens datum (2025-11-03)",
                "fel.csv, rad 4, kolumn avbrottsdatum: måste vara senare än beslutsdatum (2025-02-01)",
                "fel.csv, rad 5, kolumn verkställighetsdatum: får inte vara tidigare än avbrottsdatum (2025-03-01)",
                "fel.csv, rad 6, kolumn avslutsorsak: måste anges när avslutsdatum är ifyllt (AVLIDEN, EGEN-BEGARAN "
                    + "eller UTAN-VERKSTALLAN)",
                "fel.csv, rad 7, kolumn id: C-1 finns redan på rad 2"));
  }

  @Test
  void everyErrorOfALineIsReportedAtOnceNotOnlyItsUnreadableCells() throws Exception {
    String bad = """
        id;lag;insats;kön;beslutsdatum;avslutsdatum;avslutsorsak
        D-1;SoL;AO-XXX;X;2025-02-01;;
        D-2;XX;AO-KP;K;2025-12-01;;
        D-3;SoL;AO-KP;K;2025-02-01;2025-13-01;AVLIDEN
        """;

    assertThatThrownBy(() -> importer.importera(file("fel.csv", bad, StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors()).extracting(ImportError::toString)
            .containsExactlyInAnyOrder(
                "fel.csv, rad 2, kolumn kön: \"X\" är ingen giltig kod; skriv K eller M",
                "fel.csv, rad 2, kolumn insats: \"AO-XXX\" finns inte i insatskatalogen",
                "fel.csv, rad 3, kolumn lag: \"XX\" är ingen giltig kod; skriv SoL eller LSS",
                "fel.csv, rad 3, kolumn beslutsdatum: 2025-12-01 ligger efter dagens datum (2025-11-03)",
                "fel.csv, rad 4, kolumn avslutsdatum: \"2025-13-01\" är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23"));
    assertNothingStored();
  }

  @Test
  void aRepeatedIdInAnOtherwiseGoodFileIntoAnEmptyStoreStoresNothingAndNamesBothLines() throws Exception {
    String repeated = """
        id;lag;insats;kön;beslutsdatum
        D-1;SoL;AO-KP;K;2025-02-01
        D-2;SoL;AO-KP;M;2025-02-01
        D-1;SoL;AO-KP;M;2025-02-01
        D-3;SoL;AO-KP;K;2025-02-01
        D-2;SoL;AO-KP;K;2025-02-01
        """;

    assertThatThrownBy(() -> importer.importera(file("dubbel.csv", repeated, StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors()).extracting(ImportError::toString)
            .containsExactly("dubbel.csv, rad 4, kolumn id: D-1 finns redan på rad 2",
                "dubbel.csv, rad 6, kolumn id: D-2 finns redan på rad 3"));
    assertThat(store.core().beslut().find("D-3")).isEmpty();
    assertThat(importer.importera(file("beslut.csv", GOOD, StandardCharsets.UTF_8)))
        .isEqualTo(new BeslutImport.Resultat(4, 0, 0));
  }

  /**
   * Into an empty register the lines go straight in, a batch at a time, in one transaction (decision 0156): a
   * bad line or a repeated id far into the file must undo the batches already written, and still be named.
   */
  @Test
  void aBadLineAfterWholeBatchesIntoAnEmptyRegisterStoresNothingAndNamesTheLine() throws Exception {
    StringBuilder csv = manyLines(6_000);
    csv.append("E-6000;SoL;AO-KP;X;2025-02-01\n"); // line 6,002
    csv.append("E-6001;SoL;AO-KP;K;2025-02-01\n");

    assertThatThrownBy(() -> importer.importera(file("stor.csv", csv.toString(), StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors())
            .extracting(ImportError::toString).singleElement().asString()
            .startsWith("stor.csv, rad 6002, kolumn kön:"));
    assertNothingStored();
  }

  @Test
  void aRepeatedIdAfterWholeBatchesIntoAnEmptyRegisterStoresNothingAndNamesBothLines() throws Exception {
    StringBuilder csv = manyLines(6_000);
    csv.append("E-5;SoL;AO-KP;K;2025-02-01\n"); // line 12,002 repeats line 7

    assertThatThrownBy(() -> importer.importera(file("stor.csv", csv.toString(), StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors())
            .extracting(ImportError::toString)
            .containsExactly("stor.csv, rad 6002, kolumn id: E-5 finns redan på rad 7"));
    assertNothingStored();
  }

  @Test
  void aGoodFileOfWholeBatchesIntoAnEmptyRegisterStoresEveryLineAndOneAuditLine() throws Exception {
    BeslutImport.Resultat r = importer.importera(file("stor.csv", manyLines(6_789).toString(), StandardCharsets.UTF_8));

    assertThat(r).isEqualTo(new BeslutImport.Resultat(6_789, 0, 0));
    assertThat(stored()).isEqualTo(6_789);
    assertThat(store.core().beslut().find("E-6788")).hasValueSatisfying(b -> assertThat(b.insats()).isEqualTo("AO-KP"));
    assertThat(store.core().audit().entriesFor("import_beslut", "stor.csv")).hasSize(1);
    assertThat(importer.importera(file("stor.csv", manyLines(6_789).toString(), StandardCharsets.UTF_8)))
        .isEqualTo(new BeslutImport.Resultat(0, 0, 6_789));
  }

  private static StringBuilder manyLines(int n) {
    StringBuilder csv = new StringBuilder("id;lag;insats;kön;beslutsdatum\n");
    for (int i = 0; i < n; i++) {
      csv.append("E-").append(i).append(";SoL;AO-KP;").append(i % 2 == 0 ? 'K' : 'M').append(";2025-02-01\n");
    }
    return csv;
  }

  private int stored() {
    return store.db().read(tx -> tx.dsl().fetchCount(GYNNANDE_BESLUT));
  }

  private void assertNothingStored() {
    assertThat(stored()).isZero();
    assertThat(store.core().audit().entriesFor("import_beslut", "stor.csv")).isEmpty();
  }

  @Test
  void aMissingRequiredColumnIsReportedOnTheHeaderLine() throws Exception {
    String bad = "id;lag;insats;beslutsdatum\nD-1;SoL;AO-KP;2025-02-01\n";

    assertThatThrownBy(() -> importer.importera(file("kol.csv", bad, StandardCharsets.UTF_8)))
        .isInstanceOf(ImportException.class).hasMessageContaining("kol.csv, rad 1, kolumn kön: kolumnen saknas");
  }

  @Test
  void windows1252WithCommasGivesTheSameFiguresAsUtf8WithSemicolons() throws Exception {
    importer.importera(file("utf8.csv", "\uFEFF" + GOOD, StandardCharsets.UTF_8));
    String utf8 = KvartalsrapportJson.write(rapporter.rapport(Lag.SOL, Q2))
        + KvartalsrapportJson.write(rapporter.rapport(Lag.LSS, Q2));

    try (TestStore other = TestStore.create()) {
      String ansi = GOOD.replace(';', ',').replace("kön", "Kön").replace("id,", "ID,");
      Path p = other.folder().resolve("ansi.csv");
      Files.write(p, ansi.getBytes(Charset.forName("windows-1252")));
      other.core().beslutImport().importera(p);
      KvartalsrapportService otherReports = other.core().kvartalsrapporter();

      assertThat(KvartalsrapportJson.write(otherReports.rapport(Lag.SOL, Q2))
          + KvartalsrapportJson.write(otherReports.rapport(Lag.LSS, Q2))).isEqualTo(utf8);
    }
  }

  @Test
  void columnsInAnyOrderAndOptionalOnesMissing() throws Exception {
    String text = "beslutsdatum;KÖN;insats;LAG;id\n2025-01-10;K;AO-SABO;sol;E-1\n";

    importer.importera(file("ordning.csv", text, StandardCharsets.UTF_8));

    assertThat(store.core().beslut().find("E-1")).hasValueSatisfying(b -> {
      assertThat(b.lag()).isEqualTo(Lag.SOL);
      assertThat(b.fodelsear()).isNull();
    });
  }

  @Test
  void reimportingAnIdUpdatesItAndLogsTheChange() throws Exception {
    importer.importera(file("v1.csv", GOOD, StandardCharsets.UTF_8));
    String changed = GOOD.replace("A-1;SoL;AO-SABO;K;1938;2025-01-10;;;;;PLATSBRIST",
        "A-1;SoL;AO-SABO;K;1938;2025-01-10;;2025-04-20;;;PLATSBRIST");

    BeslutImport.Resultat r = importer.importera(file("v2.csv", changed, StandardCharsets.UTF_8));

    assertThat(r).isEqualTo(new BeslutImport.Resultat(0, 1, 3));
    assertThat(store.core().beslut().find("A-1").orElseThrow().verkstallighetsdatum())
        .isEqualTo("2025-04-20");
    List<AuditEntry> log = store.core().audit().entriesFor("gynnande_beslut", "A-1");
    assertThat(log).singleElement().satisfies(e -> assertThat(e.fore()).contains("\"verkstallighetsdatum\":null"));
  }

  @Test
  void theLastFileReadInIsRememberedWithTheLatestDateInIt() throws Exception {
    assertThat(importer.senaste()).isEmpty();
    importer.importera(file("forsta.csv", GOOD, StandardCharsets.UTF_8)); // into the empty register

    BeslutInlasning forsta = importer.senaste().orElseThrow();
    assertThat(forsta.fil()).isEqualTo("forsta.csv");
    assertThat(forsta.rader()).isEqualTo(4);
    assertThat(forsta.anvandare()).isEqualTo("testare");
    assertThat(forsta.tid()).isEqualTo(TestStore.CLOCK.now());
    assertThat(forsta.uppgifterTill()).isEqualTo("2025-06-01"); // A-4's avslutsdatum, the latest of any column

    String senare = GOOD + "A-5;LSS;LSS-9.4;K;1985;2025-07-01;;2025-09-03;;;\n";
    importer.importera(file("andra.csv", senare, StandardCharsets.UTF_8)); // staged: the register has rows

    BeslutInlasning andra = importer.senaste().orElseThrow();
    assertThat(andra.fil()).isEqualTo("andra.csv");
    assertThat(andra.rader()).isEqualTo(5);
    assertThat(andra.uppgifterTill()).isEqualTo("2025-09-03");
    assertThat(andra.slutarFore(Kvartal.parse("2025Q3"))).isTrue();
    assertThat(andra.slutarFore(Kvartal.parse("2025Q2"))).isFalse();
  }

  @Test
  void aFileWithOnlyItsHeaderDoesNotTakeThePlaceOfTheFileBeforeIt() throws Exception {
    importer.importera(file("uttag.csv", GOOD, StandardCharsets.UTF_8));

    BeslutImport.Resultat r = importer.importera(file("tom.csv", "id;lag;insats;kön;beslutsdatum\n",
        StandardCharsets.UTF_8));

    assertThat(r.rader()).isZero();
    assertThat(store.core().audit().latestOf(BeslutInlasning.ENTITET).orElseThrow().entitetId())
        .as("the empty file is still logged").isEqualTo("tom.csv");
    BeslutInlasning senaste = importer.senaste().orElseThrow();
    assertThat(senaste.fil()).isEqualTo("uttag.csv");
    assertThat(senaste.uppgifterTill()).isEqualTo("2025-06-01");
    assertThat(senaste.slutarFore(Kvartal.parse("2025Q3"))).as("the data still end before 2025Q3 does").isTrue();
  }

  @Test
  void aRegisterReadOnlyFromAnEmptyFileHasNoFileOfDecisions() throws Exception {
    importer.importera(file("tom.csv", "id;lag;insats;kön;beslutsdatum\n", StandardCharsets.UTF_8));

    assertThat(importer.senaste()).isEmpty();
  }

  @Test
  void aFileHeldInMemoryIsRememberedTooAndARefusedFileIsNot() throws Exception {
    importer.importera("demo.csv", GOOD.getBytes(StandardCharsets.UTF_8));
    String bad = GOOD + "A-9;SoL;AO-SABO;X;1938;2025-10-30;;;;;\n";

    assertThatThrownBy(() -> importer.importera(file("fel.csv", bad, StandardCharsets.UTF_8)))
        .isInstanceOf(ImportException.class);

    BeslutInlasning senaste = importer.senaste().orElseThrow();
    assertThat(senaste.fil()).isEqualTo("demo.csv");
    assertThat(senaste.uppgifterTill()).isEqualTo("2025-06-01");
  }

  @Test
  void anImportLoggedBeforeTheDateWasRecordedReadsWithoutIt() {
    store.db().inTransaction(tx -> {
      store.core().audit().created(BeslutInlasning.ENTITET, "gammal.csv", java.util.Map.of("fil", "gammal.csv",
          "sha256", "0", "nya", 3, "andrade", 1, "oforandrade", 2));
      return null;
    });

    BeslutInlasning gammal = importer.senaste().orElseThrow();
    assertThat(gammal.fil()).isEqualTo("gammal.csv");
    assertThat(gammal.rader()).isEqualTo(6);
    assertThat(gammal.uppgifterTill()).isNull();
    assertThat(gammal.slutarFore(Kvartal.parse("2025Q3"))).isFalse();
  }

  @Test
  void theDaysOfOffersAreReadInAnyOrderAndAChangeInThemIsAChange() throws Exception {
    String med = """
        id;lag;insats;kön;beslutsdatum;skäl;erbjudanden
        E-1;SoL;AO-SABO;K;2025-01-10;TACKAT-NEJ;2025-04-14 2025-03-03
        E-2;SoL;AO-SABO;M;2025-01-12;PLATSBRIST;
        """;
    importer.importera(file("med.csv", med, StandardCharsets.UTF_8));
    assertThat(store.core().beslut().find("E-1").orElseThrow().erbjudanden()).extracting(Object::toString)
        .containsExactly("2025-03-03", "2025-04-14");
    assertThat(store.core().beslut().find("E-2").orElseThrow().erbjudanden()).isEmpty();

    BeslutImport.Resultat r = importer.importera(file("andra.csv", med.replace("2025-04-14 2025-03-03",
        "2025-03-03, 2025-04-14, 2025-05-20"), StandardCharsets.UTF_8));

    assertThat(r).isEqualTo(new BeslutImport.Resultat(0, 1, 1));
    assertThat(store.core().beslut().find("E-1").orElseThrow().erbjudanden()).hasSize(3);
    assertThat(store.core().audit().entriesFor("gynnande_beslut", "E-1")).singleElement()
        .satisfies(e -> assertThat(e.efter()).contains("2025-05-20"));
    assertThat(importer.senaste().orElseThrow().uppgifterTill()).isEqualTo("2025-05-20");
  }

  @Test
  void daysOfOffersThatCannotBeAreRefusedWithLineAndColumn() throws Exception {
    importer.importera(file("forsta.csv", GOOD, StandardCharsets.UTF_8));
    String bad = """
        id;lag;insats;kön;beslutsdatum;verkställighetsdatum;erbjudanden
        F-1;SoL;AO-KP;K;2025-02-01;;2025-02-30
        F-2;SoL;AO-KP;K;2025-02-01;;2025-01-15 2025-03-01
        F-3;SoL;AO-KP;K;2025-02-01;2025-04-01;2025-03-01 2025-04-02
        F-4;SoL;AO-KP;K;2025-02-01;;2025-12-24
        F-5;SoL;AO-KP;K;2025-02-01;;2025-03-01 2025-03-02 2025-03-03 2025-03-04 2025-03-05 2025-03-06 2025-03-07 2025-03-08 2025-03-09 2025-03-10 2025-03-11
        """;

    assertThatThrownBy(() -> importer.importera(file("erbjudanden.csv", bad, StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors()).extracting(ImportError::toString)
            .containsExactly(
                "erbjudanden.csv, rad 2, kolumn erbjudanden: \"2025-02-30\" är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23",
                "erbjudanden.csv, rad 3, kolumn erbjudanden: 2025-01-15 ligger före beslutsdatum (2025-02-01)",
                "erbjudanden.csv, rad 4, kolumn erbjudanden: 2025-04-02 ligger efter verkställighetsdatum (2025-04-01)",
                "erbjudanden.csv, rad 5, kolumn erbjudanden: 2025-12-24 ligger efter dagens datum (2025-11-03)",
                "erbjudanden.csv, rad 6, kolumn erbjudanden: högst 10 datum, inte 11"));
    assertThat(store.core().beslut().find("F-1")).isEmpty();
    assertThat(importer.senaste().orElseThrow().fil()).isEqualTo("forsta.csv");
  }
}
