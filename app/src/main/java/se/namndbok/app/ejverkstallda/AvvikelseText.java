package se.namndbok.app.ejverkstallda;

import java.util.List;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.ejverkstallda.KvartalsrapportTabeller;

/**
 * How today's data differ from a fastställd report, in the words the window's notice and the {@code ivo} command's
 * warning share (no JavaFX here: the command uses it too).
 */
final class AvvikelseText {
  private AvvikelseText() {}

  /** The window's notice: the heading and {@link #rader}; empty when today's data give the fastställda figures. */
  static String notis(Kvartalsrapport r) {
    List<String> rader = rader(r);
    return rader.isEmpty() ? "" : Messages.get("statistik.avvikelse.rubrik") + "\n" + String.join("\n", rader);
  }

  /**
   * Per insats whose fastställda figures of {@code r}'s own quarter today's data no longer give, one line: "•
   * Särskilt boende, ÄO: fastställt 48 (31 kvinnor och 17 män), i dag 47 (30 kvinnor och 17 män)", or, when only
   * the split between women and men differs, "fastställt 31 kvinnor och 17 män, i dag 30 kvinnor och 18 män".
   */
  static List<String> rader(Kvartalsrapport r) {
    return r.avvikelser().stream().filter(a -> a.kvartal().equals(r.kvartal()))
        .map(a -> Messages.format("statistik.avvikelse.rad", KvartalsrapportTabeller.insats(r, a.insats()),
            antal(a, a.fryst()), antal(a, a.nu())))
        .toList();
  }

  private static String antal(Avvikelse a, Antal antal) {
    String kon = Messages.format("statistik.avvikelse.kon", antal.kvinnor(), antal.man());
    return a.baraKon() ? kon : Messages.format("statistik.avvikelse.summa", antal.summa(), kon);
  }
}
