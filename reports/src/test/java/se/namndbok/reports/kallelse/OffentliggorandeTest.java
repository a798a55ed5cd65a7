package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.meddelanden.MeddelandeRad;
import se.namndbok.reports.sekretess.Sekretess;

class OffentliggorandeTest {
  private static final KallelseData DATA = ReferensKallelse.data();

  @Test
  void confidentialItemKeepsOnlyPunktRubrikAndArendenr() {
    Arendepunkt hemlig = ReferensKallelse.hemlig("16", "Meddelanden från enskilda utskottet", "2025/1000");
    Arendepunkt offentlig = Offentliggorande.apply(hemlig);
    assertThat(offentlig.punkt()).isEqualTo("16");
    assertThat(offentlig.rubrik()).isEqualTo("Meddelanden från enskilda utskottet");
    assertThat(offentlig.arendenrMedKlassificering()).isEqualTo("2025/1000-3.9.0.1");
    assertThat(offentlig.sekretess()).isTrue();
    assertThat(List.of(offentlig.forslag(), offentlig.forslagRubrik(), offentlig.sammanfattning(),
        offentlig.beskrivning(), offentlig.dialog())).allMatch(String::isEmpty);
    assertThat(offentlig.beslutsunderlag()).isEmpty();
    assertThat(offentlig.skickasTill()).isEmpty();
    assertThat(offentlig.bilagor()).isEmpty();
    assertThat(offentlig.meddelanden()).isEmpty();
    assertThat(offentlig.delegationsbeslut()).isEmpty();
  }

  @Test
  void confidentialRowsInPublicItemsLoseTheirSubjectButKeepTheirNumbers() {
    KallelseData offentlig = Offentliggorande.apply(DATA);
    MeddelandeRad ivo = offentlig.punkter().get(4).meddelanden().getLast();
    assertThat(ivo.amne()).isEqualTo(se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.rad());
    assertThat(ivo.hid()).isEqualTo("2025.2890");
    DelegationsbeslutRad utskottet = offentlig.punkter().get(5).delegationsbeslut().getFirst();
    assertThat(utskottet.rubrik()).isEqualTo(se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.rad());
    assertThat(utskottet.arendenr()).isEqualTo("2024/1479");
    assertThat(offentlig.punkter().get(5).delegationsbeslut().get(1).rubrik())
        .isEqualTo("Upphandling – App för digitalt föräldraskapsstöd");
  }

  @Test
  void confidentialHandlingsInPublicItemsAreLeftOut() {
    Arendepunkt punkt = Arendepunkt.builder("3", "Offentligt ärende", "2025/5")
        .beslutsunderlagRader(List.of(Underlag.offentligt("Tjänsteskrivelse, SOC Hid: 2025.1"),
            new Underlag("Utredning om Kalle Andersson, SOC Hid: 2025.2", true)))
        .bilaga(new Bilaga("offentlig.pdf", new byte[] {1}, null))
        .bilaga(new Bilaga("utredning.pdf", new byte[] {2}, null, true))
        .build();
    Arendepunkt offentlig = Offentliggorande.apply(punkt);
    assertThat(offentlig.beslutsunderlag()).extracting(Underlag::text)
        .containsExactly("Tjänsteskrivelse, SOC Hid: 2025.1", se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.rad());
    assertThat(offentlig.bilagor()).extracting(Bilaga::filnamn).containsExactly("offentlig.pdf");
  }

  @Test
  void publicItemsKeepTheirTextsAndAttachments() {
    KallelseData offentlig = Offentliggorande.apply(DATA);
    assertThat(offentlig.offentlig()).isTrue();
    assertThat(offentlig.titel()).isEqualTo("Kallelse Socialnämnden 2025-10-23 (offentlig version)");
    Arendepunkt statsbidrag = offentlig.punkter().get(6);
    assertThat(statsbidrag).usingRecursiveComparison().isEqualTo(DATA.punkter().get(6));
    assertThat(offentlig.punkter()).hasSameSizeAs(DATA.punkter());
    assertThat(offentlig.ledamoter()).isEqualTo(DATA.ledamoter());
  }
}
