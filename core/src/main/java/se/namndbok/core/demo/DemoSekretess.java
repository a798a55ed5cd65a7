package se.namndbok.core.demo;

import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;

/** Reads the demo's sekretess markings: grounds by code ("OSL 25:1") from the catalogue. */
final class DemoSekretess {
  private final SekretessgrundService grunder;

  DemoSekretess(SekretessgrundService grunder) {
    this.grunder = grunder;
  }

  /** The ground's id, or null for none. */
  Long grund(String kod) {
    return kod == null ? null : grunder.byKod(kod).id();
  }

  Sekretess of(DemoData.Markering m) {
    return Sekretess.of(m.sekretess(), grund(m.sekretessgrund()), Boolean.TRUE.equals(m.friklassad()));
  }
}
