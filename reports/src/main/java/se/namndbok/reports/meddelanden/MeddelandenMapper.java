package se.namndbok.reports.meddelanden;

import se.namndbok.core.anmalan.AnmalanFilter;
import java.time.OffsetDateTime;
import java.util.List;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.sammantrade.Sammantrade;

/** Formats core's meddelanden for printing. */
public final class MeddelandenMapper {
  private MeddelandenMapper() {}

  public static MeddelandeRad rad(Meddelande m) {
    return new MeddelandeRad(m.avsandare(), m.datum() == null ? "" : m.datum().toString(),
        m.paragraf() == null || m.paragraf().isBlank() ? "" : "§ " + m.paragraf(),
        m.diarienummer() == null ? "" : m.diarienummer().toString(),
        m.handlingsId() == null ? "" : m.handlingsId().toString(), m.amne(), m.sekretess());
  }

  /** The separate report for a meeting, from e.g. {@code MeddelandeService.list(AnmalanFilter.sammantrade(id))}. */
  public static MeddelandenRedovisning redovisning(Namnd namnd, Sammantrade sammantrade, List<Meddelande> meddelanden,
      OffsetDateTime skapad) {
    return new MeddelandenRedovisning(namnd.kommun(), namnd.namn(), sammantrade.datum().toString(),
        meddelanden.stream().map(MeddelandenMapper::rad).toList(), skapad);
  }
}
