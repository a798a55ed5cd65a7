package se.namndbok.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import se.namndbok.core.sekretess.Sekretessgrund;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.kallelse.KallelsePunkt;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.kallelse.UnderlagRad;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

/** The demo board against the reference kallelse 003 (one store loaded once for all checks). */
class DemoBoardTest {
  private static TestStore store;
  private static DemoResultat resultat;
  private static KallelseUnderlag kallelse;

  @BeforeAll
  static void loadDemo() {
    store = TestStore.create();
    resultat = store.loadDemo();
    kallelse = store.core().kallelse().underlag(LocalDate.of(2025, 10, 23));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theMeetingIsTheReferenceMeeting() {
    assertThat(kallelse.namnd().namn()).isEqualTo("Socialnämnden");
    assertThat(kallelse.namnd().kommun()).isEqualTo("Luleå kommun");
    assertThat(kallelse.namnd().forvaltning()).isEqualTo("Socialförvaltningen");
    assertThat(kallelse.sammantrade().tid()).isEqualTo(LocalTime.of(8, 15));
    assertThat(kallelse.sammantrade().plats()).isEqualTo("Stadshuset, Sessionssalen, våning 1");
    assertThat(kallelse.sammantrade().status()).isEqualTo(SammantradeStatus.PLANERAT);
    assertThat(kallelse.utskott()).isNull();
    assertThat(resultat.sammantrade()).isEqualTo(kallelse.sammantrade());
  }

  @Test
  void has19ItemsInReferenceOrderWithTheirArendenummer() {
    assertThat(kallelse.punkter()).extracting(KallelsePunkt::nummer)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    assertThat(kallelse.punkter()).extracting(p -> p.arendenummer().toString()).containsExactly(
        "2025/31-3.9.0.2", "2025/32-3.9.0.1", "2025/1184-3.9.0.1", "2025/1185-3.9.0.1", "2025/1130-1.1.1.7",
        "2025/1129-1.1.1.7", "2025/925-2.4.3.1", "2025/1064-3.9.5.2", "2025/1063-3.9.6.2", "2025/1104-3.9.0.1",
        "2025/1149-3.9.0.1", "2025/346-3.9.0.1", "2025/347-3.9.0.2", "2025/1058-3.9.0.1", "2025/1186-3.9.0.1",
        "2025/1000", "2025/1056", "2025/1207", "2025/1232");
    assertThat(kallelse.punkter().get(0).punkt().rubrik()).isEqualTo("Information från ordföranden 2025");
    assertThat(kallelse.punkter().get(6).punkt().rubrik()).startsWith("Ansökan om statsbidrag för 2026");
    assertThat(kallelse.punkter().get(18).punkt().rubrik())
        .isEqualTo("Information - rapportering om enskilda ärenden enligt lex Maria");
  }

  @Test
  void itemTypesAndAuthorsFollowTheReference() {
    List<KallelsePunkt> p = kallelse.punkter();
    assertThat(p.get(4).punkt().typ()).isEqualTo(ArendepunktTyp.MEDDELANDEN);
    assertThat(p.get(5).punkt().typ()).isEqualTo(ArendepunktTyp.DELEGATIONSBESLUT);
    assertThat(p.get(7).punkt().innehall().statistik().lag()).isEqualTo("SoL");
    assertThat(p.get(8).punkt().innehall().statistik().lag()).isEqualTo("LSS");
    assertThat(p.get(8).punkt().innehall().statistik().kvartal()).isEqualTo("2025Q2");
    for (int i = 0; i < 19; i++) {
      ForslagAv expected = i >= 6 && i <= 10 ? ForslagAv.ARBETSUTSKOTTET : ForslagAv.FORVALTNINGEN;
      assertThat(p.get(i).punkt().innehall().forslagAv()).as("punkt %d", i + 1).isEqualTo(expected);
      assertThat(p.get(i).punkt().innehall().texter().forslag()).as("punkt %d", i + 1).startsWith("Socialnämnden beslutar");
    }
  }

  @Test
  void onlyItems16To19AreConfidential() {
    assertThat(kallelse.punkter()).filteredOn(KallelsePunkt::sekretess).extracting(KallelsePunkt::nummer)
        .containsExactly(16, 17, 18, 19);
    assertThat(kallelse.punkter().subList(15, 19)).allSatisfy(p -> {
      assertThat(p.punkt().sekretess()).isTrue();
      assertThat(p.arende().sekretess()).isTrue();
      assertThat(p.punkt().innehall().texter().sammanfattning()).isNotBlank();
    });
  }

  @Test
  void confidentialThingsFollowTheirArendeUnderItsGroundUnlessMarkedOtherwise() {
    KallelsePunkt lexSarah = kallelse.punkter().get(17);
    KallelsePunkt lexMaria = kallelse.punkter().get(18);
    assertThat(kallelse.sekretess(lexSarah)).map(Sekretessgrund::kod).contains("OSL 26:1");
    assertThat(kallelse.sekretess(lexMaria)).map(Sekretessgrund::kod).contains("OSL 25:1");
    assertThat(lexMaria.beslutsunderlag()).extracting(UnderlagRad::handling).singleElement().satisfies(h -> {
      assertThat(h.sekretess()).as("the handling is not marked itself").isFalse();
      assertThat(kallelse.sekretess(h)).map(Sekretessgrund::kod).as("it follows the ärende").contains("OSL 25:1");
    });
    Map<String, String> rader = new java.util.HashMap<>();
    kallelse.meddelanden().forEach(m -> rader.put(m.handlingsId().toString(),
        kallelse.sekretess(m).map(Sekretessgrund::kod).orElse("offentlig")));
    assertThat(rader).containsEntry("2025.2860", "OSL 26:1").containsEntry("2025.2890", "OSL 26:1")
        .containsEntry("2025.2891", "OSL 25:1").containsEntry("2025.2708", "offentlig");
    Delegationsbeslut lvu = kallelse.delegationsbeslut().getFirst().beslut().get(1);
    assertThat(lvu.sekretess()).isFalse();
    assertThat(kallelse.sekretess(lvu)).map(Sekretessgrund::kod).contains("OSL 26:1");
  }

  @Test
  void theElevenMeddelandenOfItem5InReferenceOrderAmongThreeConfidentialOnes() {
    List<Meddelande> m = kallelse.punkter().get(4).meddelanden();
    assertThat(m).hasSize(14);
    assertThat(m).extracting(x -> x.handlingsId().toString()).containsExactly("2025.2708", "2025.2768", "2025.2784",
        "2025.2785", "2025.2796", "2025.2800", "2025.2858", "2025.2860", "2025.2877", "2025.2878", "2025.2883",
        "2025.2884", "2025.2890", "2025.2891");
    m = m.stream().filter(x -> kallelse.sekretess(x).isEmpty()).toList();
    assertThat(m).hasSize(11);
    assertThat(m.get(2).avsandareRad()).isEqualTo("Kommunfullmäktige 2025-09-22 § 159");
    assertThat(m.get(5).diarienummer().toString()).isEqualTo("2024/1314");
    assertThat(m.get(10).amne())
        .isEqualTo("Beslut - Undantag för jourtjänstgörande personal gällande arbetstid/dygnsvila inom stödboende");
    assertThat(kallelse.punkter().get(5).meddelanden()).isEmpty();
  }

  @Test
  void theDelegationsbeslutOfItem6GroupedByDelegatInReferenceOrder() {
    List<DelegatGrupp> g = kallelse.punkter().get(5).delegationsbeslut();
    assertThat(g).extracting(x -> x.delegat().namn())
        .containsExactly("Socialnämndens enskilda utskott", "Verksamhetschef/avdelningschef", "MAS/MAR/SAS");
    assertThat(g.get(0).beslut()).extracting(b -> b.handlingsId().toString()).containsExactly("2025.2717",
        "2025.2869");
    assertThat(g.get(1).beslut()).extracting(b -> b.handlingsId().toString())
        .containsExactly("2025.2710", "2025.2711", "2025.2802", "2025.2823");
    assertThat(g.get(2).beslut()).extracting(b -> b.handlingsId().toString()).containsExactly("2025.2640",
        "2025.2674", "2025.2718", "2025.2720", "2025.2721", "2025.2727", "2025.2728", "2025.2755", "2025.2772",
        "2025.2799", "2025.2840", "2025.2866", "2025.2864");
    Delegationsbeslut first = g.get(1).beslut().getFirst();
    assertThat(first.diarienummer().toString()).isEqualTo("2025/146");
    assertThat(first.rubrik()).isEqualTo("Upphandling – App för digitalt föräldraskapsstöd");
    assertThat(first.beslutsdatum()).isEqualTo(LocalDate.of(2025, 9, 18));
    assertThat(g.stream().flatMap(x -> x.beslut().stream())).noneMatch(Delegationsbeslut::sekretess);
    assertThat(kallelse.punkter().get(5).punkt().innehall().texter().ovrigaBeslut())
        .contains("Inga avslagsbeslut för september 2025").contains("- Fullmakt, nr 33–40 2025 (bilaga 5)");
  }

  @Test
  void beslutsunderlagCarryHidAndTextLines() {
    List<UnderlagRad> item7 = kallelse.punkter().get(6).beslutsunderlag();
    assertThat(item7).extracting(r -> r.handling().handlingsId().toString())
        .containsExactly("2025.2790", "2025.2789", "2025.2842");
    assertThat(item7.getFirst().rubrik()).isEqualTo("Anvisningar om statsbidrag till kommuner för beredskapsåtgärder");
    assertThat(item7.getFirst().handling().arendeId()).isEqualTo(kallelse.punkter().get(6).arende().id());
    UnderlagRad item4 = kallelse.punkter().get(3).beslutsunderlag().getFirst();
    assertThat(item4.handling()).isNull();
    assertThat(item4.text()).isEqualTo("Månadsrapport september 2025 (skickas ut innan sammanträdet).");
    assertThat(kallelse.punkter().get(3).punkt().innehall().texter().skickasTill())
        .isEqualTo("Socialförvaltningens ledningsgrupp");
    assertThat(kallelse.punkter().get(9).punkt().innehall().texter().beskrivning())
        .contains("Fördelningen sker på olika sätt");
  }

  @Test
  void membersAreElevenOrdinarieThenElevenErsattareWithThePresidiumFirst() {
    assertThat(kallelse.ledamoter()).hasSize(22);
    assertThat(kallelse.ledamoter().subList(0, 11)).allMatch(p -> p.uppdrag().typ() == UppdragTyp.ORDINARIE);
    assertThat(kallelse.ledamoter().subList(11, 22)).allMatch(p -> p.uppdrag().typ() == UppdragTyp.ERSATTARE);
    assertThat(kallelse.ledamoter().subList(0, 3)).extracting(p -> p.uppdrag().roll())
        .containsExactly(Roll.ORDFORANDE, Roll.FORSTE_VICE_ORDFORANDE, Roll.ANDRE_VICE_ORDFORANDE);
    assertThat(kallelse.ledamoter()).extracting(p -> p.ledamot().parti()).contains("S", "M", "C", "V", "KD", "L", "MP", "SD");
  }

  @Test
  void attachmentsToGenerateAreListedForItems4_7_11_14_16And19() {
    assertThat(resultat.bilagor()).extracting(DemoBilaga::punkt).containsExactly(4, 7, 7, 11, 11, 14, 14, 16, 19);
    DemoBilaga manadsrapport = resultat.bilagor().getFirst();
    assertThat(manadsrapport.handlingId()).isNull();
    assertThat(manadsrapport.rubrik()).isEqualTo("Månadsrapport september 2025");
  }

  @Test
  void eachGeneratedFileIsLinkedAsBilaga() {
    KallelseUnderlag k = store.core().kallelse().underlag(resultat.sammantrade().id());
    assertThat(k.punkter().get(10).bilagor()).hasSize(2).first().satisfies(h -> {
      assertThat(h.handlingsId().toString()).isEqualTo("2025.2795");
      assertThat(h.fil().namn()).isEqualTo("Projektdirektiv-arbetsmiljosatsning.pdf");
      assertThat(store.db().files().get(h.fil().sha256())).isEqualTo("%PDF-1.7 Projektdirektiv-arbetsmiljosatsning.pdf".getBytes());
    });
    assertThat(k.punkter().get(3).bilagor()).singleElement()
        .satisfies(h -> assertThat(h.rubrik()).isEqualTo("Månadsrapport september 2025"));
  }

  @Test
  void otherMeetingsMakeTheListsRealistic() {
    var all = store.core().sammantraden().all();
    assertThat(all).extracting(s -> s.datum().toString())
        .containsExactly("2025-11-20", "2025-10-23", "2025-10-09", "2025-09-25");
    assertThat(all.get(3).status()).isEqualTo(SammantradeStatus.JUSTERAT);
    assertThat(all.get(2).utskottId()).isNotNull();
  }

  @Test
  void refusesAStoreThatHasData() {
    assertThat(store.core().namnd().isEmpty()).isFalse();
    int before = store.core().arenden().count();
    assertThatThrownBy(() -> store.loadDemo())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("demonämnden kan bara laddas i ett tomt datalager");
    assertThat(store.core().arenden().count()).isEqualTo(before);
  }
}
