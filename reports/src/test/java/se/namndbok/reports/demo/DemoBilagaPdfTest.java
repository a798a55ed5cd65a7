package se.namndbok.reports.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.reports.bilaga.PdfAttachmentCheck;
import se.namndbok.reports.testing.PdfPages;

class DemoBilagaPdfTest {

  @Test
  void makesAnArchivalPdfNamingTheHandlingThatPassesTheAttachmentCheck() throws Exception {
    DemoBilaga bilaga = new DemoBilaga(1, 7, 2L, HandlingsId.parse("2025.2790"),
        "Anvisningar om statsbidrag till kommuner för beredskapsåtgärder", LocalDate.of(2025, 9, 30), "anvisningar.pdf");
    byte[] pdf = DemoBilagaPdf.of(bilaga);
    PdfAttachmentCheck.Accepted accepted = PdfAttachmentCheck.check("anvisningar.pdf", pdf);
    assertThat(accepted.claim().mergeableIntoPdfA2b()).isTrue();
    assertThat(accepted.claim().pdfUa()).isTrue();
    assertThat(PdfPages.text(pdf).getFirst().replace("\n", " "))
        .contains("Anvisningar om statsbidrag", "2025.2790", "punkt 7");
  }
}
