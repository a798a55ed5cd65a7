package se.namndbok.core.delegationsbeslut;

import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.anmalan.AnmalanFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** Today is 2025-11-03 in the test store. */
class DelegationsbeslutServiceTest {
  private TestStore store;
  private BoardFixture f;
  private AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> service;
  private Sammantrade november;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    f = new BoardFixture(store);
    f.namnd();
    f.mote("2025-10-23", SammantradeStatus.PLANERAT);
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/146", "Digitalt föräldraskapsstöd");
    service = store.core().delegationsbeslut();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private static NyttDelegationsbeslut beslut(String hid, String datum) {
    return new NyttDelegationsbeslut("2025/146", hid, "verksamhetschef/avdelningschef", "3.1",
        LocalDate.parse(datum), "Avtal – SES Family ApS", false);
  }

  @Test
  void registersInTheNextMeetingNotYetHeldAndRegistersTheHandling() {
    Delegationsbeslut b = service.register(beslut("2025.2711", "2025-09-29"));

    assertThat(b.sammantradeId()).isEqualTo(november.id());
    assertThat(b.delegat()).isEqualTo("Verksamhetschef/avdelningschef");
    assertThat(b.handlingsId()).isEqualTo(new HandlingsId(2025, 2711));
    var handlingar = store.core().arenden().handlingar(b.arendeId());
    assertThat(handlingar).singleElement().satisfies(h -> {
      assertThat(h.handlingsId()).isEqualTo(new HandlingsId(2025, 2711));
      assertThat(h.riktning()).isEqualTo(Riktning.UPPRATTAD);
      assertThat(h.rubrik()).isEqualTo("Avtal – SES Family ApS");
    });
  }

  @Test
  void heldMeetingsAreSkippedAndADecisionCanBeMovedBackToNotReported() {
    f.mote("2025-11-01", SammantradeStatus.GENOMFORT);
    Delegationsbeslut b = service.register(new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", null,
        LocalDate.of(2025, 11, 3), "Lex Sarah – bedömning av allvarlighetsgrad", false));
    assertThat(b.sammantradeId()).isEqualTo(november.id());
    service.flytta(b.id(), null);
    assertThat(service.list(AnmalanFilter.ejAnmalda())).extracting(Delegationsbeslut::id)
        .containsExactly(b.id());
  }

  @Test
  void refusesEveryBadFieldAtOnceNamingEach() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> service.register(new NyttDelegationsbeslut("2025-146", "2025/2711", "Rektor", "x".repeat(31),
            LocalDate.of(2025, 11, 4), " ", false)));
    assertThat(e.errors()).extracting(ValidationException.FieldError::field)
        .containsExactlyInAnyOrder("Diarienummer", "Handlingsid", "Delegat", "Beslutsdatum", "Rubrik", "Delegationspunkt");
    assertThat(e.getMessage())
        .contains("Diarienummer: \"2025-146\" är inget diarienummer")
        .contains("Delegat: \"Rektor\" finns inte bland delegaterna (Verksamhetschef/avdelningschef, MAS/MAR/SAS)")
        .contains("Beslutsdatum: får inte vara senare än dagens datum (2025-11-03)")
        .contains("Rubrik: måste fyllas i");
    assertThat(service.list(AnmalanFilter.alla())).isEmpty();
  }

  /** What a form asks when it could not read the date itself: every other field checked, nothing saved. */
  @Test
  void aCheckRefusesAsRegisteringWouldAndSavesNothing() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> service.check(new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", "3.1", null,
            "Anmälan om 19121212-1212", false)));
    assertThat(e.errors()).extracting(ValidationException.FieldError::field)
        .containsExactlyInAnyOrder("Beslutsdatum", "Rubrik");
    assertThat(e.getMessage()).contains("Rubrik: innehåller ett personnummer");

    service.check(beslut("2025.2711", "2025-09-29"));
    assertThat(service.list(AnmalanFilter.alla())).isEmpty();
  }

  @Test
  void refusesAnUnknownArendeAndAHidOfAnotherArende() {
    assertThatThrownBy(() -> service.register(new NyttDelegationsbeslut("2025/999", null, "MAS/MAR/SAS", null,
        LocalDate.of(2025, 10, 1), "Beslut", false)))
        .hasMessage("Diarienummer: 2025/999 finns inte i diariet; registrera ärendet först");
    f.arende("2025/147", "Annat ärende");
    service.register(beslut("2025.2711", "2025-09-29"));
    assertThatThrownBy(() -> service.register(new NyttDelegationsbeslut("2025/147", "2025.2711", "MAS/MAR/SAS", null,
        LocalDate.of(2025, 10, 1), "Beslut", false)))
        .hasMessage("Handlingsid: 2025.2711 hör till ett annat ärende än 2025/147");
    assertThat(service.list(AnmalanFilter.alla())).hasSize(1);
  }

  @Test
  void filtersByMeetingDelegatAndPeriodInReportOrder() {
    Delegationsbeslut late = service.register(beslut(null, "2025-10-07"));
    Delegationsbeslut early = service.register(beslut(null, "2025-09-18"));
    Delegationsbeslut mas = service.register(new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", null,
        LocalDate.of(2025, 9, 17), "Lex Sarah – bedömning av allvarlighetsgrad", false));

    assertThat(service.list(AnmalanFilter.sammantrade(november.id()))).extracting(Delegationsbeslut::id)
        .containsExactly(early.id(), late.id(), mas.id());
    assertThat(service.list(new AnmalanFilter(null, null, null, false, mas.delegatId())))
        .extracting(Delegationsbeslut::id).containsExactly(mas.id());
    assertThat(service.list(new AnmalanFilter(null, LocalDate.of(2025, 9, 18),
        LocalDate.of(2025, 9, 30), false, null))).extracting(Delegationsbeslut::id).containsExactly(early.id());
    assertThat(store.core().kallelse().underlag(november.datum()).delegationsbeslut())
        .extracting(g -> g.beslut().size()).containsExactly(2, 1);
  }

  @Test
  void deleteReturnsTheDecisionAndUndoPutsItBack() {
    Delegationsbeslut b = service.register(beslut("2025.2711", "2025-09-29"));
    Delegationsbeslut deleted = service.delete(b.id());
    assertThat(deleted).isEqualTo(b);
    assertThat(service.list(AnmalanFilter.alla())).isEmpty();

    Delegationsbeslut back = service.aterstall(deleted);
    assertThat(back.id()).isNotEqualTo(b.id());
    assertThat(back).usingRecursiveComparison().ignoringFields("id").isEqualTo(b);
  }

  @Test
  void editingKeepsTheMeetingAndValidatesLikeRegistering() {
    Delegationsbeslut b = service.register(beslut(null, "2025-09-29"));
    Delegationsbeslut changed = service.update(b.id(), b.version(), new NyttDelegationsbeslut("2025/146", "2025.2711", "MAS/MAR/SAS",
        null, LocalDate.of(2025, 9, 30), "Avtal – SES Family ApS (rättat)", true));

    assertThat(changed.sammantradeId()).isEqualTo(b.sammantradeId());
    assertThat(changed.delegat()).isEqualTo("MAS/MAR/SAS");
    assertThat(changed.handlingsId()).isEqualTo(new HandlingsId(2025, 2711));
    assertThat(changed.sekretess()).isTrue();
    assertThat(service.find(b.id())).contains(changed);
    assertThatThrownBy(() -> service.update(b.id(), changed.version(), new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", null,
        null, "x", false))).hasMessage("Beslutsdatum: måste fyllas i");
  }
}
