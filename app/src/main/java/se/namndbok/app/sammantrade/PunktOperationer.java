package se.namndbok.app.sammantrade;

import java.util.List;
import se.namndbok.app.shared.AppServices;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Beslutsunderlag;
import se.namndbok.core.sammantrade.Bilaga;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.reports.bilaga.PdfAttachmentCheck;

/**
 * The builder's changes that take more than one service call, each in one transaction: standard items placed
 * at once, a removed item restored with its underlag, a file checked as PDF before it is stored. Runs on a
 * worker thread; knows no JavaFX.
 */
final class PunktOperationer {
  private final AppServices services;

  PunktOperationer(AppServices services) {
    this.services = services;
  }

  /** The meeting's items in punkt order, each with its ärende. */
  List<Punktrad> rows(long sammantradeId) {
    return services.arendelista().punkter(sammantradeId).stream()
        .map(p -> new Punktrad(p, p.innehall().arendeId() == null ? null
            : services.arenden().findById(p.innehall().arendeId()).orElse(null)))
        .toList();
  }

  /**
   * Adds those of {@code typer} the list lacks, first ({@code first}) or last, in the given order; returns the
   * id of the last one added, or null when all were there.
   */
  Long addStandard(long sammantradeId, List<ArendepunktTyp> typer, boolean first) {
    return services.database().inTransaction(tx -> {
      List<ArendepunktTyp> present = services.arendelista().punkter(tx, sammantradeId).stream()
          .map(Arendepunkt::typ).toList();
      Long last = null;
      int place = 0;
      for (ArendepunktTyp typ : typer) {
        if (present.contains(typ)) {
          continue;
        }
        var ny = new ArendepunktInnehall(typ, null, typ.text(), null, PunktTexter.INGA, false, null);
        Arendepunkt p = services.arendelista().add(tx, sammantradeId, ny);
        if (first) {
          services.arendelista().moveTo(tx, p.id(), place++);
        }
        last = p.id();
      }
      return last;
    });
  }

  /** Removes the item; returns what is needed to put it back. */
  RemovedPunkt remove(long punktId) {
    List<Beslutsunderlag> underlag = services.underlag().beslutsunderlag(punktId);
    List<Bilaga> bilagor = services.underlag().bilagor(punktId);
    Arendepunkt removed = services.arendelista().remove(punktId);
    return new RemovedPunkt(removed, underlag, bilagor);
  }

  /** Adds the removed item again at its old place with its beslutsunderlag and bilagor; returns the new id. */
  long restore(RemovedPunkt r) {
    return services.database().inTransaction(tx -> {
      Arendepunkt p = services.arendelista().add(tx, r.punkt().sammantradeId(), r.punkt().innehall());
      services.arendelista().moveTo(tx, p.id(), r.punkt().ordning() - 1);
      for (Beslutsunderlag u : r.underlag()) {
        if (u.handlingId() != null) {
          services.underlag().addHandling(tx, p.id(), u.handlingId());
        } else {
          services.underlag().addText(tx, p.id(), u.text());
        }
      }
      for (Bilaga b : r.bilagor()) {
        services.underlag().addBilaga(tx, p.id(), b.handlingId());
      }
      return p.id();
    });
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
