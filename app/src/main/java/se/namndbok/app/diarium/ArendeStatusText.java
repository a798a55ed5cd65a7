package se.namndbok.app.diarium;

import java.util.List;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.Statushandelse;

/** The status line of the selected ärende: "Pågående · registrerat 2025-09-01" or who closed it, when and why. */
final class ArendeStatusText {
  private ArendeStatusText() {}

  static String of(Arende a, List<Statushandelse> historik) {
    if (a == null) {
      return "";
    }
    String handlaggare = a.handlaggare() == null ? "" : Messages.format("diarium.status.handlaggare", a.handlaggare());
    Statushandelse last = historik.isEmpty() ? null : historik.getLast();
    if (last == null || last.status() != a.status()) {
      return Messages.format("diarium.status.enkel", a.status().text(), a.registrerad().toString()) + handlaggare;
    }
    String key = a.status() == ArendeStatus.AVSLUTAT ? "diarium.status.avslutat" : "diarium.status.ateroppnat";
    String text = Messages.format(key, last.tid().toLocalDate().toString(), last.anvandare());
    return text + (last.anledning() == null ? "" : ": " + last.anledning()) + handlaggare;
  }
}
