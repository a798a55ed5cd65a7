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
  static final String UTDRAG_SKAL_SEKRETESS = "Skälet till rättelsen redovisas inte, eftersom paragrafen omfattas "
      + "av sekretess.";
  static final String SIGNATURLINJE = "..................................................................";

  private ProtokollBlocks() {}

  static List<Block> of(ProtokollData d) {
    if (d.minnesanteckningar()) {
      return minnesanteckningar(d);
    }
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
    if (d.justerat()) {
      blocks.add(Overklagande.bilaga(d));
    }
    return blocks;
  }

  /**
   * Minnesanteckningar (reference 000): the organ, date, place and time, the §§ they cover, beslutande and övriga
   * närvarande, the sekreterare's and the ordförande's names, the list of §§ and each §; no justering, anslag or
   * överklagandehänvisning, as they are not justerade.
   */
  private static List<Block> minnesanteckningar(ProtokollData d) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(d.kommun().toUpperCase(Locale.ROOT) + " · " + d.organ().toUpperCase(Locale.ROOT),
        true));
    blocks.add(new Block.Heading(1, "Minnesanteckningar"));
    if (d.offentlig()) {
      blocks.add(new Block.Paragraph(OFFENTLIG_VERSION));
    }
    blocks.add(new Block.KeyValue("Sammanträdesdatum", d.datum()));
    blocks.add(new Block.KeyValue("Plats och tid", d.plats() + ", " + d.tid()));
    if (!d.paragrafer().isBlank()) {
      blocks.add(new Block.KeyValue("Minnesanteckningarna omfattar", d.paragrafer()));
    }
    blocks.addAll(attendance(d));
    blocks.add(new Block.KeyValue("Sekreterare", d.sekreterare()));
    blocks.add(new Block.KeyValue("Ordförande", d.ordforande().isBlank() ? " " : d.ordforande()));
    blocks.add(new Block.Paragraph("Minnesanteckningarna justeras inte och anslås inte."));
    blocks.add(new Block.PageBreak());
    blocks.add(new Block.Heading(1, "Ärendelista"));
    blocks.add(contents(d));
    for (int i = 0; i < d.punkter().size(); i++) {
      blocks.add(paragraf(d.punkter().get(i), sectionId(i), d.offentlig()));
    }
    return blocks;
  }

  /**
   * A protokollsutdrag of the one § in {@code d}: the header of the protokoll, the §, and the utdragsbestyrkande
   * (certified by the sekreterare), then the överklagandehänvisning.
   */
  static List<Block> utdrag(ProtokollData d, String bestyrkt) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(d.kommun().toUpperCase(Locale.ROOT) + " · " + d.organ().toUpperCase(Locale.ROOT),
        true));
    blocks.add(new Block.Heading(1, "Protokollsutdrag"));
    if (!d.justerat()) {
      blocks.add(new Block.Paragraph(UTKAST, true));
    }
    if (d.offentlig()) {
      blocks.add(new Block.Paragraph(OFFENTLIG_VERSION));
    }
    blocks.add(new Block.KeyValue("Sammanträdesdatum", d.datum()));
    blocks.add(new Block.KeyValue("Paragraf", d.paragrafer()));
    blocks.add(new Block.KeyValue("Justering", d.justering().isBlank() ? "Inte bestämd" : d.justering()));
    ProtokollParagraf p = d.punkter().getFirst();
    blocks.addAll(rattelser(d, p));
    Block.Section section = paragraf(p, sectionId(0), d.offentlig());
    List<Block> inner = new ArrayList<>(blocks);
    blocks.clear();
    inner.addAll(section.blocks());
    inner.add(new Block.KeepTogether(List.of(new Block.Heading(2, "Utdragsbestyrkande"),
        new Block.Paragraph("Utdraget överensstämmer med " + kalla(d) + (d.offentlig()
            ? " med de uppgifter borttagna som omfattas av sekretess." : ".")),
        new Block.KeyValue("Intygas", bestyrkt), new Block.Paragraph(SIGNATURLINJE),
        new Block.Paragraph(d.sekreterare().isBlank() ? " " : d.sekreterare() + ", sekreterare"))));
    blocks.add(new Block.Section(section.id(), section.bookmark(), inner, List.of()));
    if (d.justerat()) {
      blocks.add(Overklagande.bilaga(d));
    }
    return blocks;
  }

  /**
   * Each rättelse that changed the utdrag's §: when, in which version, why and what. The public copy of a
   * confidential § tells that it was corrected but not why, as the reason speaks of the confidential matter.
   */
  private static List<Block> rattelser(ProtokollData d, ProtokollParagraf p) {
    List<Block> blocks = new ArrayList<>();
    for (Rattelsetext r : d.rattelser()) {
      if (r.andrar(p.nummer())) {
        blocks.add(new Block.Paragraph("Paragrafen rättades " + r.datum() + " (version " + r.version()
            + "), efter justeringen.", true));
        blocks.add(new Block.KeyValue("Skäl", d.offentlig() && p.sekretess() ? UTDRAG_SKAL_SEKRETESS : r.skal()));
        blocks.add(new Block.BulletList(r.andringar(p.nummer())));
      }
    }
    return blocks;
  }

  /** What the utdrag is certified against: the justerat original, or the newest rättad version it is taken from. */
  private static String kalla(ProtokollData d) {
    return d.rattelser().stream().map(Rattelsetext::version).max(Integer::compare)
        .map(v -> "protokollet i rättad version " + v).orElse("originalprotokollet");
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
    if (!d.tjanstgoringsnot().isBlank()) {
      blocks.add(new Block.KeyValue("Ajournering", d.tjanstgoringsnot().replaceFirst("^Ajournering(ar)? ", "")));
    }
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
    blocks.add(new Block.KeepTogether(List.of(new Block.Paragraph(role, true), new Block.Paragraph(SIGNATURLINJE),
        new Block.Paragraph(name.isBlank() ? " " : name))));
  }

  private static List<Block> anslagsbevis(ProtokollData d) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, "Anslagsbevis"));
    if (d.anslagsdatum().isBlank()) {
      blocks.add(new Block.Paragraph(d.justerat() ? "Justeringen har ännu inte tillkännagivits genom anslag."
          : "Anslag sker när protokollet har justerats."));
      return blocks;
    }
    List<Block> bevis = new ArrayList<>();
    bevis.add(new Block.Paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på "
        + "kommunens anslagstavla."));
    bevis.add(new Block.KeyValue("Organ", d.organ()));
    bevis.add(new Block.KeyValue("Sammanträdesdatum", d.datum()));
    if (!d.justeringsdatum().isBlank()) {
      bevis.add(new Block.KeyValue("Datum för justering", d.justeringsdatum()));
    }
    bevis.add(new Block.KeyValue("Datum då anslaget sätts upp", d.anslagsdatum()));
    if (!d.sistaDag().isBlank()) {
      bevis.add(new Block.KeyValue("Sista dag för överklagande", d.sistaDag()));
    }
    bevis.add(new Block.KeyValue("Datum då anslaget tas ned", d.anslagNedtagning()));
    bevis.add(new Block.KeyValue("Förvaringsplats för protokollet", d.forvaringsplats()));
    bevis.add(new Block.Paragraph("Underskrift", true));
    bevis.add(new Block.Paragraph(SIGNATURLINJE));
    bevis.add(new Block.Paragraph(d.sekreterare().isBlank() ? " " : d.sekreterare()));
    blocks.add(new Block.KeepTogether(bevis));
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

  private static Block.Section paragraf(ProtokollParagraf p, String id, boolean offentlig) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(p.rubrikNummer(), true));
    blocks.add(new Block.Heading(1, p.rubrik()));
    if (!p.arendenr().isBlank()) {
      blocks.add(new Block.Paragraph("Ärendenr " + p.arendenr()));
    }
    if (offentlig && p.sekretess()) {
      blocks.add(new Block.Paragraph(p.behandling().beslutOffentligt()
          ? p.sekretessgrund().paragraf().replace("Underlaget redovisas inte i den offentliga versionen.",
              "Beslutet redovisas; övriga uppgifter i paragrafen redovisas inte i den offentliga versionen.")
          : p.sekretessgrund().paragraf()));
      if (p.behandling().beslutOffentligt()) {
        text(blocks, "Beslut", p.beslut());
      }
      return new Block.Section(id, p.rubrikNummer() + " " + p.rubrik(), blocks, List.of());
    }
    Behandlingstext b = p.behandling();
    if (!b.beslutande().isBlank()) {
      blocks.add(new Block.KeyValue("Beslutande", b.beslutande()));
    }
    list(blocks, "Jäv", b.jav());
    text(blocks, "Beslut", p.beslut().isBlank() ? "Beslut saknas." : p.beslut());
    text(blocks, "Sammanfattning av ärendet", p.sammanfattning());
    list(blocks, "Beslutsunderlag", b.beslutsunderlag());
    list(blocks, "Yrkanden", b.yrkanden());
    text(blocks, "Propositionsordning", b.propositionsordning());
    if (b.omrostning() != null) {
      Behandlingstext.Omrostningstext o = b.omrostning();
      blocks.add(new Block.Heading(2, "Omröstning"));
      blocks.add(new Block.KeyValue("Ja", o.ja()));
      blocks.add(new Block.KeyValue("Nej", o.nej()));
      blocks.add(new Block.Table(List.of(4.0, 1.0, 1.5), List.of("Ledamot", "Parti", "Röst"), o.rader()));
      blocks.add(new Block.Paragraph(o.resultat()));
    }
    list(blocks, "Reservationer", b.reservationer());
    list(blocks, "Protokollsanteckningar", b.anteckningar());
    text(blocks, "Beslutsgång", p.beslutsgang());
    if (!p.skickasTill().isEmpty()) {
      blocks.add(new Block.Heading(2, "Beslutet skickas till"));
      blocks.add(new Block.BulletList(p.skickasTill()));
    }
    return new Block.Section(id, p.rubrikNummer() + " " + p.rubrik(), blocks, List.of());
  }

  private static void list(List<Block> blocks, String heading, List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Block.Heading(2, heading));
      items.forEach(i -> blocks.add(new Block.Paragraph(i)));
    }
  }

  private static void text(List<Block> blocks, String heading, String text) {
    if (!text.isBlank()) {
      blocks.add(new Block.Heading(2, heading));
      blocks.addAll(Markup.blocks(text));
    }
  }
}
