package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;

class KallelseMapperTest {

  @Test
  void formatsTheMeetingTimeInSwedish() {
    Sammantrade s = new Sammantrade(1, 1, null, LocalDate.of(2025, 10, 23), LocalTime.of(8, 15), "Stadshuset",
        SammantradeStatus.values()[0], 0);
    assertThat(KallelseMapper.tid(s)).isEqualTo("torsdag 23 oktober 2025 kl. 08:15");
    Sammantrade utanTid = new Sammantrade(1, 1, null, LocalDate.of(2026, 1, 5), null, "Stadshuset",
        SammantradeStatus.values()[0], 0);
    assertThat(KallelseMapper.tid(utanTid)).isEqualTo("måndag 5 januari 2026");
  }

  @Test
  void makesTheGenitiveOfANamnd() {
    assertThat(KallelseMapper.genitiv("Socialförvaltningen")).isEqualTo("Socialförvaltningens");
    assertThat(KallelseMapper.genitiv("Socialnämnden")).isEqualTo("Socialnämndens");
    assertThat(KallelseMapper.genitiv("Barn och ungas")).isEqualTo("Barn och ungas");
  }

  @Test
  void splitsRecipientLinesAndDropsListDashes() {
    assertThat(KallelseMapper.lines("- Kommunfullmäktige\n\n  - Socialförvaltningens ledningsgrupp \nIVO"))
        .containsExactly("Kommunfullmäktige", "Socialförvaltningens ledningsgrupp", "IVO");
    assertThat(KallelseMapper.lines(null)).isEmpty();
  }
}
