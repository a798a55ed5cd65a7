package se.namndbok.app.demo;

import java.util.function.Function;
import se.namndbok.core.CoreServices;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.core.demo.DemoResultat;

/**
 * Fills an empty store with the demo board in ONE core call (one transaction): the board and its meetings, the
 * individual gynnande beslut with the frozen quarters behind §§ 73–74, and the attachments, generated as PDF/A.
 * An interrupted or refused install leaves the store empty.
 */
public final class DemoLoader implements se.namndbok.app.shared.DemoInstaller {
  private final Function<DemoBilaga, byte[]> attachments;

  /** {@code attachments} makes the PDF of each attachment the reference kallelse has after an item. */
  public DemoLoader(Function<DemoBilaga, byte[]> attachments) {
    this.attachments = attachments;
  }

  /** The loader the program uses: attachments generated as tagged PDF/A. */
  public static DemoLoader standard() {
    return new DemoLoader(se.namndbok.reports.demo.DemoBilagaPdf::of);
  }

  @Override
  public void install(CoreServices core) {
    load(core);
  }

  public DemoResultat load(CoreServices core) {
    return core.demo().load(attachments);
  }
}
