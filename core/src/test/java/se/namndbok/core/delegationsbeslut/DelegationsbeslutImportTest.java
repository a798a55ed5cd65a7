package se.namndbok.core.delegationsbeslut;

import se.namndbok.core.anmalan.AnmalanFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class DelegationsbeslutImportTest {
  private static final String HEADER = "diarienummer;handlingsid;delegat;beslutsdatum;rubrik;sekretess\n";
  private TestStore store;
  private se.namndbok.core.anmalan.AnmalanImport<NyttDelegationsbeslut, Delegationsbeslut> importer;
  private Sammantrade november;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/146", "Digitalt föräldraskapsstöd");
    importer = store.core().delegationsbeslutImport();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private int stored() {
    return store.core().delegationsbeslut()
        .list(AnmalanFilter.alla()).size();
  }

  @Test
  void importsAGoodFileAssigningTheNextMeetingAndRegisteringUnknownArenden() throws Exception {
    Path file = store.folder().resolve("beslut.csv");
    Files.writeString(file, "\uFEFF" + HEADER
        + "2025/146;2025.2710;Verksamhetschef/avdelningschef;2025-09-18;Upphandling – App för digitalt föräldraskapsstöd;nej\n"
        + "2025/809;Hid: 2025.2640;MAS/MAR/SAS;2025-09-17;Lex Sarah – bedömning av allvarlighetsgrad;\n"
        + "2025/809-1.1.1.7;;MAS/MAR/SAS;2025-09-23;Lex Sarah – bedömning av allvarlighetsgrad;ja\n", StandardCharsets.UTF_8);

    var saved = importer.importera(file);

    assertThat(saved).hasSize(3).allMatch(b -> b.sammantradeId() == november.id());
    assertThat(saved.get(2).sekretess()).isTrue();
    var arende = store.core().arenden().find(Diarienummer.parse("2025/809"));
    assertThat(arende).hasValueSatisfying(a -> {
      assertThat(a.rubrik()).isEqualTo("Lex Sarah – bedömning av allvarlighetsgrad");
      assertThat(a.registrerad()).isEqualTo(LocalDate.of(2025, 9, 17));
    });
  }

  @Test
  void oneBadLineAmongGoodOnesStoresNothingAndNamesEveryBadLine() {
    String csv = HEADER
        + "2025/146;2025.2710;Verksamhetschef/avdelningschef;2025-09-18;Upphandling;\n"
        + "2025/146;2025.2711;Verksamhetschef/avdelningschef;2025-09-31;Avtal;\n"
        + "2025/146;;Rektor;2025-09-20;Avtal;\n"
        + "2025/146;;MAS/MAR/SAS;2025-09-20;;kanske\n"
        + "2025/146;2025.2712;MAS/MAR/SAS;2025-09-21;Bedömning;\n";

    ImportException e = Assertions.assertThrows(ImportException.class,
        () -> importer.importera("beslut.csv", csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.importErrors()).extracting(ImportError::toString).containsExactly(
        "beslut.csv, rad 3, kolumn beslutsdatum: \"2025-09-31\" är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23",
        "beslut.csv, rad 4, kolumn delegat: \"Rektor\" finns inte bland delegaterna (Verksamhetschef/avdelningschef, MAS/MAR/SAS)",
        "beslut.csv, rad 5, kolumn sekretess: \"kanske\" är inget giltigt värde; skriv ja, nej eller friklassad");
    assertThat(stored()).isZero();
    assertThat(store.core().arenden().handlingar(
        store.core().arenden().find(Diarienummer.parse("2025/146"))
            .orElseThrow().id())).isEmpty();
  }

  @Test
  void aLaterProblemRollsBackEarlierRegistrationsToo() {
    String csv = HEADER
        + "2025/500;2025.3001;MAS/MAR/SAS;2025-10-01;Nytt ärende från importen;\n"
        + "2025/146;2025.3001;MAS/MAR/SAS;2025-10-02;Samma Hid i annat ärende;\n";
    ImportException e = Assertions.assertThrows(ImportException.class,
        () -> importer.importera("beslut.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).isEqualTo(
        "beslut.csv, rad 3, kolumn handlingsid: 2025.3001 hör till ett annat ärende än 2025/146");
    assertThat(store.core().arenden().find(Diarienummer.parse("2025/500")))
        .isEmpty();
  }

  @Test
  void readsWindows1252WithCommas() {
    String csv = "diarienummer,handlingsid,delegat,beslutsdatum,rubrik,delegationspunkt\n"
        + "2025/146,2025.2710,Verksamhetschef/avdelningschef,2025-09-18,\"Upphandling, app för föräldraskapsstöd\",4.2\n";
    var saved = importer.importera("beslut.csv", csv.getBytes(Charset.forName("windows-1252")));
    assertThat(saved).singleElement().satisfies(b -> {
      assertThat(b.rubrik()).isEqualTo("Upphandling, app för föräldraskapsstöd");
      assertThat(b.delegationspunkt()).isEqualTo("4.2");
    });
  }

  @Test
  void aMissingColumnIsReportedBeforeAnyRow() {
    byte[] csv = "diarienummer;delegat;beslutsdatum;rubrik\n2025/146;MAS/MAR/SAS;2025-09-18;x\n"
        .getBytes(StandardCharsets.UTF_8);
    ImportException e = Assertions.assertThrows(ImportException.class, () -> importer.importera("b.csv", csv));
    assertThat(e.getMessage()).isEqualTo("b.csv, rad 1, kolumn handlingsid: kolumnen saknas i rubrikraden");
  }
}
