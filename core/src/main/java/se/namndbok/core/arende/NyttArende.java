package se.namndbok.core.arende;

import java.time.LocalDate;

/**
 * What a user gives to register a case. {@code diarienummer} is null to take the next number of the year of
 * {@code registrerad}; given (import, demo), it must be free.
 */
public record NyttArende(Diarienummer diarienummer, String klassificering, String rubrik, String handlaggare,
    boolean sekretess, LocalDate registrerad, Long sekretessgrundId) {

  public NyttArende(Diarienummer diarienummer, String klassificering, String rubrik, String handlaggare,
      boolean sekretess, LocalDate registrerad) {
    this(diarienummer, klassificering, rubrik, handlaggare, sekretess, registrerad, null);
  }

  public static NyttArende nytt(String klassificering, String rubrik, String handlaggare, boolean sekretess,
      LocalDate registrerad) {
    return new NyttArende(null, klassificering, rubrik, handlaggare, sekretess, registrerad);
  }
}
