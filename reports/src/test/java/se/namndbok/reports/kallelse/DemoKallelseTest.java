package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PageNumbers;
import se.namndbok.reports.testing.ReadingOrder;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

/** The kallelse of 2025-10-23 on the demo board, read through core's read model and the mapper. */
class DemoKallelseTest {
  static TestStore store;
  static KallelseData data;

  @TempDir Path dir;

  @BeforeAll
  static void loadDemoBoard() {
    store = TestStore.create();
    store.core().demo().load(se.namndbok.reports.demo.DemoBilagaPdf::of);
    KallelseService kallelser = store.core().kallelse();
    data = KallelseMapper.from(kallelser.underlag(LocalDate.of(2025, 10, 23)),
        kallelser::fil, TestPdfs.CREATED);
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void mapsTheReferenceMeeting() {
    assertThat(data.titel()).isEqualTo("Kallelse Socialnämnden 2025-10-23");
    assertThat(data.tid()).isEqualTo("torsdag 23 oktober 2025 kl. 08:15");
    assertThat(data.punkter()).hasSizeGreaterThanOrEqualTo(19);
    Arendepunkt forsta = data.punkter().getFirst();
    assertThat(forsta.punkt()).isEqualTo("1");
    assertThat(forsta.arendenrMedKlassificering()).isEqualTo("2025/31-3.9.0.2");
    assertThat(forsta.forslagRubrik()).isEqualTo("Socialförvaltningens förslag till beslut");
    assertThat(data.punkter()).anySatisfy(p -> assertThat(p.meddelanden()).isNotEmpty());
    assertThat(data.punkter()).anySatisfy(p -> assertThat(p.delegationsbeslut()).isNotEmpty());
    assertThat(data.punkter()).anySatisfy(p -> assertThat(p.sekretess()).isTrue());
    assertThat(data.ledamoter()).anySatisfy(l -> assertThat(l.roll()).isEqualTo("Ordförande"));
  }

  @Test
  void firstPageIsLaidOutAsASwedishKallelseAndTheContentsStartsOnPageTwo() throws Exception {
    Path out = dir.resolve("forsta.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    String first = pages.getFirst();

    assertThat(first).contains("Datum 2025-10-16", "Tid torsdag 23 oktober 2025 kl. 08:15",
        "Ordförande Annika Lindqvist (S), 0920-45 30 01, annika.lindqvist@lulea.se",
        "Sekreterare Anna Berg, nämndsekreterare, 0920-45 30 12, anna.berg@lulea.se",
        "Förhinder anmäls till Anna Berg, 0920-45 30 12, socialnamnden@lulea.se.", "Upprop", "Val av justerare",
        "Förslag Karin Björk (M) och Mikael Öhman (S)", "Justering torsdag 30 oktober 2025, Socialförvaltningen")
        .containsOnlyOnce("Ledamöter").containsOnlyOnce("Ersättare");
    String ledamoter = first.substring(first.indexOf("Ledamöter"), first.indexOf("Ersättare"));
    String ersattare = first.substring(first.indexOf("Ersättare"), first.indexOf("Upprop"));
    assertInPartyOrder(ledamoter, data.ledamoter().stream().filter(l -> !l.ersattare()).toList());
    assertInPartyOrder(ersattare, data.ledamoter().stream().filter(Ledamot::ersattare).toList());
    assertThat(data.forstasida().logo()).as("the demo nämnd's logo").isNotNull();
    List<String> page2 = pages.get(1).lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("Socialnämnden 2025-10-23 · ") && !l.startsWith("Sida "))
        .toList();
    assertThat(page2.getFirst()).as("page 2 without running header and footer").isEqualTo("Innehållsförteckning");
  }

  /** Every member named in {@code text}, the parties in the demo nämnd's order S, M, SD, V, C, KD, L, MP. */
  private static void assertInPartyOrder(String text, List<Ledamot> members) {
    List<String> order = List.of("S", "M", "SD", "V", "C", "KD", "L", "MP");
    List<Ledamot> expected = members.stream()
        .sorted(java.util.Comparator.comparingInt(m -> order.indexOf(m.parti()))).toList();
    int at = -1;
    for (Ledamot m : expected) {
      int found = text.indexOf(m.namn() + " (" + m.parti() + ")");
      assertThat(found).as("%s after the one before it in party order", m.namn()).isGreaterThan(at);
      at = found;
    }
  }

  @Test
  void everyPageHasOneNumberInsideThePrintableAreaAndAttachmentsStayClearOfIt() throws Exception {
    Path out = dir.resolve("stamp.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);

    List<PageNumbers.Page> pages = PageNumbers.read(Files.readAllBytes(out), 54f);
    assertThat(pages).hasSizeGreaterThan(60);
    for (PageNumbers.Page page : pages) {
      assertThat(page.count()).as("page %d: its number printed once", page.number()).isEqualTo(1);
      assertThat(page.insidePrintableArea()).as("page %d: number at %s", page.number(), page).isTrue();
      assertThat(page.baseline()).as("page %d: in the same place as on every page", page.number())
          .isCloseTo(40f, org.assertj.core.data.Offset.offset(1f));
      assertThat(page.belowBand()).as("page %d: nothing else in the band", page.number()).isEmpty();
    }
  }

  @Test
  void readingOrderIsPageOrderAndEachAttachmentIsReadWithinItsPunkt() throws Exception {
    for (Version version : Version.values()) {
      Path out = dir.resolve("ordning-" + version + ".pdf");
      KallelsePdf.write(data, version, out, Progress.NONE);
      KallelseData printed = version == Version.OFFENTLIG ? Offentliggorande.apply(data) : data;
      ReadingOrder order = ReadingOrder.read(Files.readAllBytes(out));

      assertThat(order.firstDisorder()).as(version + ": reading order against page order").isNull();
      se.namndbok.reports.testing.Contents contents = se.namndbok.reports.testing.Contents.read(out, 1, 3);
      List<ReadingOrder.Section> sects = order.sections.stream().filter(s -> s.type().equals("Sect")).toList();
      assertThat(sects).hasSameSizeAs(printed.punkter());
      for (int i = 0; i < sects.size(); i++) {
        Arendepunkt p = printed.punkter().get(i);
        var range = contents.range(p.punkt(), p.arendenr());
        assertThat(sects.get(i)).as("%s punkt %s with its attachments", version, p.punkt())
            .isEqualTo(new ReadingOrder.Section("Sect", range.first(), range.last()));
      }
    }
  }

  @Test
  void memberAndPublicVersionAreTrueToTheirContentsAndValidate() throws Exception {
    for (Version version : Version.values()) {
      Path out = dir.resolve(version + ".pdf");
      ExportResult result = KallelsePdf.write(data, version, out, Progress.NONE);
      KallelseData printed = version == Version.OFFENTLIG ? Offentliggorande.apply(data) : data;
      KallelsePdfTest.assertContentsTrue(printed, out);
      assertThat(result.pdfA()).isTrue();
      byte[] pdf = Files.readAllBytes(out);
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(version + " PDF/A-2b").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(version + " PDF/UA-1").isEmpty();
    }
  }

  @Test
  void publicVersionPrintsEachWithheldThingsOwnGroundAndNothingOfIt() throws Exception {
    Path out = dir.resolve("grunder.pdf");
    KallelsePdf.write(data, Version.OFFENTLIG, out, Progress.NONE);
    String all = String.join(" ", PdfPages.text(out)).replaceAll("\\s+", " ");
    String members = String.join(" ", PdfPages.text(KallelseDemo.write(data, Version.LEDAMOT, dir)))
        .replaceAll("\\s+", " ");

    assertThat(all).contains("Ärendet omfattas av sekretess enligt 25 kap. 1 § offentlighets- och sekretesslagen")
        .contains("Ärendet omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen")
        .contains("Uppgift omfattas av sekretess (26 kap. 1 § OSL)")
        .contains("Uppgift omfattas av sekretess (25 kap. 1 § OSL)");
    for (String secret : List.of("Klagomål gällande handläggning", "tillsynsärende gällande en enskild",
        "Sunderby sjukhus", "omedelbart omhändertagande enligt 6 § LVU av en pojke", "Protokollsutdrag socialnämndens enskilda",
        "Fastställelse av omedelbart", "jourhemmet", "höftfraktur", "Sammanställning av anmälningar enligt lex Maria", "Händelseanalys")) {
      assertThat(members).as("the members' version has %s", secret).contains(secret);
      assertThat(all).as("the public version withholds %s", secret).doesNotContain(secret);
    }
    assertThat(all).as("the public rows of the list stay").contains("Hjälpmedelsnämndens protokoll 2025-09-23")
        .contains("Lex Sarah – bedömning av allvarlighetsgrad");
  }

  @Test
  void publicVersionPrintsNothingOfConfidentialItemsBeyondPunktRubrikAndArendenr() throws Exception {
    Path out = dir.resolve("offentlig.pdf");
    KallelsePdf.write(data, Version.OFFENTLIG, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    se.namndbok.reports.testing.Contents contents = se.namndbok.reports.testing.Contents.read(out, 1, 3);
    List<Arendepunkt> hemliga = data.punkter().stream().filter(Arendepunkt::sekretess).toList();
    assertThat(hemliga).isNotEmpty();
    for (Arendepunkt p : hemliga) {
      var range = contents.range(p.punkt(), p.arendenr());
      assertThat(range.last()).isEqualTo(range.first());
      String rest = pages.get(range.first() - 1).replace("\n", " ").replaceAll(" +", " ")
          .replace("Punkt " + p.punkt(), "").replace(se.namndbok.reports.layout.Typografi.printed(p.rubrik()), "")
          .replace("Ärendenr " + p.arendenrMedKlassificering(), "")
          .replace(se.namndbok.reports.layout.Typografi.printed(p.sekretessgrund().arende()), "")
          .replace("Socialnämnden 2025-10-23 · Kallelse (offentlig version)", "")
          .replace("Sida " + range.first() + " av " + pages.size(), "");
      assertThat(rest.strip()).as("punkt %s page %d", p.punkt(), range.first()).isEmpty();
    }
  }

  /** Writing the demo kallelse to a file in {@code dir}. */
  private static final class KallelseDemo {
    static Path write(KallelseData data, Version version, Path dir) {
      Path out = dir.resolve("demo-" + version + ".pdf");
      KallelsePdf.write(data, version, out, Progress.NONE);
      return out;
    }
  }
}
