package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;

/**
 * What the public kallelse says in place of a withheld item: a punkt marked confidential on its own while its
 * ärende is public in the diarium is told as the punkt being confidential, not the ärende; an item of a
 * confidential ärende keeps "Ärendet omfattas av sekretess".
 */
class SekretessbelagdPunktTest {
  private static final String PUNKTEN = "Punkten omfattas av sekretess enligt 26 kap. 1 § offentlighets- och "
      + "sekretesslagen (2009:400).";
  private static final String ARENDET = "Ärendet omfattas av sekretess enligt 26 kap. 1 § offentlighets- och "
      + "sekretesslagen (2009:400).";
  private TestStore store;
  private Sammantrade mote;

  @BeforeEach
  void meetingWithAPunktMarkedOnItsOwnAndOneOfAConfidentialArende() {
    store = TestStore.create();
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    mote = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    Arende publikt = f.arende("2025/1186", "Remiss om hemtjänstens nattpatrull");
    Arende hemligt = store.core().arenden().register(new NyttArende(Diarienummer.parse("2025/1256"), null,
        "Vård enligt LVU", null, true, LocalDate.of(2025, 9, 1)));
    var lista = store.core().arendelista();
    lista.add(mote.id(), ArendepunktInnehall.arende(publikt.id(), "Remissvar om nattpatrullen",
        ForslagAv.FORVALTNINGEN, PunktTexter.INGA).withSekretess(Sekretess.under(null)));
    lista.add(mote.id(), ArendepunktInnehall.arende(hemligt.id(), "Uppföljning av vård enligt LVU",
        ForslagAv.FORVALTNINGEN, PunktTexter.INGA));
    lista.add(mote.id(), ArendepunktInnehall.arende(hemligt.id(), "Placering enligt LVU",
        ForslagAv.FORVALTNINGEN, PunktTexter.INGA).withSekretess(Sekretess.under(null)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aPunktMarkedOnItsOwnIsToldAsThePunktNotTheArende() throws Exception {
    KallelseService kallelser = store.core().kallelse();
    KallelseData data = KallelseMapper.from(kallelser.underlag(mote.datum()), kallelser::fil, TestPdfs.CREATED);
    assertThat(data.punkter()).extracting(Arendepunkt::rubrik, Arendepunkt::egenSekretess).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Remissvar om nattpatrullen", true),
        org.assertj.core.groups.Tuple.tuple("Uppföljning av vård enligt LVU", false),
        org.assertj.core.groups.Tuple.tuple("Placering enligt LVU", false));

    List<String> pages = PdfPages.text(KallelsePdf.bytes(data, Version.OFFENTLIG)).stream()
        .map(p -> p.replaceAll("\\s+", " ")).toList();
    assertThat(page(pages, "Remissvar om nattpatrullen")).contains(PUNKTEN).doesNotContain("Ärendet omfattas");
    assertThat(page(pages, "Uppföljning av vård enligt LVU")).contains(ARENDET).doesNotContain("Punkten omfattas");
    assertThat(page(pages, "Placering enligt LVU")).contains(ARENDET).doesNotContain("Punkten omfattas");
  }

  /** The item's own page: the last page naming the rubrik (the contents names it first). */
  private static String page(List<String> pages, String rubrik) {
    return pages.stream().filter(p -> p.contains(rubrik)).reduce((a, b) -> b).orElseThrow();
  }
}
