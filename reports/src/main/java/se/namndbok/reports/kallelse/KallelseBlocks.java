package se.namndbok.reports.kallelse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutBlocks;
import se.namndbok.reports.layout.Attachment;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.Markup;
import se.namndbok.reports.meddelanden.MeddelandenBlocks;
import se.namndbok.reports.sekretess.Sekretess;

/**
 * The kallelse as blocks: first page as Swedish kallelser have it (logo, nämnd, Kallelse, Datum, Tid, Plats,
 * ordförande and sekreterare with contact details, Förhinder anmäls till, ledamöter and ersättare as separate
 * lists in party order, Upprop, Val av justerare with the proposal and the justering), Innehållsförteckning from
 * page 2 with each punkt's bilagor and their pages, then each item from a new page followed by its attachments.
 */
final class KallelseBlocks {
  private KallelseBlocks() {}

  static List<Block> of(KallelseData data) {
    List<Block> blocks = new ArrayList<>(firstPage(data));
    blocks.add(new Block.PageBreak());
    blocks.add(new Block.Heading(1, "Innehållsförteckning"));
    blocks.add(contents(data));
    for (int i = 0; i < data.punkter().size(); i++) {
      blocks.add(item(data.punkter().get(i), sectionId(i), data.offentlig()));
    }
    return blocks;
  }

  private static String sectionId(int index) {
    return "punkt-" + index;
  }

  private static List<Block> firstPage(KallelseData data) {
    Forstasida f = data.forstasida();
    List<Block> blocks = new ArrayList<>();
    if (f.logo() != null) {
      blocks.add(new Block.Image(f.logo(), "Logotyp: " + data.kommun(), 40f));
    }
    blocks.add(new Block.Paragraph(data.kommun().toUpperCase(Locale.ROOT) + " · "
        + data.namnd().toUpperCase(Locale.ROOT), true));
    blocks.add(new Block.Heading(1, f.revidering().isBlank() ? "Kallelse" : "Reviderad kallelse"));
    if (!f.revidering().isBlank()) {
      blocks.add(new Block.Paragraph(f.revidering(), true));
    }
    if (data.offentlig()) {
      blocks.add(new Block.Paragraph(Sekretess.OFFENTLIG_VERSION));
    }
    keyValue(blocks, "Datum", f.kallelsedatum());
    blocks.add(new Block.KeyValue("Tid", data.tid()));
    blocks.add(new Block.KeyValue("Plats", data.plats()));
    keyValue(blocks, "Ordförande", f.ordforande());
    keyValue(blocks, "Sekreterare", f.sekreterare());
    if (!f.forhinder().isBlank()) {
      blocks.add(new Block.Paragraph("Förhinder anmäls till " + f.forhinder() + "."));
    }
    Ledamoter.lists(blocks, data.ledamoter(), f.partiordning());
    blocks.add(new Block.Heading(2, "Upprop"));
    blocks.add(new Block.Heading(2, "Val av justerare"));
    if (!f.justerare().isEmpty()) {
      blocks.add(new Block.KeyValue("Förslag", String.join(" och ", f.justerare())));
    }
    keyValue(blocks, "Justering", f.justering());
    return blocks;
  }

  private static void keyValue(List<Block> blocks, String key, String value) {
    if (!value.isBlank()) {
      blocks.add(new Block.KeyValue(key, value));
    }
  }

  /** One row per punkt and, under it, one per bilaga with its own pages ("Bilaga: title"). */
  private static Block contents(KallelseData data) {
    List<Block.ContentsRow> rows = new ArrayList<>();
    for (int i = 0; i < data.punkter().size(); i++) {
      Arendepunkt p = data.punkter().get(i);
      rows.add(new Block.ContentsRow(List.of(p.punkt(), p.rubrik(), p.arendenr()), sectionId(i)));
      for (int b = 0; b < p.bilagor().size(); b++) {
        rows.add(new Block.ContentsRow(List.of("", "Bilaga: " + p.bilagor().get(b).titel(), ""), sectionId(i), b));
      }
    }
    return new Block.Contents(List.of(0.9, 5.4, 1.6, 1.2), List.of("Punkt", "Rubrik", "Ärendenr", "Sida"), rows);
  }

  private static Block item(Arendepunkt p, String id, boolean offentlig) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph("Punkt " + p.punkt(), true));
    blocks.add(new Block.Heading(1, p.rubrik()));
    if (!p.arendenr().isBlank()) {
      blocks.add(new Block.Paragraph("Ärendenr " + p.arendenrMedKlassificering()));
    }
    if (offentlig && p.sekretess()) {
      blocks.add(new Block.Paragraph(p.sekretesstext()));
      return new Block.Section(id, p.punkt() + ". " + p.rubrik(), blocks, List.of());
    }
    text(blocks, p.forslagRubrik().isBlank() ? "Förslag till beslut" : p.forslagRubrik(), p.forslag());
    text(blocks, "Sammanfattning av ärendet", p.sammanfattning());
    description(blocks, p);
    text(blocks, "Dialog", p.dialog());
    list(blocks, "Beslutsunderlag", p.beslutsunderlag().stream().map(Underlag::text).toList());
    list(blocks, "Beslutet skickas till", p.skickasTill());
    List<Attachment> attachments =
        p.bilagor().stream().map(b -> new Attachment(b.filnamn(), b.pdf(), b.titel())).toList();
    return new Block.Section(id, p.punkt() + ". " + p.rubrik(), blocks, attachments);
  }

  private static void description(List<Block> blocks, Arendepunkt p) {
    boolean tables = !p.meddelanden().isEmpty() || !p.delegationsbeslut().isEmpty() || !p.ovrigaBeslut().isEmpty()
        || !p.statistik().isEmpty();
    if (p.beskrivning().isBlank() && !tables) {
      return;
    }
    blocks.add(new Block.Heading(2, "Beskrivning av ärendet"));
    blocks.addAll(Markup.blocks(p.beskrivning()));
    blocks.addAll(p.statistik());
    if (!p.meddelanden().isEmpty()) {
      blocks.add(MeddelandenBlocks.table(p.meddelanden()));
    }
    blocks.addAll(DelegationsbeslutBlocks.grouped(p.delegationsbeslut(), p.ovrigaBeslut(), 3));
  }

  private static void text(List<Block> blocks, String heading, String text) {
    if (!text.isBlank()) {
      blocks.add(new Block.Heading(2, heading));
      blocks.addAll(Markup.blocks(text));
    }
  }

  private static void list(List<Block> blocks, String heading, List<String> lines) {
    if (!lines.isEmpty()) {
      blocks.add(new Block.Heading(2, heading));
      blocks.add(new Block.BulletList(lines));
    }
  }
}
