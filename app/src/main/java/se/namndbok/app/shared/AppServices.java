package se.namndbok.app.shared;

import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.db.Database;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutService;
import se.namndbok.core.meddelande.MeddelandeService;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.MotesstandardService;
import se.namndbok.core.sammantrade.SammantradesplanService;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.UnderlagService;
import se.namndbok.core.shared.Clock;

/** The core services the window uses, wired once from the open store; add a service here, one line. */
public final class AppServices {
  private final Database database;
  private final Clock clock;
  private final ArendeService arenden;
  private final NamndService namnder;
  private final DelegatService delegater;
  private final LedamotService ledamoter;
  private final SammantradeService sammantraden;
  private final DelegationsbeslutService delegationsbeslut;
  private final MeddelandeService meddelanden;
  private final ArendelistaService arendelista;
  private final UnderlagService underlag;
  private final WindowPreferences preferences;
  private final ArendeStatusService arendestatus;
  private final MotesstandardService motesstandard;
  private final SammantradesplanService sammantradesplan;
  private final Desktop desktop;
  private final Andringar andringar = new Andringar();

  public AppServices(Database database, Clock clock) {
    this(database, clock, WindowPreferences.forUser());
  }

  /** With the preferences to remember the last used meeting in (tests give their own node). */
  public AppServices(Database database, Clock clock, WindowPreferences preferences) {
    this(database, clock, preferences, new Desktop(SystemPrograms.desktop(), FileDialogs.system()));
  }

  /** With the operating system's programs and file dialogs (tests give stand-ins). */
  public AppServices(Database database, Clock clock, WindowPreferences preferences, Desktop desktop) {
    this.database = database;
    this.clock = clock;
    this.arenden = new ArendeService(database, database.files(), clock);
    this.namnder = new NamndService(database, clock);
    this.delegater = new DelegatService(database, clock);
    this.ledamoter = new LedamotService(database, clock);
    this.sammantraden = new SammantradeService(database, clock);
    this.delegationsbeslut = new DelegationsbeslutService(database, database.files(), clock);
    this.meddelanden = new MeddelandeService(database, database.files(), clock);
    this.arendelista = new ArendelistaService(database, clock);
    this.underlag = new UnderlagService(database, database.files(), clock);
    this.preferences = preferences;
    this.arendestatus = new ArendeStatusService(database, clock);
    this.motesstandard = new MotesstandardService(database, clock);
    this.sammantradesplan = new SammantradesplanService(database, clock);
    this.desktop = desktop;
  }

  /** The window's ways into the operating system: programs for files and the file dialogs. */
  public record Desktop(SystemPrograms programs, FileDialogs fileDialogs) {}

  public Database database() {
    return database;
  }

  public Clock clock() {
    return clock;
  }

  public ArendeService arenden() {
    return arenden;
  }

  public NamndService namnder() {
    return namnder;
  }

  public DelegatService delegater() {
    return delegater;
  }

  public LedamotService ledamoter() {
    return ledamoter;
  }

  public SammantradeService sammantraden() {
    return sammantraden;
  }

  public DelegationsbeslutService delegationsbeslut() {
    return delegationsbeslut;
  }

  public MeddelandeService meddelanden() {
    return meddelanden;
  }

  public ArendelistaService arendelista() {
    return arendelista;
  }

  public UnderlagService underlag() {
    return underlag;
  }

  /** Colleagues' changes to the shared store, for the areas to reload on (decision 0092). */
  public Andringar andringar() {
    return andringar;
  }

  public WindowPreferences preferences() {
    return preferences;
  }

  public ArendeStatusService arendestatus() {
    return arendestatus;
  }

  public MotesstandardService motesstandard() {
    return motesstandard;
  }

  public SammantradesplanService sammantradesplan() {
    return sammantradesplan;
  }

  public SystemPrograms programs() {
    return desktop.programs();
  }

  public FileDialogs fileDialogs() {
    return desktop.fileDialogs();
  }
}
