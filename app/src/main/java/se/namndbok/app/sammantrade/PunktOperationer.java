package se.namndbok.app.sammantrade;

import java.util.List;
import se.namndbok.app.shared.AppServices;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.reports.bilaga.PdfAttachmentCheck;

/**
 * The builder's reads and the one change that checks a file first: each a single core call (one transaction).
 * Runs on a worker thread; knows no JavaFX.
 */
final class PunktOperationer {
  private final AppServices services;

  PunktOperationer(AppServices services) {
    this.services = services;
  }

  /** The meeting's items in punkt order, each with its ärende, in one read. */
  List<Punktrad> rows(long sammantradeId) {
    var rader = services.arendelista().rader(sammantradeId);
    java.util.Map<Long, Integer> nummer = se.namndbok.core.sammantrade.Kallelsenummer.av(
        rader.stream().map(r -> r.punkt()).toList());
    return rader.stream().map(r -> new Punktrad(r.punkt(), r.arende(), nummer.get(r.punkt().id()))).toList();
  }

  /**
   * Checks {@code bytes} as a PDF (refusing with a Swedish message naming the file, nothing stored), then
   * registers it as an upprättad handling of the item's ärende and attaches it. Returns the PDF/A notice or "".
   */
  String attach(long punktId, boolean sekretess, String fileName, byte[] bytes) {
    PdfAttachmentCheck.Accepted ok = PdfAttachmentCheck.check(fileName, bytes);
    var ny = new NyHandling(null, services.clock().today(), Riktning.UPPRATTAD, null, rubrik(fileName), sekretess);
    services.underlag().attachFile(punktId, ny, fileName, bytes);
    return ok.notice();
  }

  /** "Utredning.pdf" → "Utredning". */
  static String rubrik(String fileName) {
    String name = fileName.strip();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
  }
}
