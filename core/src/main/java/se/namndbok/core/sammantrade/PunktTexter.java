package se.namndbok.core.sammantrade;

/**
 * The texts of an agenda item, each null when the item has none: förslag till beslut, sammanfattning av
 * ärendet, beskrivning av ärendet, dialog, "beslutet skickas till" and, for the delegation item, övriga beslut.
 * Paragraphs are separated by blank lines; lines starting with "- " are list entries.
 */
public record PunktTexter(String forslag, String sammanfattning, String beskrivning, String dialog,
    String skickasTill, String ovrigaBeslut) {

  public static final PunktTexter INGA = new PunktTexter(null, null, null, null, null, null);
}
