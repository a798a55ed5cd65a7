package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartBlockTest {
  @Test
  void aChartWithoutAltTextIsRefusedBecauseAFigureMustBeDescribed() {
    assertThatThrownBy(() -> new Block.BarChart("Titel", " ", List.of("a"), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyLabelNeedsAValue() {
    assertThatThrownBy(() -> new Block.BarChart("Titel", "alt", List.of("a", "b"), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boldRowsNeedOneFlagPerRow() {
    assertThatThrownBy(() -> new Block.Table(List.of(1.0), List.of("h"), List.of(List.of("x")), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
