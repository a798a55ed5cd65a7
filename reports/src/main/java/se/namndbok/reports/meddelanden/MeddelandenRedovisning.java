package se.namndbok.reports.meddelanden;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import se.namndbok.reports.anmalan.AnmalanRedovisning;
import se.namndbok.reports.layout.Block;

/**
 * The meddelanden reported to one sammanträde, ready-formatted.
 *
 * @param datum the meeting's date, yyyy-MM-dd
 */
public record MeddelandenRedovisning(String kommun, String namnd, String datum, List<MeddelandeRad> rader,
    OffsetDateTime skapad) implements AnmalanRedovisning<MeddelandeRad> {
  public static final String RUBRIK = "Redovisning av meddelanden";

  public MeddelandenRedovisning {
    Objects.requireNonNull(kommun);
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(datum);
    Objects.requireNonNull(skapad);
    rader = List.copyOf(rader);
  }

  @Override
  public String rubrik() {
    return RUBRIK;
  }

  @Override
  public String inledning() {
    return rader.isEmpty() ? "" : "Följande meddelanden redovisas:";
  }

  @Override
  public String tom() {
    return "Inga meddelanden att redovisa.";
  }

  @Override
  public boolean tomt() {
    return rader.isEmpty();
  }

  @Override
  public List<Block> blocks(List<MeddelandeRad> printed) {
    return List.of(MeddelandenBlocks.table(printed));
  }
}
