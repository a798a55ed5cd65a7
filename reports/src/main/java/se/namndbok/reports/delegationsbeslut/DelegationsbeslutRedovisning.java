package se.namndbok.reports.delegationsbeslut;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import se.namndbok.reports.anmalan.AnmalanRedovisning;
import se.namndbok.reports.layout.Block;

/**
 * The delegationsbeslut reported to one sammanträde, ready-formatted, grouped per delegat, with the delegation
 * item's "övriga beslut".
 *
 * @param datum the meeting's date, yyyy-MM-dd
 * @param period the decision dates covered ({@code 2025-09-17–2025-10-13}; "" when none)
 */
public record DelegationsbeslutRedovisning(String kommun, String namnd, String datum, List<DelegationsbeslutRad> rader,
    List<String> ovrigaBeslut, OffsetDateTime skapad, String period)
    implements AnmalanRedovisning<DelegationsbeslutRad> {
  public static final String RUBRIK = "Redovisning av delegationsbeslut";

  public DelegationsbeslutRedovisning {
    Objects.requireNonNull(kommun);
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(datum);
    Objects.requireNonNull(skapad);
    rader = List.copyOf(rader);
    ovrigaBeslut = List.copyOf(ovrigaBeslut);
    period = Objects.requireNonNullElse(period, "");
  }

  public DelegationsbeslutRedovisning(String kommun, String namnd, String datum, List<DelegationsbeslutRad> rader,
      List<String> ovrigaBeslut, OffsetDateTime skapad) {
    this(kommun, namnd, datum, rader, ovrigaBeslut, skapad, "");
  }

  @Override
  public String periodRubrik() {
    return "Beslutsperiod";
  }

  @Override
  public String rubrik() {
    return RUBRIK;
  }

  @Override
  public String inledning() {
    return "Beslut fattade på delegation ska anmälas till nämnden på nästföljande sammanträde. Följande beslut "
        + "redovisas enligt gällande delegationsordning:";
  }

  @Override
  public String tom() {
    return "Inga delegationsbeslut att redovisa.";
  }

  @Override
  public boolean tomt() {
    return rader.isEmpty() && ovrigaBeslut.isEmpty();
  }

  @Override
  public List<Block> blocks(List<DelegationsbeslutRad> printed) {
    return DelegationsbeslutBlocks.grouped(printed, ovrigaBeslut, 2);
  }
}
