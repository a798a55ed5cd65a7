package se.namndbok.core.testing;

import se.namndbok.core.CoreServices;
import se.namndbok.core.protokoll.Paragraf;
import se.namndbok.core.protokoll.Protokoll;
import se.namndbok.core.protokoll.ProtokollPunkt;

/** The current versions tests save from, as a window would have read them just before. */
public final class Versioner {
  private Versioner() {}

  /** The protokoll's version, 0 before it exists. */
  public static int protokoll(CoreServices core, long sammantradeId) {
    return core.protokoll().find(sammantradeId).map(Protokoll::version).orElse(0);
  }

  /** The version of the item's paragraf, 0 before it has a beslut. */
  public static int paragraf(CoreServices core, long arendepunktId) {
    long mote = core.arendelista().require(arendepunktId).sammantradeId();
    return core.protokoll().forEditor(mote).punkter().stream().filter(p -> p.punkt().id() == arendepunktId)
        .map(ProtokollPunkt::paragraf).filter(p -> p != null).map(Paragraf::version).findFirst().orElse(0);
  }
}
