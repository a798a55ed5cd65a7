package se.namndbok.reports.meddelanden;

import se.namndbok.core.anmalan.AnmalanFilter;
import java.time.OffsetDateTime;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.reports.sekretess.Sekretessgrund;

/** Formats core's meddelanden for printing. */
public final class MeddelandenMapper {
  private MeddelandenMapper() {}

  /** A meddelande as printed; {@code grund} is the ground it is withheld under (null: public). */
  public static MeddelandeRad rad(Meddelande m, se.namndbok.core.sekretess.Sekretessgrund grund) {
    return new MeddelandeRad(m.avsandare(), m.datum() == null ? "" : m.datum().toString(),
        m.paragraf() == null || m.paragraf().isBlank() ? "" : "§ " + m.paragraf(),
        m.diarienummer() == null ? "" : m.diarienummer().toString(),
        m.handlingsId() == null ? "" : m.handlingsId().toString(), m.amne(), Sekretessgrund.of(grund));
  }

  /** The separate report for a meeting: every meddelande reported to it, each with its ground. */
  public static MeddelandenRedovisning redovisning(KallelseUnderlag u, OffsetDateTime skapad) {
    return new MeddelandenRedovisning(u.namnd().kommun(), u.namnd().namn(), u.sammantrade().datum().toString(),
        u.meddelanden().stream().map(m -> rad(m, u.sekretess(m).orElse(null))).toList(), skapad);
  }
}
