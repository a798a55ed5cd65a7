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
 * The kallelse as blocks, in the reference's order: first page (nämnd, Tid, Plats, ledamöter och ersättare,
 * Upprop, Val av justerare), Innehållsförteckning from page 2, then each item from a new page followed by its attachments.
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
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(data.kommun().toUpperCase(Locale.ROOT) + " · "
        + data.namnd().toUpperCase(Locale.ROOT), true));
    blocks.add(new Block.Heading(1, "Kallelse"));
    if (data.offentlig()) {
      blocks.add(new Block.Paragraph(Sekretess.OFFENTLIG_VERSION));
    }
    blocks.add(new Block.KeyValue("Tid", data.tid()));
    blocks.add(new Block.KeyValue("Plats", data.plats()));
    members(blocks, data.ledamoter());
    blocks.add(new Block.Heading(2, "Upprop"));
    blocks.add(new Block.Heading(2, "Val av justerare"));
    return blocks;
  }

  /**
   * One table, each ordinarie ledamot beside an ersättare in the order they are called; extra ersättare get
   * rows with an empty left side (and extra ordinarie an empty right side). Regular rows keep it a simple
   * table for PDF/UA: every row has the same five cells under the same five column headers.
   */
  private static void members(List<Block> blocks, List<Ledamot> members) {
    List<Ledamot> ordinarie = members.stream().filter(m -> !m.ersattare()).toList();
    List<Ledamot> ersattare = members.stream().filter(Ledamot::ersattare).toList();
    if (members.isEmpty()) {
      return;
    }
    blocks.add(new Block.Heading(2, "Ledamöter och ersättare"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(ordinarie.size(), ersattare.size()); i++) {
      List<String> row = new ArrayList<>();
      if (i < ordinarie.size()) {
        row.addAll(List.of(ordinarie.get(i).namn(), ordinarie.get(i).parti(), ordinarie.get(i).roll()));
      } else {
        row.addAll(List.of("", "", ""));
      }
      row.add(i < ersattare.size() ? ersattare.get(i).namn() : "");
      row.add(i < ersattare.size() ? ersattare.get(i).parti() : "");
      rows.add(row);
    }
    blocks.add(new Block.Table(List.of(2.6, 0.8, 2.0, 2.6, 0.8),
        List.of("Ledamot", "Parti", "Roll", "Ersättare", "Parti"), rows));
  }

  private static Block contents(KallelseData data) {
    List<Block.ContentsRow> rows = new ArrayList<>();
    for (int i = 0; i < data.punkter().size(); i++) {
      Arendepunkt p = data.punkter().get(i);
      rows.add(new Block.ContentsRow(List.of(p.punkt(), p.rubrik(), p.arendenr()), sectionId(i)));
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
      blocks.add(new Block.Paragraph(p.sekretessgrund().arende()));
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
