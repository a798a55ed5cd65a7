package se.namndbok.reports.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import se.namndbok.reports.layout.Typografi;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.bilaga.PdfAttachmentCheck;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.VeraPdf;

class DemoBilagaPdfTest {
  /** Per attachment of the demo board: the fewest pages it has, and phrases of its real text. */
  private static final Map<String, Expected> EXPECTED = Map.ofEntries(
      Map.entry("Manadsrapport-september-2025.pdf", new Expected(2, "Ekonomiskt utfall per verksamhetsområde",
          "Äldreomsorg, hemtjänst", "påhittade")),
      Map.entry("Anvisningar-statsbidrag-beredskap-2026.pdf", new Expected(3, "förordningen (2023:490)",
          "Kostnader som inte omfattas av statsbidraget", "återbetalningsskyldig")),
      Map.entry("Bidragsansokan-2026.pdf", new Expected(1, "Krigsorganisation och krigsplacering", "10 424 000",
          "17 424 000")),
      Map.entry("Projektdirektiv-arbetsmiljosatsning.pdf", new Expected(3, "Innehållsförteckning",
          "Block 3: Riktade satsningar", "3.1 Leveranser")),
      Map.entry("Presentation-arbetsmiljosatsning-2026-2028.pdf", new Expected(8, "Sommarsynken", "Omsorgsbygget",
          "Tack!")),
      Map.entry("Information-om-kompetenscentrums-verksamhetsplan.pdf", new Expected(1, "paraplyorganisation",
          "Beslutet skickas till")),
      Map.entry("Verksamhetsplan-2025-2027-Kompetenscentrum.pdf", new Expected(6, "Bärande principer",
          "Aktivitetsplan 2025", "Kompetenscentrums budget")),
      Map.entry("Protokollsutdrag-enskilda-utskottet-2025-09-10.pdf", new Expected(2,
          "§ 141 Fastställelse av omedelbart", "2 § lagen (1990:52)", "påhittade")),
      Map.entry("Lex-Maria-september-2025.pdf", new Expected(1, "Händelseanalys",
          "3 kap. 5 § patientsäkerhetslagen", "påhittade")));

  private record Expected(int minPages, String... phrases) {}

  static TestStore store;
  static List<DemoBilaga> bilagor;

  @BeforeAll
  static void loadDemoBoard() {
    store = TestStore.create();
    bilagor = store.loadDemo().bilagor();
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void everyDemoAttachmentHasItsOwnTextOverSeveralPagesAndIsArchivalAndAccessible() throws Exception {
    assertThat(bilagor).extracting(DemoBilaga::filnamn).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    for (DemoBilaga bilaga : bilagor) {
      byte[] pdf = DemoBilagaPdf.of(bilaga);
      Expected expected = EXPECTED.get(bilaga.filnamn());
      List<String> pages = PdfPages.text(pdf);
      String text = String.join(" ", pages).replaceAll("\\s+", " ");

      assertThat(pages).as(bilaga.filnamn()).hasSizeGreaterThanOrEqualTo(expected.minPages());
      assertThat(text).as(bilaga.filnamn()).contains(java.util.Arrays.stream(expected.phrases()).map(Typografi::printed).toList())
          .doesNotContain("Demonstrationsbilaga");
      PdfAttachmentCheck.Accepted accepted = PdfAttachmentCheck.check(bilaga.filnamn(), pdf);
      assertThat(accepted.claim().mergeableIntoPdfA2b()).as(bilaga.filnamn()).isTrue();
      assertThat(accepted.claim().pdfUa()).as(bilaga.filnamn()).isTrue();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(bilaga.filnamn() + " PDF/A-2b").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(bilaga.filnamn() + " PDF/UA-1").isEmpty();
    }
  }

  @Test
  void theRunningHeaderNamesTheSenderAndTheHandling() throws Exception {
    DemoBilaga bilaga = new DemoBilaga(1, 7, 2L, HandlingsId.parse("2025.2790"),
        "Anvisningar om statsbidrag till kommuner för beredskapsåtgärder", LocalDate.of(2025, 9, 30),
        "Anvisningar-statsbidrag-beredskap-2026.pdf");

    assertThat(PdfPages.text(DemoBilagaPdf.of(bilaga)).getFirst()).contains("Socialstyrelsen · Hid 2025.2790");
  }

  @Test
  void anAttachmentWithoutDemoTextIsRefusedByName() {
    DemoBilaga bilaga = new DemoBilaga(1, 7, null, null, "Okänd", null, "okand.pdf");

    assertThatThrownBy(() -> DemoBilagaPdf.of(bilaga)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("okand.pdf");
  }
}
