package se.namndbok.reports.sekretess;

/** The wording printed where confidential content is left out (see docs/decisions/0030). */
public final class Sekretess {
  /** On the page of a confidential item in the public version. */
  public static final String ARENDE =
      "Ärendet omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen (2009:400). "
          + "Handlingarna i ärendet lämnas inte ut i den offentliga versionen.";

  /** In place of a confidential meddelande's ämne or a confidential delegationsbeslut's rubrik. */
  public static final String RAD = "Uppgiften omfattas av sekretess (26 kap. 1 § OSL)";

  /** On the first page of a public version. */
  public static final String OFFENTLIG_VERSION =
      "Offentlig version. Uppgifter som omfattas av sekretess är borttagna.";

  private Sekretess() {}
}
