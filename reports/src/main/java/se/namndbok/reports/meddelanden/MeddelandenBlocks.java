package se.namndbok.reports.meddelanden;

import java.util.List;
import se.namndbok.reports.layout.Block;

/** The meddelanden table shared by the kallelse item and the separate report. */
public final class MeddelandenBlocks {
  private MeddelandenBlocks() {}

  public static Block table(List<MeddelandeRad> rader) {
    return new Block.Table(List.of(1.0, 1.9), List.of("Avsändare", "Ämne"),
        rader.stream().map(r -> List.of(r.avsandareCell(), r.amneCell())).toList());
  }
}
