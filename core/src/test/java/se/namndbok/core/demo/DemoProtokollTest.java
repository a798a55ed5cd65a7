package se.namndbok.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.protokoll.ProtokollStatus;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.testing.TestStore;

/** The demo board's held meeting of 2025-09-25 has a recorded, justerat and posted protokoll. */
class DemoProtokollTest {
  private static TestStore store;
  private static ProtokollUnderlag u;

  @BeforeAll
  static void loadDemo() {
    store = TestStore.create();
    store.loadDemo();
    u = store.core().protokoll().underlag(LocalDate.of(2025, 9, 25));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static long id(String namn) {
    return u.platser().stream().map(p -> p.ledamot()).filter(l -> l.namn().equals(namn)).mapToLong(Ledamot::id)
        .findFirst().orElseThrow();
  }

  @Test
  void isJusteratAndPostedWithTheAppealPeriodComputed() {
    assertThat(u.protokoll().status()).isEqualTo(ProtokollStatus.JUSTERAT);
    assertThat(u.protokoll().justeringsdatum()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(u.protokoll().anslagsdatum()).isEqualTo(LocalDate.of(2025, 10, 2));
    assertThat(u.protokoll().sistaDag()).contains(LocalDate.of(2025, 10, 23));
    assertThat(u.protokoll().anslagNedtagning()).contains(LocalDate.of(2025, 10, 24));
    assertThat(u.protokoll().forvaringsplats()).contains("Socialförvaltningen");
    assertThat(u.ledamot(u.protokoll().justerare1Id()).map(Ledamot::namn)).contains("Karin Björk");
  }

  @Test
  void everyItemHasItsParagraphAndBeslutInOrder() {
    assertThat(u.punkter()).extracting(ProtokollPunkt::nummer).containsExactly(81, 82, 83, 84, 85, 86);
    assertThat(u.punkter()).allSatisfy(p -> assertThat(p.paragraf().beslut()).startsWith("Socialnämnden beslutar"));
    assertThat(u.punkter().getLast().sekretess()).isTrue();
  }

  @Test
  void opensWithUppropJusterareAndArendelistanAndRecordsTheTimes() {
    assertThat(u.inledandeParagrafer()).containsExactly(78, 79, 80);
    assertThat(u.protokoll().starttid()).isEqualTo(LocalTime.of(8, 15));
    assertThat(u.protokoll().sluttid()).isEqualTo(LocalTime.of(11, 5));
    assertThat(u.protokoll().ajourneringar()).isEqualTo("09:40–09:50");
  }

  @Test
  void theSammantradesplanWasVotedOnWithReservationsAndTheLastParagraphHasJav() {
    var plan = u.punkter().get(4).behandling();
    assertThat(plan.yrkanden()).extracting(y -> y.ledamotId()).containsExactly(id("Karin Björk"), id("Annika Lindqvist"));
    assertThat(plan.omrostning().antal(se.namndbok.core.protokoll.Behandling.Rostval.JA)).isEqualTo(6);
    assertThat(plan.omrostning().antal(se.namndbok.core.protokoll.Behandling.Rostval.NEJ)).isEqualTo(5);
    assertThat(plan.reservationer()).hasSize(2);
    assertThat(plan.propositionsordning()).contains("Votering begärs");
    assertThat(u.punkter().get(3).behandling().anteckningar()).hasSize(1);
    assertThat(u.punkter().getLast().behandling().jav()).containsExactly(id("Maria Holmgren"));
    assertThat(u.beslutande(86, u.punkter().getLast().behandling().jav())).extracting(p -> p.ledamot().namn())
        .doesNotContain("Maria Holmgren", "Per Lundberg").contains("Birgitta Hedlund");
    assertThat(u.beslutande(79, java.util.List.of())).extracting(p -> p.ledamot().namn())
        .contains("Per Lundberg").doesNotContain("Helena Berglund", "Birgitta Hedlund");
  }

  @Test
  void ersattareServeForTheAbsentMembers() {
    assertThat(u.narvaro(id("Erik Nilsson"))).contains(Narvaro.tjanstgor(id("Erik Nilsson"), id("Mikael Öhman")));
    assertThat(u.narvaro(id("Mikael Öhman")).orElseThrow().narvarande()).isFalse();
    assertThat(u.narvaro(id("Per Lundberg")).orElseThrow().lamnade()).isEqualTo(LocalTime.of(10, 30));
    assertThat(u.narvaro(id("Per Lundberg")).orElseThrow().tillParagraf()).isEqualTo(84);
    assertThat(u.narvaro(id("Birgitta Hedlund")).orElseThrow().tjanstgorFor()).isEqualTo(id("Per Lundberg"));
    assertThat(u.narvaro(id("Birgitta Hedlund")).orElseThrow().franParagraf()).isEqualTo(85);
  }
}
