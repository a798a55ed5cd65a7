package se.namndbok.reports.ejverkstallda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;

/**
 * {@code statistik --format pdf}: the tjänsteskrivelse laid out like §§ 73–74 of the reference: date, ärendenr and
 * handläggare, heading, förslag till beslut, sammanfattning with the law reference from the nämnd's settings, the
 * table (small numbers hidden, decision 0119), the status text per insats, the comparison with the chart, dialog,
 * beslutsunderlag and "Beslutet skickas till". PDF/A-2b, tagged, written atomically.
 */
public final class KvartalsrapportPdf {
  private KvartalsrapportPdf() {}

  public static ExportResult write(Tjansteskrivelse t, Path out, Progress progress) {
    return ReportPdf.write(document(t), out, progress);
  }

  static ReportDocument document(Tjansteskrivelse t) {
    Kvartalsrapport r = t.rapport();
    String rubrik = StatistikTexter.rubrik(r.lag(), r.kvartal());
    return new ReportDocument(rubrik, t.forvaltning(), t.namnd() + " · Tjänsteskrivelse · " + r.lag() + " "
        + r.kvartal(), t.skapad(), blocks(t, rubrik));
  }

  static List<Block> blocks(Tjansteskrivelse t, String rubrik) {
    Kvartalsrapport r = t.rapport();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(t.forvaltning().toUpperCase(Locale.ROOT) + " · TJÄNSTESKRIVELSE", true));
    blocks.add(new Block.KeyValue("Datum", t.datum().toString()));
    if (!t.arendenr().isBlank()) {
      blocks.add(new Block.KeyValue("Ärendenr", t.arendenr()));
    }
    if (!t.handlaggare().isBlank()) {
      blocks.add(new Block.KeyValue("Handläggare", t.handlaggare()));
    }
    blocks.add(new Block.Heading(1, rubrik));
    blocks.add(new Block.Heading(2, genitiv(t.forvaltning()) + " förslag till beslut"));
    blocks.add(new Block.Paragraph(t.namnd() + " beslutar att överlämna redovisad statistikrapport till "
        + "kommunfullmäktige."));
    blocks.add(new Block.Heading(2, "Sammanfattning av ärendet"));
    blocks.add(new Block.Paragraph(StatistikTexter.lagkrav(t.namnd(), t.lagrum())));
    blocks.add(new Block.Paragraph(inledning(t)));
    blocks.addAll(StatistikBlocks.antalMedFotnot(r));
    blocks.add(new Block.Paragraph(t.forvaltning() + " har föreslagit " + liten(t.namnd()) + " besluta att "
        + "överlämna redovisad statistikrapport till kommunfullmäktige."));
    blocks.add(new Block.Heading(2, "Beskrivning av ärendet"));
    blocks.add(StatistikBlocks.rapporterar(t.namnd(), r));
    blocks.addAll(StatistikBlocks.status(r));
    blocks.addAll(StatistikBlocks.jamforelse(r));
    if (!t.dialog().isEmpty()) {
      blocks.add(new Block.Heading(2, "Dialog"));
      blocks.addAll(se.namndbok.reports.layout.Markup.blocks(t.dialog()));
    }
    blocks.add(new Block.Heading(2, "Beslutsunderlag"));
    blocks.add(new Block.BulletList(t.beslutsunderlag()));
    blocks.add(new Block.Heading(2, "Beslutet skickas till"));
    blocks.add(new Block.BulletList(t.skickasTill()));
    return blocks;
  }

  private static String inledning(Tjansteskrivelse t) {
    Kvartalsrapport r = t.rapport();
    String kon = "Rapporteringen ska även visa könsfördelningen i berörda ärenden, det vill säga hur stor del av de "
        + "ej verkställda besluten som gäller män respektive kvinnor. ";
    String lag = r.lag() == Lag.LSS ? " enligt LSS" : "";
    return kon + genitiv(t.namnd()) + " verksamheter har följande antal ej verkställda gynnande beslut" + lag
        + " att rapportera för " + StatistikTexter.kvartalet(r.kvartal()) + " fördelade på typ av insats och kön.";
  }

  static String genitiv(String namn) {
    return namn.endsWith("s") ? namn : namn + "s";
  }

  static String liten(String namn) {
    return namn.isEmpty() ? namn : namn.substring(0, 1).toLowerCase(Locale.forLanguageTag("sv")) + namn.substring(1);
  }
}
