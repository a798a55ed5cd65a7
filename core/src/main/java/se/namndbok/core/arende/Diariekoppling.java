package se.namndbok.core.arende;

import java.time.LocalDate;
import se.namndbok.core.shared.ValidationException;

/**
 * Links something reported to the board (a meddelande, a delegationsbeslut) to its ärende and handling by
 * number, registering the handling when its Hid is given but not yet in the diarium and, on request (imports),
 * the ärende too. Runs inside the caller's transaction.
 */
public final class Diariekoppling {
  private final ArendeService arenden;

  public Diariekoppling(ArendeService arenden) {
    this.arenden = arenden;
  }

  /** The ärende and (when a Hid was given) the handling; {@code handling} null without a Hid. */
  public record Koppling(Arende arende, Handling handling) {}

  /**
   * Finds or registers. {@code nyttArende} is used when {@code diarienummer} is not in the diarium (null refuses
   * an unknown number); {@code nyHandling} (its Hid is {@code hid}) when {@code hid} is not.
   */
  public Koppling koppla(Diarienummer diarienummer, NyttArende nyttArende, HandlingsId hid, NyHandling nyHandling) {
    Arende arende = arenden.find(diarienummer).orElseGet(() -> {
      if (nyttArende == null) {
        throw ValidationException.of(Diarienummer.FIELD, diarienummer + " finns inte i diariet; registrera ärendet först");
      }
      return arenden.register(nyttArende);
    });
    if (hid == null) {
      return new Koppling(arende, null);
    }
    Handling handling = arenden.findHandling(hid).orElseGet(() -> arenden.registerHandling(arende.id(), nyHandling));
    if (handling.arendeId() != arende.id()) {
      throw ValidationException.of(HandlingsId.FIELD, hid + " hör till ett annat ärende än " + diarienummer);
    }
    return new Koppling(arende, handling);
  }

  /**
   * Reads {@code 2025/146} or the printed ärendenummer {@code 2025/146-1.1.1.7} (whose classification is not
   * used here); a message about a wrong number is about the whole text the user wrote.
   */
  public static Diarienummer parseDiarienummer(String text) {
    try {
      return Diarienummer.parse(text);
    } catch (ValidationException plain) {
      try {
        return Arendenummer.parse(text).diarienummer();
      } catch (ValidationException printed) {
        throw plain;
      }
    }
  }

  /** An ärende registered from an import: the given number, the reported item's text as rubrik. */
  public static NyttArende importerat(Diarienummer d, String rubrik, boolean sekretess, LocalDate registrerad) {
    return importerat(d, rubrik, sekretess, null, registrerad);
  }

  /** As {@link #importerat(Diarienummer, String, boolean, LocalDate)}, a confidential ärende under {@code grundId}. */
  public static NyttArende importerat(Diarienummer d, String rubrik, boolean sekretess, Long grundId,
      LocalDate registrerad) {
    String r = rubrik == null ? "" : rubrik.strip();
    return new NyttArende(d, null, r.length() > ArendeService.RUBRIK_MAX ? r.substring(0, ArendeService.RUBRIK_MAX) : r,
        null, sekretess, registrerad, sekretess ? grundId : null);
  }
}
