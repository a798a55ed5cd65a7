package se.namndbok.core.meddelande;

import java.time.LocalDate;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.anmalan.Anmalan;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.sekretess.Sekretess;

/**
 * An incoming communication reported to the board for information: avsändare with date and (for a decision of
 * another body) its paragraf, printed "Kommunfullmäktige 2025-09-22 § 159"; ämne, ärende and handling by number.
 * {@code paragraf} holds the number only ("159"). {@code sammantradeId} is the meeting it is reported to.
 */
public record Meddelande(long id, String avsandare, LocalDate datum, String paragraf, String amne, long arendeId,
    Diarienummer diarienummer, Long handlingId, HandlingsId handlingsId, boolean sekretess, Long sammantradeId,
    Long sekretessgrundId, boolean friklassad, int version) implements Anmalan {

  /** A meddelande not yet stored, following its ärende's sekretess (or confidential under the default ground). */
  public Meddelande(long id, String avsandare, LocalDate datum, String paragraf, String amne, long arendeId,
      Diarienummer diarienummer, Long handlingId, HandlingsId handlingsId, boolean sekretess, Long sammantradeId) {
    this(id, avsandare, datum, paragraf, amne, arendeId, diarienummer, handlingId, handlingsId, sekretess,
        sammantradeId, null, false, 0);
  }

  @Override
  public String text() {
    return amne;
  }

  /** Its own sekretess; whether it is withheld also depends on its ärende ({@code Sekretessprovning}). */
  @Override
  public Sekretess sekretessval() {
    return Sekretess.of(sekretess, sekretessgrundId, friklassad);
  }

  /** "Kommunfullmäktige 2025-09-22 § 159", as the Avsändare column of the report prints it. */
  public String avsandareRad() {
    return avsandare + " " + datum + (paragraf == null ? "" : " § " + paragraf);
  }

  public NyttMeddelande somNytt() {
    return new NyttMeddelande(avsandare, datum, paragraf, amne, diarienummer.toString(),
        handlingsId == null ? null : handlingsId.toString(), sekretessval());
  }
}
