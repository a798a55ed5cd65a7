package se.namndbok.reports.meddelanden;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretess;

/**
 * One meddelande as printed: avsändare with date and (for protokollsutdrag) paragraf, ämne with Änr and Hid.
 * All fields are ready-formatted; {@code paragraf} is e.g. "§ 159" or empty.
 */
public record MeddelandeRad(String avsandare, String datum, String paragraf, String arendenr, String hid,
    String amne, boolean sekretess) implements se.namndbok.reports.anmalan.AnmalanRad<MeddelandeRad> {
  public MeddelandeRad {
    Objects.requireNonNull(avsandare);
    datum = Objects.requireNonNullElse(datum, "");
    paragraf = Objects.requireNonNullElse(paragraf, "");
    arendenr = Objects.requireNonNullElse(arendenr, "");
    hid = Objects.requireNonNullElse(hid, "");
    amne = Objects.requireNonNullElse(amne, "");
  }

  /** The row as it may be published: a confidential meddelande keeps avsändare, date, Änr and Hid only. */
  @Override
  public MeddelandeRad offentlig() {
    return sekretess ? new MeddelandeRad(avsandare, datum, paragraf, arendenr, hid, Sekretess.RAD, true) : this;
  }

  String avsandareCell() {
    return String.join(" ", java.util.stream.Stream.of(avsandare, datum, paragraf).filter(s -> !s.isBlank()).toList());
  }

  String amneCell() {
    return "Änr " + arendenr + " (Hid: " + hid + ")\n" + amne;
  }
}
