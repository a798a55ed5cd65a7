package se.namndbok.core.sekretess;

/**
 * A provision of offentlighets- och sekretesslagen a confidential item or row is withheld under, from the
 * nämnd's catalogue.
 *
 * @param kod the catalogue key, e.g. "OSL 26:1"
 * @param benamning what it protects, e.g. "Socialtjänst"
 * @param kortform as printed in place of a withheld row, e.g. "26 kap. 1 § OSL"
 * @param lagrum as printed on a withheld item's page, e.g. "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)"
 * @param ordning the place in the catalogue; the first is the default ground
 */
public record Sekretessgrund(long id, String kod, String benamning, String kortform, String lagrum, int ordning) {

  /** "OSL 26:1 Socialtjänst", as a choice in the window. */
  public String visning() {
    return kod + " " + benamning;
  }
}
