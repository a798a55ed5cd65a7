package se.namndbok.app;

import se.namndbok.core.anvandare.AnvandarRoll;

import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.delegationsbeslut.DelegationsbeslutView;
import se.namndbok.app.diarium.DiariumView;
import se.namndbok.app.installningar.InstallningarView;
import se.namndbok.app.meddelande.MeddelandeView;
import se.namndbok.app.sammantrade.SammantradenView;
import se.namndbok.app.shared.Area;

/** The areas of the navigation, in order. Only areas that work are listed: adding one is one line here. */
final class Areas {
  static final List<Area> ALL = List.of(
      new Area("diarium", "nav.diarium", Material2AL.FOLDER_OPEN, DiariumView::new,
          AnvandarRoll.REGISTRATOR),
      new Area("sammantraden", "nav.sammantraden", Material2AL.EVENT, SammantradenView::new,
          AnvandarRoll.SEKRETERARE),
      new Area("statistik", "nav.statistik", Material2AL.INSERT_CHART, se.namndbok.app.ejverkstallda.StatistikView::new,
          AnvandarRoll.STATISTIK),
      new Area("delegationsbeslut", "nav.delegationsbeslut", Material2AL.GAVEL, DelegationsbeslutView::new,
          AnvandarRoll.REGISTRATOR),
      new Area("meddelanden", "nav.meddelanden", Material2MZ.MAIL_OUTLINE, MeddelandeView::new,
          AnvandarRoll.REGISTRATOR),
      new Area("installningar", "nav.installningar", Material2MZ.SETTINGS, InstallningarView::new,
          AnvandarRoll.ADMINISTRATOR));

  private Areas() {}
}
