package se.namndbok.core.sekretess;

/**
 * What a user has said about one thing's confidentiality (a punkt, a handling, a meddelande, a delegationsbeslut):
 * it follows its ärende (the default), it is confidential under a ground (null ground: the ärende's, else the
 * catalogue's first), or it is explicitly released although its ärende is confidential. Stored as the row's
 * {@code sekretess}, {@code sekretessgrund_id} and {@code friklassad} columns.
 */
public record Sekretess(Lage lage, Long grundId) {
  /** The three choices. */
  public enum Lage {
    /** Confidential exactly when its ärende is, under the ärende's ground. */
    FOLJER_ARENDET,
    /** Confidential under its own ground. */
    SEKRETESS,
    /** Public although its ärende is confidential (friklassad). */
    OFFENTLIG
  }

  public static final Sekretess FOLJER_ARENDET = new Sekretess(Lage.FOLJER_ARENDET, null);
  public static final Sekretess OFFENTLIG = new Sekretess(Lage.OFFENTLIG, null);

  public Sekretess {
    if (lage == null) {
      throw new IllegalArgumentException("lage");
    }
    if (lage != Lage.SEKRETESS) {
      grundId = null;
    }
  }

  public static Sekretess under(Long grundId) {
    return new Sekretess(Lage.SEKRETESS, grundId);
  }

  /** From the stored columns; a row both confidential and released is read as confidential. */
  public static Sekretess of(boolean sekretess, Long grundId, boolean friklassad) {
    if (sekretess) {
      return under(grundId);
    }
    return friklassad ? OFFENTLIG : FOLJER_ARENDET;
  }

  /**
   * The choice as written in an import file's {@code sekretess} column: "ja" confidential, "nej" or blank follows
   * the ärende, "friklassad" (or "offentlig") released.
   */
  public static Lage parseLage(String value) {
    if (value == null || value.isBlank()) {
      return Lage.FOLJER_ARENDET;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "ja", "j", "x", "true", "1", "sant" -> Lage.SEKRETESS;
      case "nej", "n", "false", "0", "falskt" -> Lage.FOLJER_ARENDET;
      case "friklassad", "offentlig" -> Lage.OFFENTLIG;
      default -> throw se.namndbok.core.shared.ValidationException.of("Sekretess", se.namndbok.core.shared.Personnummer.citat(value.strip())
          + " är inget giltigt värde; skriv ja, nej eller friklassad");
    };
  }

  /**
   * Whether the thing is withheld from a public version: marked itself, or its ärende is confidential
   * ({@code arendetSekretess}) and it is not released.
   */
  public boolean undanhalls(boolean arendetSekretess) {
    return markerad() || (arendetSekretess && lage != Lage.OFFENTLIG);
  }

  /** The {@code sekretess} column: marked confidential itself. */
  public boolean markerad() {
    return lage == Lage.SEKRETESS;
  }

  /** The {@code friklassad} column: explicitly released. */
  public boolean friklassad() {
    return lage == Lage.OFFENTLIG;
  }
}
