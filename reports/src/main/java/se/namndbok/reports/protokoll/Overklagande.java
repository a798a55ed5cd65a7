package se.namndbok.reports.protokoll;

import java.util.List;
import se.namndbok.reports.layout.Block;

/**
 * The överklagandehänvisning printed as an appendix of a justerat protokoll and of each protokollsutdrag: how a
 * kommunmedlem appeals a beslut by laglighetsprövning (kommunallagen 13 kap.), with the last day for the appeal.
 */
final class Overklagande {
  static final String RUBRIK = "Bilaga: Hur man överklagar (laglighetsprövning)";

  private Overklagande() {}

  static Block.Section bilaga(ProtokollData d) {
    String sista = d.sistaDag().isBlank()
        ? "inom tre veckor från den dag då justeringen av protokollet tillkännagavs på kommunens anslagstavla"
        : "senast " + d.sistaDag() + " (tre veckor från den dag då justeringen tillkännagavs på kommunens "
            + "anslagstavla, " + d.anslagsdatum() + ")";
    List<Block> blocks = List.of(
        new Block.Heading(1, RUBRIK),
        new Block.Paragraph("Varje medlem av kommunen har rätt att få lagligheten av " + d.organ().toLowerCase(
            java.util.Locale.ROOT) + "s beslut prövad genom att överklaga beslutet till förvaltningsrätten "
            + "(laglighetsprövning enligt 13 kap. kommunallagen (2017:725))."),
        new Block.Heading(2, "Vad kan prövas"),
        new Block.Paragraph("Beslutet kan upphävas om det inte har tillkommit på lagligt sätt, om det avser något "
            + "som inte är en angelägenhet för kommunen, om organet har överskridit sina befogenheter eller om "
            + "beslutet strider mot lag eller annan författning (13 kap. 8 §). Förvaltningsrätten prövar inte om "
            + "beslutet är lämpligt, och kan inte sätta ett annat beslut i dess ställe."),
        new Block.Heading(2, "Hur man överklagar"),
        new Block.Paragraph("Överklagandet ska vara skriftligt. Ange vilket beslut som överklagas (organ, "
            + "sammanträdesdatum och paragraf), varför beslutet ska upphävas och vilka omständigheter som åberopas. "
            + "Skälen kan inte ändras eller kompletteras efter att tiden för överklagande har gått ut (13 kap. 6 §). "
            + "Skicka överklagandet till förvaltningsrätten."),
        new Block.Heading(2, "När överklagandet ska ha kommit in"),
        new Block.Paragraph("Överklagandet ska ha kommit in till förvaltningsrätten " + sista + " (13 kap. 5 §). "
            + "Om den sista dagen infaller på en lördag, söndag eller helgdag, midsommarafton, julafton eller "
            + "nyårsafton räcker det att överklagandet kommer in nästa vardag."),
        new Block.Heading(2, "Andra beslut"),
        new Block.Paragraph("Beslut som rör en enskild person, till exempel beslut enligt socialtjänstlagen, "
            + "överklagas i stället genom förvaltningsbesvär enligt den lag beslutet grundar sig på; en sådan "
            + "överklagandehänvisning lämnas till den som beslutet gäller."));
    return new Block.Section("overklagande", RUBRIK, blocks, List.of());
  }
}
