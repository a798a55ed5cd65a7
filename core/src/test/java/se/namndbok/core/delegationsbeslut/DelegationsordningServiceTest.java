package se.namndbok.core.delegationsbeslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class DelegationsordningServiceTest {
  private static final String ORDNING = """
      punkt;ärende;lagrum;delegat
      2.2;Teckna avtal inom verksamhetsområdet;6 kap. 37 § KL;Verksamhetschef/avdelningschef
      6.1;Bedömning av rapport om missförhållande (lex Sarah);14 kap. 6 § SoL;MAS/MAR/SAS
      3.7;Godkänna faderskapsbekräftelse;1 kap. 4 § FB;Familjerättssekreterare
      """;

  @TempDir Path dir;
  private TestStore store;
  private DelegationsordningService ordning;
  private Sammantrade november;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/146", "Digitalt föräldraskapsstöd");
    ordning = store.core().delegationsordning();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static NyttDelegationsbeslut beslut(String punkt) {
    return new NyttDelegationsbeslut("2025/146", null, "Verksamhetschef/avdelningschef", punkt,
        LocalDate.of(2025, 9, 29), "Avtal – SES Family ApS", false).medBeslutsfattare("Jonas Widmark");
  }

  @Test
  void importKeepsTheFilesOrderAndAddsDelegaterTheBoardLacks() throws Exception {
    List<Delegationspunkt> punkter = ordning.importera(file("ordning.csv", ORDNING));

    assertThat(punkter).extracting(Delegationspunkt::nummer).containsExactly("2.2", "6.1", "3.7");
    assertThat(punkter.get(2).lagrum()).isEqualTo("1 kap. 4 § FB");
    assertThat(punkter.get(2).delegat()).isEqualTo("Familjerättssekreterare");
    assertThat(store.core().delegater().all()).extracting(Delegat::namn)
        .containsExactly("Verksamhetschef/avdelningschef", "MAS/MAR/SAS", "Familjerättssekreterare");
  }

  @Test
  void aFileWithBadLinesIsRefusedNamingFileLineAndColumnAndChangesNothing() throws Exception {
    ordning.importera(file("ordning.csv", ORDNING));
    Path bad = file("ny-ordning.csv", """
        punkt;ärende;lagrum;delegat
        1.1;Brådskande ärenden;6 kap. 39 § KL;Ordförande
        1.2;;6 kap. 37 § KL;Ordförande
        1.1;Dubblett;;Ordförande
        1 3;Punkt med mellanslag;;Ordförande
        """);

    assertThatThrownBy(() -> ordning.importera(bad)).isInstanceOfSatisfying(ImportException.class, e ->
        assertThat(e.importErrors()).extracting(ImportError::toString).containsExactly(
            "ny-ordning.csv, rad 3, kolumn ärende: måste fyllas i",
            "ny-ordning.csv, rad 4, kolumn punkt: punkt 1.1 står redan på rad 2",
            "ny-ordning.csv, rad 5, kolumn punkt: " + e.importErrors().get(2).message()));
    assertThat(ordning.all()).extracting(Delegationspunkt::nummer).containsExactly("2.2", "6.1", "3.7");
    assertThat(store.core().delegater().all()).extracting(Delegat::namn).doesNotContain("Ordförande");
  }

  @Test
  void aPointThatDelegationsbeslutReferToMustStayInTheFile() throws Exception {
    ordning.importera(file("ordning.csv", ORDNING));
    store.core().delegationsbeslut().registerTill(beslut("2.2"), november.id());

    assertThatThrownBy(() -> ordning.importera(file("utan.csv", """
        punkt;ärende;delegat
        6.1;Lex Sarah;MAS/MAR/SAS
        """))).isInstanceOf(ImportException.class)
        .hasMessageContaining("punkt 2.2 saknas i filen men 1 delegationsbeslut hänvisar till den");
    assertThat(ordning.all()).hasSize(3);
  }

  @Test
  void aDelegationsbeslutMustReferToAPointOfTheOrdningOnceTheBoardHasOne() throws Exception {
    store.core().delegationsbeslut().registerTill(beslut("9.9"), november.id()); // no ordning yet: taken as typed
    ordning.importera(file("ordning.csv", ORDNING));

    assertThatThrownBy(() -> store.core().delegationsbeslut().registerTill(beslut("9.9"), november.id()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("punkt 9.9 finns inte i delegationsordningen");
    Delegationsbeslut b = store.core().delegationsbeslut().registerTill(beslut("2.2"), november.id());
    assertThat(b.delegationspunkt()).isEqualTo("2.2");
    assertThat(b.beslutsfattare()).isEqualTo("Jonas Widmark");
  }

  @Test
  void theKallelseUnderlagCarriesEachDecisionsPointWithItsLagrum() throws Exception {
    ordning.importera(file("ordning.csv", ORDNING));
    store.core().delegationsbeslut().registerTill(beslut("2.2"), november.id());

    KallelseUnderlag u = store.core().kallelse().underlag(november.id());
    DelegatGrupp g = u.delegationsbeslut().getFirst();
    Delegationsbeslut b = store.core().delegationsbeslut().list(AnmalanFilter.sammantrade(november.id())).getFirst();
    assertThat(g.punkt(b)).hasValueSatisfying(p -> assertThat(p.lagrum()).isEqualTo("6 kap. 37 § KL"));
  }
}
