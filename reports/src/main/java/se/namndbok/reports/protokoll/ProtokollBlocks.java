package se.namndbok.reports.protokoll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.Markup;

/**
 * The protokoll as blocks, in the order of the reference protokoll: first page (organ, Protokoll, Tid, Plats,
 * Paragrafer, Beslutande, ersättare, Övriga närvarande, justering, Underskrifter, Anslagsbevis), the
 * Innehållsförteckning, then each § from a new page with its beslut.
 */
final class ProtokollBlocks {
  static final String OFFENTLIG_VERSION = "Offentlig version. Uppgifter som omfattas av sekretess är borttagna.";
  static final String UTKAST = "Utkast. Protokollet är inte justerat.";
  static final String RATTAT = "Rättat protokoll. Det justerade protokollet har rättats enligt nedan; "
      + "tidigare versioner finns bevarade oförändrade.";
  static final String SIGNATURLINJE = "..................................................................";

  private ProtokollBlocks() {}

  static List<Block> of(ProtokollData d) {
    List<Block> blocks = new ArrayList<>(header(d));
    blocks.addAll(attendance(d));
    blocks.addAll(justering(d));
    blocks.addAll(anslagsbevis(d));
    blocks.add(new Block.PageBreak());
    blocks.add(new Block.Heading(1, "Innehållsförteckning"));
    blocks.add(contents(d));
    for (int i = 0; i < d.punkter().size(); i++) {
      blocks.add(paragraf(d.punkter().get(i), sectionId(i), d.offentlig()));
    }
    return blocks;
  }

  private static String sectionId(int index) {
    return "paragraf-" + index;
  }

  private static List<Block> header(ProtokollData d) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(d.kommun().toUpperCase(Locale.ROOT) + " · " + d.organ().toUpperCase(Locale.ROOT),
        true));
    blocks.add(new Block.Heading(1, "Protokoll"));
    if (!d.justerat()) {
      blocks.add(new Block.Paragraph(UTKAST, true));
    }
    if (d.rattat()) {
      blocks.add(new Block.Paragraph(RATTAT, true));
      for (Rattelsetext r : d.rattelser()) {
        blocks.add(new Block.KeyValue(r.rubrik(), "Skäl: " + r.skal()));
        blocks.add(new Block.BulletList(r.andringar()));
      }
    }
    if (d.offentlig()) {
      blocks.add(new Block.Paragraph(OFFENTLIG_VERSION));
    }
    blocks.add(new Block.KeyValue("Sammanträdesdatum", d.datum()));
    blocks.add(new Block.KeyValue("Tid", d.tid()));
    blocks.add(new Block.KeyValue("Plats", d.plats()));
    if (!d.paragrafer().isBlank()) {
      blocks.add(new Block.KeyValue("Paragrafer", d.paragrafer()));
    }
    return blocks;
  }

  private static List<Block> attendance(ProtokollData d) {
    List<Block> blocks = new ArrayList<>();
    people(blocks, "Beslutande", d.beslutande());
    people(blocks, "Närvarande ersättare", d.ersattare());
    people(blocks, "Ej närvarande ledamöter", d.franvarande());
    if (!d.ovrigaNarvarande().isEmpty()) {
      blocks.add(new Block.Heading(2, "Övriga närvarande"));
      blocks.add(new Block.BulletList(d.ovrigaNarvarande()));
    }
    return blocks;
  }

  private static void people(List<Block> blocks, String heading, List<Deltagare> people) {
    if (people.isEmpty()) {
      return;
    }
    blocks.add(new Block.Heading(2, heading));
    blocks.add(new Block.Table(List.of(3.0, 1.0, 4.0), List.of("Namn", "Parti", "Roll eller anmärkning"),
        people.stream().map(p -> List.of(p.namn(), p.parti(), p.anmarkning())).toList()));
  }

  private static List<Block> justering(ProtokollData d) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, "Justering"));
    blocks.add(new Block.KeyValue("Justerare", d.justerare().isEmpty() ? "Inte utsedd" : String.join(", ", d.justerare())));
    blocks.add(new Block.KeyValue("Justeringens tid och plats", d.justering().isBlank() ? "Inte bestämd" : d.justering()));
    blocks.add(new Block.Heading(2, "Underskrifter"));
    String omfattning = d.paragrafer().isBlank() ? "" : " " + d.paragrafer();
    signature(blocks, "Sekreterare" + omfattning, d.sekreterare());
    signature(blocks, "Ordförande" + omfattning, d.ordforande());
    for (String justerare : d.justerare()) {
      signature(blocks, "Justerare" + omfattning, justerare);
    }
    return blocks;
  }

  private static void signature(List<Block> blocks, String role, String name) {
    blocks.add(new Block.Paragraph(role, true));
    blocks.add(new Block.Paragraph(SIGNATURLINJE));
    blocks.add(new Block.Paragraph(name.isBlank() ? " " : name));
  }

  private static List<Block> anslagsbevis(ProtokollData d) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, "Anslagsbevis"));
    if (d.anslagsdatum().isBlank()) {
      blocks.add(new Block.Paragraph(d.justerat() ? "Justeringen har ännu inte tillkännagivits genom anslag."
          : "Anslag sker när protokollet har justerats."));
      return blocks;
    }
    blocks.add(new Block.Paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag."));
    blocks.add(new Block.KeyValue("Organ", d.organ()));
    blocks.add(new Block.KeyValue("Sammanträdesdatum", d.datum()));
    blocks.add(new Block.KeyValue("Datum då anslaget sätts upp", d.anslagsdatum()));
    blocks.add(new Block.KeyValue("Datum då anslaget tas ned", d.anslagNedtagning()));
    blocks.add(new Block.KeyValue("Protokollet förvaras", d.forvaringsplats()));
    return blocks;
  }

  private static Block contents(ProtokollData d) {
    List<Block.ContentsRow> rows = new ArrayList<>();
    for (int i = 0; i < d.punkter().size(); i++) {
      ProtokollParagraf p = d.punkter().get(i);
      rows.add(new Block.ContentsRow(List.of(p.rubrikNummer(), p.rubrik(), p.arendenr()), sectionId(i)));
    }
    return new Block.Contents(List.of(0.9, 4.9, 2.2, 0.9), List.of("§", "Rubrik", "Ärendenr", "Sida"), rows);
  }

  private static Block paragraf(ProtokollParagraf p, String id, boolean offentlig) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(p.rubrikNummer(), true));
    blocks.add(new Block.Heading(1, p.rubrik()));
    if (!p.arendenr().isBlank()) {
      blocks.add(new Block.Paragraph("Ärendenr " + p.arendenr()));
    }
    if (offentlig && p.sekretess()) {
      blocks.add(new Block.Paragraph(p.sekretessgrund().paragraf()));
      return new Block.Section(id, p.rubrikNummer() + " " + p.rubrik(), blocks, List.of());
    }
    text(blocks, "Beslut", p.beslut().isBlank() ? "Beslut saknas." : p.beslut());
    text(blocks, "Sammanfattning av ärendet", p.sammanfattning());
    text(blocks, "Beslutsgång", p.beslutsgang());
    if (!p.skickasTill().isEmpty()) {
      blocks.add(new Block.Heading(2, "Beslutet skickas till"));
      blocks.add(new Block.BulletList(p.skickasTill()));
    }
    return new Block.Section(id, p.rubrikNummer() + " " + p.rubrik(), blocks, List.of());
  }

  private static void text(List<Block> blocks, String heading, String text) {
    if (!text.isBlank()) {
      blocks.add(new Block.Heading(2, heading));
      blocks.addAll(Markup.blocks(text));
    }
  }
}
