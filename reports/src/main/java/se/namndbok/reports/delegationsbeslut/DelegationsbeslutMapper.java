package se.namndbok.reports.delegationsbeslut;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.Delegationspunkt;
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
    return grupper.stream().flatMap(g -> g.beslut().stream().map(b -> rad(g, b, grund.apply(b)))).toList();
  }

  static DelegationsbeslutRad rad(DelegatGrupp g, Delegationsbeslut b, se.namndbok.core.sekretess.Sekretessgrund grund) {
    var punkt = g.punkt(b);
    return new DelegationsbeslutRad(g.delegat().namn(), b.diarienummer() == null ? "" : b.diarienummer().toString(),
        b.handlingsId() == null ? "" : b.handlingsId().toString(), b.rubrik(),
        b.beslutsdatum() == null ? "" : b.beslutsdatum().toString(), Sekretessgrund.of(grund),
        punkt.map(Delegationspunkt::nummer).orElse(b.delegationspunkt()),
        punkt.map(Delegationspunkt::lagrum).orElse(""), b.beslutsfattare());
  }

  /**
   * The period the decisions were taken in, earliest to latest decision date ({@code 2025-09-17–2025-10-13};
   * one date when all share it, "" when there are none), as decision 0117 describes.
   */
  public static String period(List<DelegatGrupp> grupper) {
    var datum = grupper.stream().flatMap(g -> g.beslut().stream()).map(Delegationsbeslut::beslutsdatum)
        .filter(java.util.Objects::nonNull).sorted().toList();
    if (datum.isEmpty()) {
      return "";
    }
    return datum.getFirst().equals(datum.getLast()) ? datum.getFirst().toString()
        : datum.getFirst() + "\u2013" + datum.getLast();
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
        rader(u.delegationsbeslut(), b -> u.sekretess(b).orElse(null)), ovriga, skapad, period(u.delegationsbeslut()));
  }
}
