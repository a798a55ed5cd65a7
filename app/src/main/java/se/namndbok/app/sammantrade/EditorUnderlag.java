package se.namndbok.app.sammantrade;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.sammantrade.PunktUnderlag;

/** Reads an item's beslutsunderlag and bilagor as lines of text, and the handlingar its ärende has to pick from. */
final class EditorUnderlag {
  private final AppServices services;

  EditorUnderlag(AppServices services) {
    this.services = services;
  }

  record Read(List<Underlagsrad> underlag, List<Underlagsrad> bilagor, List<Handling> handlingar) {}

  Read read(Punktrad r) {
    PunktUnderlag read = services.underlag().forEditor(r.id());
    List<Handling> handlingar = read.handlingar();
    Map<Long, Handling> byId = handlingar.stream().collect(Collectors.toMap(Handling::id, Function.identity()));
    List<Underlagsrad> underlag = read.underlag().stream()
        .map(u -> new Underlagsrad(u.id(), u.handlingId() == null ? u.text() : text(byId.get(u.handlingId()))))
        .toList();
    List<Underlagsrad> bilagor = read.bilagor().stream()
        .map(b -> new Underlagsrad(b.id(), text(byId.get(b.handlingId())))).toList();
    return new Read(underlag, bilagor, handlingar);
  }

  /** "Tjänsteskrivelse om statsbidrag, Hid: 2025.12 (tjansteskrivelse.pdf)". */
  static String text(Handling h) {
    if (h == null) {
      return Messages.get("editor.handling.annan");
    }
    String fil = h.fil() == null ? "" : " (" + h.fil().namn() + ")";
    return h.rubrik() + ", Hid: " + h.handlingsId() + fil;
  }
}
