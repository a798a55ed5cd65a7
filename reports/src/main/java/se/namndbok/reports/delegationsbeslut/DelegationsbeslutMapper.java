package se.namndbok.reports.delegationsbeslut;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.kallelse.KallelsePunkt;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.reports.sekretess.Sekretessgrund;

/** Formats core's delegationsbeslut for printing, keeping the delegats' order. */
public final class DelegationsbeslutMapper {
  private DelegationsbeslutMapper() {}

  /** The decisions as printed, each with the ground {@code grund} gives it (null: public). */
  public static List<DelegationsbeslutRad> rader(List<DelegatGrupp> grupper,
      Function<Delegationsbeslut, se.namndbok.core.sekretess.Sekretessgrund> grund) {
    return grupper.stream().flatMap(g -> g.beslut().stream().map(b -> rad(g.delegat().namn(), b, grund.apply(b))))
        .toList();
  }

  static DelegationsbeslutRad rad(String delegat, Delegationsbeslut b, se.namndbok.core.sekretess.Sekretessgrund grund) {
    return new DelegationsbeslutRad(delegat, b.diarienummer() == null ? "" : b.diarienummer().toString(),
        b.handlingsId() == null ? "" : b.handlingsId().toString(), b.rubrik(),
        b.beslutsdatum() == null ? "" : b.beslutsdatum().toString(), Sekretessgrund.of(grund));
  }

  /** The lines of an item's "övriga beslut" text as written (blank lines and list markers kept for the layout). */
  public static List<String> ovrigaBeslut(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R", -1));
  }

  /**
   * The separate report for a meeting: every delegationsbeslut reported to it, grouped by delegat, with the
   * delegation item's "övriga beslut" as written (none when the meeting has no such item).
   */
  public static DelegationsbeslutRedovisning redovisning(KallelseUnderlag u, OffsetDateTime skapad) {
    List<String> ovriga = u.punkter().stream().map(KallelsePunkt::punkt)
        .filter(p -> p.typ() == ArendepunktTyp.DELEGATIONSBESLUT && p.innehall().texter() != null)
        .map(p -> ovrigaBeslut(p.innehall().texter().ovrigaBeslut())).findFirst().orElse(List.of());
    return new DelegationsbeslutRedovisning(u.namnd().kommun(), u.namnd().namn(), u.sammantrade().datum().toString(),
        rader(u.delegationsbeslut(), b -> u.sekretess(b).orElse(null)), ovriga, skapad);
  }
}
