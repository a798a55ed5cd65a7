package se.namndbok.reports.protokoll;

import java.util.List;
import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * One § of the protokoll as printed.
 *
 * @param nummer "81", or "" while the item has no § yet (an unnumbered draft)
 * @param punkt the agenda punkt number, printed while the item has no §
 * @param arendenr "2025/31-3.9.0.2", or ""
 * @param sekretessgrund the ground the § is withheld under in the public version, null for a public §
 * @param beslutsgang how the beslut was reached, or "" when the proposal was simply approved
 */
public record ProtokollParagraf(String nummer, int punkt, String rubrik, String arendenr,
    Sekretessgrund sekretessgrund, String sammanfattning, String beslut, String beslutsgang,
    List<String> skickasTill, Behandlingstext behandling) {

  public ProtokollParagraf(String nummer, int punkt, String rubrik, String arendenr, Sekretessgrund sekretessgrund,
      String sammanfattning, String beslut, String beslutsgang, List<String> skickasTill) {
    this(nummer, punkt, rubrik, arendenr, sekretessgrund, sammanfattning, beslut, beslutsgang, skickasTill,
        Behandlingstext.INGEN);
  }

  public ProtokollParagraf {
    behandling = behandling == null ? Behandlingstext.INGEN : behandling;
    Objects.requireNonNull(nummer);
    Objects.requireNonNull(rubrik);
    arendenr = Objects.requireNonNullElse(arendenr, "");
    sammanfattning = Objects.requireNonNullElse(sammanfattning, "");
    beslut = Objects.requireNonNullElse(beslut, "");
    beslutsgang = Objects.requireNonNullElse(beslutsgang, "");
    skickasTill = List.copyOf(skickasTill);
  }

  /** A § that is public ({@code false}) or withheld under socialtjänstsekretess ({@code true}). */
  public ProtokollParagraf(String nummer, int punkt, String rubrik, String arendenr, boolean sekretess,
      String sammanfattning, String beslut, String beslutsgang, List<String> skickasTill) {
    this(nummer, punkt, rubrik, arendenr, sekretess ? Sekretessgrund.SOCIALTJANST : null, sammanfattning, beslut,
        beslutsgang, skickasTill);
  }

  public boolean sekretess() {
    return sekretessgrund != null;
  }

  /** "§ 81", or "Punkt 3" for an item not yet numbered. */
  public String rubrikNummer() {
    return !nummer.isBlank() ? "§ " + nummer : punkt > 0 ? "Punkt " + punkt : "Inledning";
  }

  /**
   * What the public version keeps of a confidential §: number, rubrik and ärendenr, and the beslut when it is
   * marked public (decision 0116).
   */
  ProtokollParagraf offentlig() {
    boolean beslutKvar = behandling.beslutOffentligt();
    return new ProtokollParagraf(nummer, punkt, rubrik, arendenr, sekretessgrund, "", beslutKvar ? beslut : "", "",
        List.of(), beslutKvar ? Behandlingstext.INGEN.withBeslutOffentligt() : Behandlingstext.INGEN);
  }
}
