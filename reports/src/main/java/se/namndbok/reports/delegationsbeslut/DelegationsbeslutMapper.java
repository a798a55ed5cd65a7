package se.namndbok.reports.delegationsbeslut;

import java.time.OffsetDateTime;
import java.util.List;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.sammantrade.Sammantrade;

/** Formats core's delegationsbeslut for printing, keeping the delegats' order. */
public final class DelegationsbeslutMapper {
  private DelegationsbeslutMapper() {}

  public static List<DelegationsbeslutRad> rader(List<DelegatGrupp> grupper) {
    return grupper.stream().flatMap(g -> g.beslut().stream().map(b -> rad(g.delegat().namn(), b))).toList();
  }

  static DelegationsbeslutRad rad(String delegat, Delegationsbeslut b) {
    return new DelegationsbeslutRad(delegat, b.diarienummer() == null ? "" : b.diarienummer().toString(),
        b.handlingsId() == null ? "" : b.handlingsId().toString(), b.rubrik(),
        b.beslutsdatum() == null ? "" : b.beslutsdatum().toString(), b.sekretess());
  }

  /**
   * The separate report for a meeting, from {@code DelegationsbeslutService.perDelegat(id)}; {@code ovrigaBeslut}
   * are the lines of the delegation item's "övriga beslut" text (empty when there is none).
   */
  public static DelegationsbeslutRedovisning redovisning(Namnd namnd, Sammantrade sammantrade,
      List<DelegatGrupp> grupper, List<String> ovrigaBeslut, OffsetDateTime skapad) {
    return new DelegationsbeslutRedovisning(namnd.kommun(), namnd.namn(), sammantrade.datum().toString(),
        rader(grupper), ovrigaBeslut, skapad);
  }
}
