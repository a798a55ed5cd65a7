package se.namndbok.reports.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.Renderers;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.protokoll.ProtokollVersion;
import se.namndbok.core.protokoll.Rattelse;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.demo.DemoBilagaPdf;
import se.namndbok.reports.kallelse.KallelsePdfRenderer;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The demo's justerat protokoll (2025-09-25) corrected once, with the real renderer: the rättad version says so
 * and prints the reason and what changed; the original is kept as it was; the public copy tells a change to a
 * confidential § without its text. A protokollsutdrag made afterwards tells the rättelse of its § and is certified
 * against the rättad version.
 */
class RattatProtokollPdfTest {
  private static final String SKAL = "Fel år i beslutet om sammanträdesplanen";
  private static TestStore store;
  private static long mote;
  private static byte[] original;

  @BeforeAll
  static void demoWithARattelse() {
    store = TestStore.create(new Renderers(new KallelsePdfRenderer(), new ProtokollPdfRenderer()));
    store.core().demo().load(DemoBilagaPdf::of);
    ProtokollUnderlag u = store.core().protokoll().underlag(LocalDate.of(2025, 9, 25));
    mote = u.sammantrade().id();
    original = store.core().justeratProtokoll().pdf(mote, 1, false);
    ProtokollPunkt plan = u.punkter().get(4);
    ProtokollPunkt hemlig = u.punkter().get(5);
    store.core().justeratProtokoll().ratta(mote, new Rattelse(SKAL, List.of(
        new Rattelse.Beslut(plan.punkt().id(), "Socialnämnden beslutar att fastställa sammanträdesplanen för 2026.",
            null),
        new Rattelse.Beslut(hemlig.punkt().id(), "Socialnämnden beslutar att lägga redovisningen till handlingarna, "
            + "med rättat datum.", null)), null, null));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theRattadVersionSaysSoAndPrintsTheReasonAndTheChange() throws Exception {
    String text = flat(String.join(" ", PdfPages.text(store.core().justeratProtokoll().pdf(mote, 3, false))));
    assertThat(text).contains(flat(ProtokollBlocks.RATTAT)).contains("Rättelse 2025-11-03 av testare (version 3)")
        .contains("Skäl: " + SKAL).contains("§ 85 beslut:")
        .contains("ändrat till «Socialnämnden beslutar att fastställa sammanträdesplanen för 2026.»")
        .contains("Protokoll (rättat)");
  }

  @Test
  void theRattadVersionIsStillPdfA2bAndPdfUa1() throws Exception {
    byte[] pdf = store.core().justeratProtokoll().pdf(mote, 3, false);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void theOriginalIsKeptExactlyAsJusterat() throws Exception {
    assertThat(store.core().justeratProtokoll().pdf(mote, 1, false)).isEqualTo(original);
    assertThat(flat(String.join(" ", PdfPages.text(original)))).doesNotContain("Rättat protokoll")
        .doesNotContain(SKAL);
    List<ProtokollVersion> versioner = store.core().justeratProtokoll().versioner(mote);
    assertThat(versioner).extracting(ProtokollVersion::version).containsExactly(1, 2, 3);
    assertThat(versioner).extracting(ProtokollVersion::slag).containsExactly(ProtokollVersion.Slag.PROTOKOLL,
        ProtokollVersion.Slag.ANSLAG, ProtokollVersion.Slag.RATTELSE);
  }

  @Test
  void thePublicCopyTellsAChangeToAConfidentialParagrafWithoutItsTextOrTheReason() throws Exception {
    String text = flat(String.join(" ", PdfPages.text(store.core().justeratProtokoll().pdf(mote, 3, true))));
    assertThat(text).contains("§ 86 ändrad; innehållet omfattas av sekretess");
    // the reason is free text written for the whole rättelse, which changed a confidential §: it can name what is
    // confidential (a walk printed a child's name that way), so the public copy withholds it
    assertThat(text).doesNotContain(SKAL).contains("Skäl: " + Rattelsetext.SKAL_UNDANHALLET);
    // the harmless beslut of the confidential § is marked public (decision 0116): the corrected one is printed
    // as beslut, but the rättelse's line about it stays without its text
    assertThat(text).doesNotContain("«Socialnämnden beslutar att lägga redovisningen till handlingarna");
  }

  @Test
  void anUtdragOfACorrectedParagrafTellsTheRattelseAndCertifiesAgainstTheRattadVersion() throws Exception {
    String text = utdrag("86", Version.LEDAMOT);
    assertThat(text).contains("Paragrafen rättades 2025-11-03 (version 3), efter justeringen.").contains(SKAL)
        .contains("med rättat datum.»")
        .contains("Utdraget överensstämmer med protokollet i rättad version 3.")
        .doesNotContain("originalprotokollet").doesNotContain("§ 85 beslut:");
  }

  @Test
  void thePublicUtdragOfACorrectedConfidentialParagrafWithholdsTheReason() throws Exception {
    String text = utdrag("86", Version.OFFENTLIG);
    assertThat(text).contains("Paragrafen rättades 2025-11-03 (version 3), efter justeringen.")
        .contains(flat(ProtokollBlocks.UTDRAG_SKAL_SEKRETESS))
        .contains("§ 86 ändrad; innehållet omfattas av sekretess")
        .contains("Utdraget överensstämmer med protokollet i rättad version 3 med de uppgifter borttagna")
        .doesNotContain(SKAL).doesNotContain("originalprotokollet")
        .doesNotContain("«Socialnämnden beslutar att lägga redovisningen till handlingarna");
  }

  @Test
  void anUtdragOfAnUncorrectedParagrafIsCertifiedAgainstTheNewestVersionWithoutARattelseNote() throws Exception {
    String text = utdrag("84", Version.LEDAMOT);
    assertThat(text).doesNotContain("Paragrafen rättades").doesNotContain(SKAL)
        .contains("Utdraget överensstämmer med protokollet i rättad version 3.");
  }

  private static String utdrag(String paragraf, Version version) throws Exception {
    ProtokollData data = ProtokollMapper.from(store.core().protokoll().underlag(LocalDate.of(2025, 9, 25)),
        TestPdfs.CREATED);
    byte[] pdf = ProtokollPdf.utdragBytes(data, paragraf, version, "2025-11-04");
    java.nio.file.Files.createDirectories(KomplettProtokollPdfTest.UT);
    java.nio.file.Files.write(KomplettProtokollPdfTest.UT.resolve("protokollsutdrag-rattat-" + paragraf + "-"
        + version.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"), pdf);
    return flat(String.join(" ", PdfPages.text(pdf)));
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
