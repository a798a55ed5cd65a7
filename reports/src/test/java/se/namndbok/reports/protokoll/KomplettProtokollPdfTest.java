package se.namndbok.reports.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

/**
 * The complete protokoll (issue 11 point 5) of the demo's justerat meeting of 2025-09-25 and its protokollsutdrag:
 * närvaro with times and §§, the opening §§, each §'s handling, signatures, "Justerandes signatur" on every page,
 * the anslagsbevis with the last day for an appeal, the överklagandehänvisning; valid PDF/A-2b and PDF/UA-1. The
 * PDFs are left in target/protokoll-demo/ to be looked at.
 */
class KomplettProtokollPdfTest {
  static final Path UT = Path.of("target", "protokoll-demo");
  static TestStore store;
  static ProtokollData data;

  @BeforeAll
  static void loadDemo() throws Exception {
    store = TestStore.create();
    store.loadDemo();
    data = ProtokollMapper.from(store.core().protokoll().underlag(LocalDate.of(2025, 9, 25)), TestPdfs.CREATED);
    Files.createDirectories(UT);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String flat(String text) {
    return text.replace("\n", " ").replaceAll(" +", " ").replace('\u00a0', ' ');
  }

  private static List<String> write(String name, byte[] pdf) throws Exception {
    Path out = UT.resolve(name);
    Files.write(out, pdf);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(name + " PDF/A-2b").isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(name + " PDF/UA-1").isEmpty();
    return PdfPages.text(out);
  }

  @Test
  void theProtokollShowsEveryPartAndEveryPageCarriesJusterandesSignatur() throws Exception {
    List<String> pages = write("protokoll-2025-09-25.pdf", ProtokollPdf.bytes(data, Version.LEDAMOT));
    String all = flat(String.join(" ", pages));
    assertThat(pages).allSatisfy(p -> assertThat(p).contains("Justerandes signatur"));
    assertThat(all)
        .contains("Tid torsdag 25 september 2025 kl. 08:15–11:05").contains("Ajournering kl. 09:40–09:50")
        .contains("Paragrafer §§ 78–86")
        .contains("Ledamot, lämnade kl. 10:30, §§ 78–84")
        .contains("Ledamot, kom kl. 08:40, §§ 81–86")
        .contains("Tjänstgörande ersättare för Per Lundberg (C), §§ 85–86")
        .contains("§ 78 Upprop").contains("§ 79 Val av justerare").contains("§ 80 Fastställande av ärendelistan")
        .contains("utser Karin Björk (M) att jämte ordföranden justera dagens protokoll. Justeringen sker onsdag 1 oktober 2025")
        .contains("Yrkanden").contains("Karin Björk (M): Ändringsyrkande")
        .contains("Beslutsunderlag").contains("Tjänsteskrivelse Sammanträdesplan för socialnämnden 2026")
        .contains("Propositionsordning").contains("Omröstning").contains("6 ja-röster, 5 nej-röster")
        .contains("Karin Björk (M) reserverar sig mot beslutet: Vi reserverar oss")
        .contains("Maria Holmgren (KD) anmäler jäv och deltar inte i handläggningen")
        .contains("Jonas Åström (V) lämnar följande protokollsanteckning")
        .contains("Beslutet skickas till")
        .contains("Sekreterare §§ 78–86").contains("Ordförande §§ 78–86").contains("Justerare §§ 78–86")
        .contains("Datum för justering 2025-10-01").contains("Datum då anslaget sätts upp 2025-10-02")
        .contains("Sista dag för överklagande 2025-10-23").contains("Datum då anslaget tas ned 2025-10-24")
        .contains("Förvaringsplats för protokollet Socialförvaltningen, Stadshuset")
        .contains(Overklagande.RUBRIK).contains("13 kap. 5 §");
  }

  @Test
  void eachParagraphNamesWhoTookPartInTheDecision() {
    ProtokollParagraf upprop = data.punkter().getFirst();
    ProtokollParagraf plan = data.punkter().stream().filter(p -> p.nummer().equals("85")).findFirst().orElseThrow();
    ProtokollParagraf sista = data.punkter().stream().filter(p -> p.nummer().equals("86")).findFirst().orElseThrow();
    assertThat(upprop.behandling().beslutande()).contains("Per Lundberg (C)").doesNotContain("Helena Berglund")
        .doesNotContain("Birgitta Hedlund");
    assertThat(plan.behandling().beslutande()).contains("Birgitta Hedlund (C)", "Helena Berglund (L)")
        .doesNotContain("Per Lundberg");
    assertThat(sista.behandling().beslutande()).doesNotContain("Maria Holmgren");
  }

  @Test
  void theProtokollsutdragCertifiesTheOneParagraphAndValidates() throws Exception {
    List<String> pages = write("protokollsutdrag-2025-09-25-85.pdf",
        ProtokollPdf.utdragBytes(data, "85", Version.LEDAMOT, "2025-10-02"));
    String all = flat(String.join(" ", pages));
    assertThat(pages).allSatisfy(p -> assertThat(p).contains("Justerandes signatur"));
    assertThat(all).contains("Protokollsutdrag").contains("§ 85 Sammanträdesplan för socialnämnden 2026")
        .contains("Omröstning").contains("Reservationer").contains("Utdragsbestyrkande")
        .contains("Utdraget överensstämmer med originalprotokollet").contains("Intygas 2025-10-02")
        .contains("Sara Holm, sekreterare").contains(Overklagande.RUBRIK)
        .doesNotContain("§ 84 ").doesNotContain("Information från ordföranden");
  }

  @Test
  void aPublicUtdragOfAConfidentialParagraphKeepsOnlyTheHarmlessBeslut() throws Exception {
    ProtokollParagraf hemlig = data.punkter().stream().filter(p -> p.nummer().equals("86")).findFirst().orElseThrow();
    assertThat(hemlig.sekretess()).isTrue();
    List<String> pages = write("protokollsutdrag-2025-09-25-86-offentlig.pdf",
        ProtokollPdf.utdragBytes(data, "86", Version.OFFENTLIG, "2025-10-02"));
    String all = flat(String.join(" ", pages));
    assertThat(all).contains(flat(hemlig.beslut())).contains("Beslutet redovisas; övriga uppgifter")
        .doesNotContain(flat(hemlig.sammanfattning())).doesNotContain("Maria Holmgren (KD) anmäler jäv");
    List<String> offentlig = write("protokoll-2025-09-25-offentlig.pdf", ProtokollPdf.bytes(data, Version.OFFENTLIG));
    assertThat(flat(String.join(" ", offentlig))).contains(flat(hemlig.beslut()))
        .doesNotContain(flat(hemlig.sammanfattning())).doesNotContain("anmäler jäv");
  }

  @Test
  void minnesanteckningarHaveNoJusteringAnslagOrSignatureLine() throws Exception {
    ProtokollData d = data;
    ProtokollData minnes = new ProtokollData(d.kommun(), "Socialnämndens arbetsutskott", d.datum(), d.tid(),
        d.plats(), d.paragrafer(), d.beslutande(), d.ersattare(), d.franvarande(), d.ovrigaNarvarande(),
        d.sekreterare(), d.ordforande(), List.of(), "", false, "", "", d.forvaringsplats(), d.punkter(), false,
        d.skapad(), List.of(), "", "", d.tjanstgoringsnot(), true);
    List<String> pages = write("minnesanteckningar.pdf", ProtokollPdf.bytes(minnes, Version.LEDAMOT));
    String all = flat(String.join(" ", pages));
    assertThat(all).contains("Minnesanteckningar").contains("Minnesanteckningarna omfattar §§ 78–86")
        .contains("Ärendelista").contains("§ 85 Sammanträdesplan för socialnämnden 2026")
        .contains("Minnesanteckningarna justeras inte och anslås inte.")
        .doesNotContain("Justerandes signatur").doesNotContain("Anslagsbevis").doesNotContain("Utkast")
        .doesNotContain(Overklagande.RUBRIK);
  }
}
