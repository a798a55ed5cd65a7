package se.namndbok.core.protokoll;

import se.namndbok.core.testing.Versioner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/**
 * For generated years of meetings (random item counts, an optional first § on the year's first meeting, items
 * moved in the draft): once every meeting is justerat in date order, the year's § run without gap or repeat from
 * the first §, each meeting's § follow its final agenda order, and every year starts anew.
 */
class ParagrafNumreringPropertyTest {
  private static final int YEARS = 40;

  private TestStore store;
  private BoardFixture fixture;
  private ProtokollService service;
  private ArendelistaService lista;
  private Ledamot ledamot;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    fixture = new BoardFixture(store);
    fixture.namnd();
    service = store.core().protokoll();
    lista = store.core().arendelista();
    LedamotService l = store.core().ledamoter();
    ledamot = l.add("Annika", "Lindqvist", "S");
    l.addUppdrag(ledamot.id(), null, UppdragTyp.ORDINARIE, Roll.ORDFORANDE, 1, LocalDate.of(2000, 1, 1),
        LocalDate.of(2199, 12, 31));
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void paragraphsOfAYearRunWithoutGapsInMeetingAndAgendaOrder() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int y = 0; y < YEARS; y++) {
      int year = 2030 + y;
      Integer forsta = random.nextBoolean() ? 1 + random.nextInt(200) : null;
      List<Integer> all = new ArrayList<>();
      int meetings = 1 + random.nextInt(4);
      for (int m = 0; m < meetings; m++) {
        Sammantrade s = fixture.mote(LocalDate.of(year, 1 + m * 3, 1 + random.nextInt(28)).toString(),
            SammantradeStatus.GENOMFORT);
        List<Long> finalOrder = draft(s, random, m == 0 ? forsta : null);
        service.justera(s.id());
        List<ProtokollPunkt> punkter = service.underlag(s.id()).punkter();
        assertThat(punkter).as("seed %d year %d", seed, year).extracting(p -> p.punkt().id())
            .containsExactlyElementsOf(finalOrder);
        punkter.forEach(p -> all.add(p.nummer()));
      }
      int start = forsta == null ? 1 : forsta;
      assertThat(all).as("seed %d year %d", seed, year)
          .containsExactlyElementsOf(IntStream.range(start, start + all.size()).boxed().toList());
    }
  }

  /** Adds items, records the protokoll, numbers, moves one item and numbers again; returns the agenda's order. */
  private List<Long> draft(Sammantrade s, Random random, Integer forsta) {
    int items = 1 + random.nextInt(6);
    for (int i = 0; i < items; i++) {
      Arendepunkt p = lista.add(s.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Punkt " + i,
          ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
      service.sattBeslut(p.id(), Versioner.paragraf(store.core(), p.id()), "Beslut " + i, null);
    }
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), new ProtokollUppgifter("Sara Holm", ledamot.id(), null, s.datum().plusDays(3), "Stadshuset",
        null, forsta));
    service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ledamot.id())));
    service.numrera(s.id());
    List<Arendepunkt> punkter = lista.punkter(s.id());
    lista.moveTo(punkter.get(random.nextInt(items)).id(), random.nextInt(items));
    return lista.punkter(s.id()).stream().map(Arendepunkt::id).toList();
  }
}
