package se.namndbok.reports.meddelanden;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * One meddelande as printed: avsändare with date and (for protokollsutdrag) paragraf, ämne with Änr and Hid.
 * All fields are ready-formatted; {@code paragraf} is e.g. "§ 159" or empty. {@code sekretessgrund} is the
 * ground it is withheld under in a public version, null when it is public.
 */
public record MeddelandeRad(String avsandare, String datum, String paragraf, String arendenr, String hid,
    String amne, Sekretessgrund sekretessgrund) implements se.namndbok.reports.anmalan.AnmalanRad<MeddelandeRad> {
  public MeddelandeRad {
    Objects.requireNonNull(avsandare);
    datum = Objects.requireNonNullElse(datum, "");
    paragraf = Objects.requireNonNullElse(paragraf, "");
    arendenr = Objects.requireNonNullElse(arendenr, "");
    hid = Objects.requireNonNullElse(hid, "");
    amne = Objects.requireNonNullElse(amne, "");
  }

  /** A row that is public ({@code false}) or withheld under socialtjänstsekretess ({@code true}). */
  public MeddelandeRad(String avsandare, String datum, String paragraf, String arendenr, String hid, String amne,
      boolean sekretess) {
    this(avsandare, datum, paragraf, arendenr, hid, amne, sekretess ? Sekretessgrund.SOCIALTJANST : null);
  }

  public boolean sekretess() {
    return sekretessgrund != null;
  }

  /**
   * The row as it may be published: a withheld meddelande keeps its date, Änr and Hid (the diarium's public
   * facts); its avsändare (who may be a private person) and ämne become the sekretess line.
   */
  @Override
  public MeddelandeRad offentlig() {
    return sekretess() ? new MeddelandeRad("", datum, "", arendenr, hid, sekretessgrund.rad(), sekretessgrund) : this;
  }

  String avsandareCell() {
    return String.join(" ", java.util.stream.Stream.of(avsandare, datum, paragraf).filter(s -> !s.isBlank()).toList());
  }

  String amneCell() {
    return se.namndbok.reports.anmalan.AnmalanRad.medReferens(arendenr, hid, amne);
  }
}
