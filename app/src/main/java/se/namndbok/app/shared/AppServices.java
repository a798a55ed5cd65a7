package se.namndbok.app.shared;

import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.CoreServices;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.MotesstandardService;
import se.namndbok.core.sammantrade.SammantradesplanService;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.UnderlagService;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Clock;

/**
 * What the window's areas are built from: the core's services (its composition root, built once where the store
 * is opened) and the window's own preferences. The shortcuts below are the services most areas use.
 */
public final class AppServices {
  private final CoreServices core;
  private final WindowPreferences preferences;
  private final Desktop desktop;
  private final Andringar andringar = new Andringar();
  private final Drafts drafts;

  public AppServices(CoreServices core) {
    this(core, WindowPreferences.forUser());
  }

  /** With the preferences to remember the last used meeting in (tests give their own node). */
  public AppServices(CoreServices core, WindowPreferences preferences) {
    this(core, preferences, new Desktop(SystemPrograms.desktop(), FileDialogs.system()));
  }

  /** With the operating system's programs and file dialogs (tests give stand-ins); keeps no drafts. */
  public AppServices(CoreServices core, WindowPreferences preferences, Desktop desktop) {
    this(core, preferences, desktop, Drafts.none());
  }

  /** With where unsaved input is kept while it is typed (decision 0171). */
  public AppServices(CoreServices core, WindowPreferences preferences, Desktop desktop, Drafts drafts) {
    this.core = core;
    this.preferences = preferences;
    this.desktop = desktop;
    this.drafts = drafts;
  }

  /** Where each form's unsaved input is kept while it is typed, to be filled in again after a crash. */
  public Drafts drafts() {
    return drafts;
  }

  /** The window's ways into the operating system: programs for files and the file dialogs. */
  public record Desktop(SystemPrograms programs, FileDialogs fileDialogs) {}

  public CoreServices core() {
    return core;
  }

  /** The opened store: its kind, its logged-in user and roles, colleagues' changes (never its transactions). */
  public Database database() {
    return core.store();
  }

  public Clock clock() {
    return core.clock();
  }

  public ArendeService arenden() {
    return core.arenden();
  }

  public NamndService namnder() {
    return core.namnd();
  }

  public DelegatService delegater() {
    return core.delegater();
  }

  public se.namndbok.core.delegationsbeslut.DelegationsordningService delegationsordning() {
    return core.delegationsordning();
  }

  public LedamotService ledamoter() {
    return core.ledamoter();
  }

  public SammantradeService sammantraden() {
    return core.sammantraden();
  }

  public AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut() {
    return core.delegationsbeslut();
  }

  public AnmalanService<NyttMeddelande, Meddelande> meddelanden() {
    return core.meddelanden();
  }

  public ArendelistaService arendelista() {
    return core.arendelista();
  }

  public UnderlagService underlag() {
    return core.underlag();
  }

  /** Colleagues' changes to the shared store, for the areas to reload on (decision 0092). */
  public Andringar andringar() {
    return andringar;
  }

  public WindowPreferences preferences() {
    return preferences;
  }

  public ArendeStatusService arendestatus() {
    return core.arendestatus();
  }

  public MotesstandardService motesstandard() {
    return core.motesstandard();
  }

  public SammantradesplanService sammantradesplan() {
    return core.sammantradesplan();
  }

  public SystemPrograms programs() {
    return desktop.programs();
  }

  public FileDialogs fileDialogs() {
    return desktop.fileDialogs();
  }
}
