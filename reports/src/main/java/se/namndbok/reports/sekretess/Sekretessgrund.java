package se.namndbok.reports.sekretess;

import java.util.Objects;

/**
 * The ground something is withheld under, as the documents print it (decision record 0110): the short form in
 * place of a row ("26 kap. 1 § OSL"), the full lagrum on a withheld item's page.
 */
public record Sekretessgrund(String kortform, String lagrum) {
  /** Socialtjänstsekretess, the catalogue's default ground. */
  public static final Sekretessgrund SOCIALTJANST = new Sekretessgrund("26 kap. 1 § OSL",
      "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)");

  public Sekretessgrund {
    Objects.requireNonNull(kortform);
    Objects.requireNonNull(lagrum);
  }

  /** From core's catalogue entry; null stays null (public). */
  public static Sekretessgrund of(se.namndbok.core.sekretess.Sekretessgrund grund) {
    return grund == null ? null : new Sekretessgrund(grund.kortform(), grund.lagrum());
  }

  /** In place of a withheld row (a meddelande's ämne, a delegationsbeslut's rubrik, a document's title). */
  public String rad() {
    return "Uppgift omfattas av sekretess (" + kortform + ")";
  }

  /** On the page of a withheld item of a kallelse. */
  public String arende() {
    return "Ärendet omfattas av sekretess enligt " + lagrum + ". Handlingarna i ärendet lämnas inte ut i den "
        + "offentliga versionen.";
  }

  /**
   * On the page of a withheld item of a kallelse marked confidential on its own while its ärende is public in the
   * diarium (or it has none): the punkt is withheld, not the ärende.
   */
  public String punkt() {
    return "Punkten omfattas av sekretess enligt " + lagrum + ". Punktens underlag lämnas inte ut i den "
        + "offentliga versionen.";
  }

  /** On the page of a withheld § of a protokoll. */
  public String paragraf() {
    return "Paragrafen omfattas av sekretess enligt " + lagrum + ". Underlaget redovisas inte i den offentliga "
        + "versionen.";
  }
}
