package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the secretary fills in for a protokoll; see {@link Protokoll} for the fields. */
public record ProtokollUppgifter(String sekreterare, Long justerare1Id, Long justerare2Id, LocalDate justeringsdatum,
    String justeringsplats, String ovrigaNarvarande, Integer forstaParagraf, LocalTime starttid, LocalTime sluttid,
    String ajourneringar, boolean inledning, String arendelistaAndring, boolean minnesanteckningar) {

  /** A protokoll (not minnesanteckningar). */
  public ProtokollUppgifter(String sekreterare, Long justerare1Id, Long justerare2Id, LocalDate justeringsdatum,
      String justeringsplats, String ovrigaNarvarande, Integer forstaParagraf, LocalTime starttid, LocalTime sluttid,
      String ajourneringar, boolean inledning, String arendelistaAndring) {
    this(sekreterare, justerare1Id, justerare2Id, justeringsdatum, justeringsplats, ovrigaNarvarande, forstaParagraf,
        starttid, sluttid, ajourneringar, inledning, arendelistaAndring, false);
  }

  /** Without times, ajourneringar or opening §§ (a protokoll as before issue 11). */
  public ProtokollUppgifter(String sekreterare, Long justerare1Id, Long justerare2Id, LocalDate justeringsdatum,
      String justeringsplats, String ovrigaNarvarande, Integer forstaParagraf) {
    this(sekreterare, justerare1Id, justerare2Id, justeringsdatum, justeringsplats, ovrigaNarvarande, forstaParagraf,
        null, null, null, false, null, false);
  }
}
