package se.namndbok.reports.ejverkstallda;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;
import se.namndbok.core.ejverkstallda.KvartalsrapportTabeller;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.reports.layout.Block;

/**
 * A quarterly report as layout blocks, shared by the tjänsteskrivelse ({@code statistik --format pdf}) and the
 * statistics item of the kallelse: the table per insats and kön, the status text per insats, the comparison
 * with the two previous quarters and a chart of the totals. Every figure comes from the computed report.
 * An insats row with no decisions prints "-" in every cell, as the reference does; totals always print numbers
 * (decision record 0013).
 */
public final class StatistikBlocks {
  static final String INGA = "-";

  private StatistikBlocks() {}

  /**
   * Everything the kallelse's statistics item shows under "Beskrivning av ärendet": how many the nämnd reports,
   * the table per insats and kön, the status text per insats, the comparison and the chart.
   */
  public static List<Block> rapport(String namnd, Kvartalsrapport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(rapporterar(namnd, r));
    blocks.addAll(antalMedFotnot(r));
    blocks.addAll(status(r));
    blocks.addAll(jamforelse(r));
    return blocks;
  }

  /** "Socialnämnden rapporterar 82 gynnande beslut enligt socialtjänstlagen (SoL), som ej har verkställts ..." */
  public static Block.Paragraph rapporterar(String namnd, Kvartalsrapport r) {
    return new Block.Paragraph(namnd + " rapporterar " + r.summa().summa() + " gynnande beslut enligt "
        + StatistikTexter.lagnamn(r.lag()) + ", som ej har verkställts inom föreskriven tid.");
  }

  /**
   * The table per insats and kön with area totals (SoL) and the grand total, with the small-number rule
   * ({@link Smatal}, decision 0119): kön cells that could single out one or two persons print "*".
   */
  public static Block.Table antal(Kvartalsrapport r) {
    Tabell t = KvartalsrapportTabeller.antal(r);
    return table(t, List.of(5.2, 1.4, 1.4, 1.6), Smatal.dolda(t));
  }

  /** The table per insats and kön and, when the small-number rule hid a cell, the note saying why. */
  public static List<Block> antalMedFotnot(Kvartalsrapport r) {
    List<Block> blocks = new ArrayList<>(List.of(antal(r)));
    if (Smatal.nagon(KvartalsrapportTabeller.antal(r))) {
      blocks.add(new Block.Paragraph(Smatal.FOTNOT));
    }
    return blocks;
  }

  /** Per insats with decisions: "X har N ej verkställda ... Av dessa är vid rapporteringstillfället:" and the lines. */
  public static List<Block> status(Kvartalsrapport r) {
    List<Block> blocks = new ArrayList<>();
    for (StatusFordelning s : r.status()) {
      blocks.add(new Block.Paragraph(StatistikTexter.statusInledning(s)));
      blocks.add(new Block.BulletList(StatistikTexter.statusRader(s)));
    }
    return blocks;
  }

  /** The comparison table (frozen columns marked), any differences against frozen figures, and the chart. */
  public static List<Block> jamforelse(Kvartalsrapport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph("Jämförelse med de två föregående kvartalsrapporterna samt det aktuella läget "
        + "visar följande statistiska data:"));
    Tabell t = KvartalsrapportTabeller.jamforelse(r);
    List<Double> widths = new ArrayList<>(List.of(4.6));
    t.kolumner().stream().skip(1).forEach(k -> widths.add(1.6));
    blocks.add(table(t, widths));
    blocks.add(new Block.Paragraph(kallor(r)));
    if (!r.avvikelser().isEmpty()) {
      blocks.add(new Block.Paragraph("Uppgifterna har ändrats efter att nämnden fastställde rapporten:"));
      blocks.add(new Block.BulletList(r.avvikelser().stream().map(a -> avvikelse(r, a)).toList()));
    }
    blocks.add(diagram(r));
    return blocks;
  }

  /** The totals over the quarters as a bar chart; its alternative text gives the same figures. */
  public static Block.BarChart diagram(Kvartalsrapport r) {
    List<String> labels = r.jamforelse().stream().map(j -> j.kvartal().sistaDag().toString()).toList();
    List<Integer> values = r.jamforelse().stream().map(Jamforelse::summa).toList();
    StringBuilder alt = new StringBuilder("Stapeldiagram över ej verkställda gynnande beslut enligt " + r.lag()
        + " totalt per rapporteringsdatum: ");
    for (int i = 0; i < labels.size(); i++) {
      alt.append(i == 0 ? "" : ", ").append(labels.get(i)).append(": ").append(values.get(i));
    }
    return new Block.BarChart("Ej verkställda beslut totalt per kvartal", alt + ".", labels, values);
  }

  /**
   * What the comparison's columns are: the fastställda print the figures the board approved, the others are
   * computed from the individual decisions. The shown quarter's own column is fastställd when the report is the
   * frozen one (the window exports a fastställd quarter so), and the text must then not call it computed.
   */
  private static String kallor(Kvartalsrapport r) {
    boolean anyFrozen = r.jamforelse().stream().anyMatch(Jamforelse::fryst);
    boolean aktuellFryst = r.jamforelse().stream().anyMatch(j -> j.fryst() && j.kvartal().equals(r.kvartal()));
    if (aktuellFryst) {
      List<String> beraknade = r.jamforelse().stream().filter(j -> !j.fryst())
          .map(j -> j.kvartal().sistaDag().toString()).toList();
      String faststalld = "Siffrorna för " + r.rapporteringsdatum() + " är de som nämnden fastställde för kvartalet.";
      if (beraknade.isEmpty()) {
        return faststalld + " Även de föregående kvartalens siffror är fastställda.";
      }
      return faststalld + " Kolumner märkta \"fastställd\" är fastställda siffror; siffrorna för "
          + String.join(" och ", beraknade) + " är beräknade ur de enskilda besluten.";
    }
    String beraknad = "Siffrorna för " + r.rapporteringsdatum() + " är beräknade ur de enskilda besluten.";
    if (!anyFrozen) {
      return beraknad + " Inget av de föregående kvartalen har fastställts; även de är beräknade.";
    }
    return beraknad + " Kolumner märkta \"fastställd\" är de siffror nämnden fastställde för kvartalet"
        + (r.jamforelse().stream().filter(j -> !j.fryst()).count() > 1 ? "; övriga är beräknade." : ".");
  }

  /**
   * "2025Q2, Särskilt boende, ÄO: fastställt 48 (31 kvinnor och 17 män), enligt dagens uppgifter 47 (30 kvinnor och
   * 17 män)", or for a difference in the split alone "fastställt 31 kvinnor och 17 män, enligt dagens uppgifter 30
   * kvinnor och 18 män". The document is public: by the small-number rule (0119) no kön figure is printed when any
   * of them counts one or two persons; a split-only difference then says only that the split changed.
   */
  static String avvikelse(Kvartalsrapport r, Avvikelse a) {
    String insats = a.kvartal() + ", " + KvartalsrapportTabeller.insats(r, a.insats()) + ": ";
    boolean fa = Stream.of(a.fryst().kvinnor(), a.fryst().man(), a.nu().kvinnor(), a.nu().man())
        .anyMatch(v -> v == 1 || v == 2);
    if (fa) {
      return insats + (a.baraKon()
          ? "fördelningen mellan kvinnor och män har ändrats (" + a.nu().summa() + " beslut; antalet per kön visas "
              + "inte när det är färre än tre)"
          : "fastställt " + a.fryst().summa() + ", enligt dagens uppgifter " + a.nu().summa());
    }
    if (a.baraKon()) {
      return insats + "fastställt " + kon(a.fryst()) + ", enligt dagens uppgifter " + kon(a.nu());
    }
    return insats + "fastställt " + a.fryst().summa() + " (" + kon(a.fryst()) + "), enligt dagens uppgifter "
        + a.nu().summa() + " (" + kon(a.nu()) + ")";
  }

  /** "31 kvinnor och 17 män", "1 kvinna och 0 män". */
  private static String kon(Kvartalsrapport.Antal a) {
    return a.kvinnor() + (a.kvinnor() == 1 ? " kvinna" : " kvinnor") + " och " + a.man()
        + (a.man() == 1 ? " man" : " män");
  }

  static Block.Table table(Tabell t, List<Double> widths) {
    return table(t, widths, t.rader().stream().map(r -> false).toList());
  }

  /** {@code dolda}: per row, whether its kön cells (the first two figures) print {@link Smatal#DOLD}. */
  static Block.Table table(Tabell t, List<Double> widths, List<Boolean> dolda) {
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> bold = new ArrayList<>();
    for (int i = 0; i < t.rader().size(); i++) {
      Tabell.Rad rad = t.rader().get(i);
      boolean empty = !rad.summa() && rad.varden().stream().allMatch(v -> v == 0);
      List<String> cells = new ArrayList<>();
      cells.add(rad.etikett());
      for (int k = 0; k < rad.varden().size(); k++) {
        int v = rad.varden().get(k);
        cells.add(empty ? INGA : dolda.get(i) && k < 2 ? Smatal.DOLD : Integer.toString(v));
      }
      rows.add(cells);
      bold.add(rad.summa());
    }
    return new Block.Table(widths, t.kolumner(), rows, bold);
  }
}
