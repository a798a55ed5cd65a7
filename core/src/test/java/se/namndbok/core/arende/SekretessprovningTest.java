package se.namndbok.core.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.Sekretessgrund;

/** The inheritance rule, decided without a store. */
class SekretessprovningTest {
  static final Sekretessgrund SOCIALTJANST = new Sekretessgrund(1, "OSL 26:1", "Socialtjänst", "26 kap. 1 § OSL",
      "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)", 1);
  static final Sekretessgrund HALSA = new Sekretessgrund(2, "OSL 25:1", "Hälso- och sjukvård", "25 kap. 1 § OSL",
      "25 kap. 1 § offentlighets- och sekretesslagen (2009:400)", 2);
  static final Arende OPPET = arende(10, false, null);
  static final Arende LEX_MARIA = arende(11, true, HALSA.id());
  static final Arende UTAN_GRUND = arende(12, true, null);

  final Sekretessprovning provning = new Sekretessprovning(List.of(HALSA, SOCIALTJANST),
      Map.of(10L, OPPET, 11L, LEX_MARIA, 12L, UTAN_GRUND));

  @Test
  void aRowOfAConfidentialArendeIsConfidentialUnderTheArendesGround() {
    assertThat(provning.prova(Sekretess.FOLJER_ARENDET, 11L)).contains(HALSA);
    assertThat(provning.prova(Sekretess.FOLJER_ARENDET, 12L)).contains(SOCIALTJANST);
  }

  @Test
  void anExplicitlyReleasedRowStaysPublicInAConfidentialArende() {
    assertThat(provning.prova(Sekretess.OFFENTLIG, 11L)).isEmpty();
  }

  @Test
  void aRowsOwnGroundWinsAndWithoutOneItTakesTheArendesElseTheDefault() {
    assertThat(provning.prova(Sekretess.under(SOCIALTJANST.id()), 11L)).contains(SOCIALTJANST);
    assertThat(provning.prova(Sekretess.under(null), 11L)).contains(HALSA);
    assertThat(provning.prova(Sekretess.under(null), 10L)).contains(SOCIALTJANST);
    assertThat(provning.prova(Sekretess.under(null), (Long) null)).contains(SOCIALTJANST);
  }

  @Test
  void aRowOfAPublicArendeIsPublicUnlessMarked() {
    assertThat(provning.prova(Sekretess.FOLJER_ARENDET, 10L)).isEmpty();
    assertThat(provning.prova(Sekretess.FOLJER_ARENDET, (Long) null)).isEqualTo(Optional.empty());
  }

  private static Arende arende(long id, boolean sekretess, Long grund) {
    return new Arende(id, new Diarienummer(2025, (int) id), null, "Ärende " + id, ArendeStatus.PAGAENDE, null,
        sekretess, LocalDate.of(2025, 1, 1), grund, 0);
  }
}
