package se.namndbok.core;

import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.Sakerhetskopior;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.anmalan.AnmalanImport;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutImport;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutSlag;
import se.namndbok.core.delegationsbeslut.DelegationsordningService;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.ejverkstallda.BeslutImport;
import se.namndbok.core.ejverkstallda.BeslutService;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.InsatsService;
import se.namndbok.core.ejverkstallda.IvoLista;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.TjansteskrivelseService;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.kallelse.UtskickService;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeImport;
import se.namndbok.core.meddelande.MeddelandeSlag;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.LogoService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.protokoll.JusteratProtokollService;
import se.namndbok.core.protokoll.ProtokollArkiv;
import se.namndbok.core.protokoll.ProtokollLasning;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.MotesstandardService;
import se.namndbok.core.sammantrade.SammantradesplanService;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.UnderlagService;
import se.namndbok.core.migrera.MigreringService;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.sammantradesfil.SammantradesfilExport;
import se.namndbok.core.sammantradesfil.SammantradesfilImport;
import se.namndbok.core.server.ServerService;
import se.namndbok.core.shared.Clock;

/**
 * The composition root: every core service, built once from the store and the clock and handed out to the
 * window and the commands. Services get their peers through their constructors; none builds another. Each
 * public method of a service is one user action in one transaction (decision record 0080).
 *
 * <p>Who is acting is set here, once: the {@link AuditLog} every service writes through records
 * {@link Clock#user()}, and every service runs its transactions through the one {@link Transactions} built here;
 * an authenticated user and a role check belong in these two places.
 */
public final class CoreServices {
  private final Database store;
  private final Clock clock;
  private final AuditLog audit;
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final DelegatService delegater;
  private final DelegationsordningService delegationsordning;
  private final SekretessgrundService sekretessgrunder;
  private final LogoService logo;
  private final ServerService server;
  private final ArendeService arenden;
  private final SammantradeService sammantraden;
  private final ArendelistaService arendelista;
  private final UnderlagService underlag;
  private final ArendeStatusService arendestatus;
  private final MotesstandardService motesstandard;
  private final SammantradesplanService sammantradesplan;
  private final AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut;
  private final AnmalanImport<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslutImport;
  private final AnmalanService<NyttMeddelande, Meddelande> meddelanden;
  private final AnmalanImport<NyttMeddelande, Meddelande> meddelandeImport;
  private final ProtokollService protokoll;
  private final JusteratProtokollService justeratProtokoll;
  private final UtskickService utskick;
  private final KallelseService kallelse;
  private final BeslutService beslut;
  private final BeslutImport beslutImport;
  private final InsatsService insatser;
  private final KvartalsrapportService kvartalsrapporter;
  private final IvoLista ivoLista;
  private final BackupService backup;
  private final Sakerhetskopior sakerhetskopior;
  private final DemoBoard demo;
  private final TjansteskrivelseService tjansteskrivelse;
  private final SammantradesfilExport sammantradesfilExport;
  private final SammantradesfilImport sammantradesfilImport;

  /** {@code renderers} make the PDFs kept when a kallelse is sent and a protokoll justerat or corrected. */
  /**
   * Loads and initialises, without a store, what opening the embedded store and building the services on it
   * will need: the migration versions, H2's engine, jOOQ's tables of the schema and the audit log's JSON. For a
   * command to run on a thread of its own while its command line is parsed (decision 0149); it opens nothing.
   */
  public static void prepare() {
    Database.prepareEmbedded();
    try {
      Class.forName(AuditLog.class.getName(), true, CoreServices.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      // only a head start
    }
  }

  public CoreServices(Database store, Clock clock, Renderers renderers) {
    this.store = store;
    this.clock = clock;
    Transactions tx = store;
    audit = new AuditLog(tx, clock);
    namnd = new NamndService(tx, audit, clock);
    ledamoter = new LedamotService(tx, audit, namnd);
    delegater = new DelegatService(tx, audit, namnd);
    delegationsordning = new DelegationsordningService(tx, audit, namnd, delegater);
    sekretessgrunder = new SekretessgrundService(tx, audit);
    logo = new LogoService(tx, store.files(), namnd);
    server = new ServerService(store);
    arenden = new ArendeService(tx, store.files(), audit, sekretessgrunder, clock);
    sammantraden = new SammantradeService(tx, audit, namnd, ledamoter, clock);
    arendelista = new ArendelistaService(tx, audit, sammantraden, arenden, sekretessgrunder);
    underlag = new UnderlagService(tx, audit, arenden, arendelista);
    arendestatus = new ArendeStatusService(tx, audit, clock);
    motesstandard = new MotesstandardService(tx, audit, namnd, sammantraden, arendelista);
    sammantradesplan = new SammantradesplanService(tx, audit, namnd, sammantraden, clock);
    Diariekoppling diarium = new Diariekoppling(arenden);
    delegationsbeslut = new AnmalanService<>(tx, audit, sammantraden, diarium, new DelegationsbeslutSlag(delegater, delegationsordning),
        sekretessgrunder, clock);
    delegationsbeslutImport = new AnmalanImport<>(tx, delegationsbeslut, DelegationsbeslutImport.format(),
        sekretessgrunder);
    meddelanden = new AnmalanService<>(tx, audit, sammantraden, diarium, new MeddelandeSlag(), sekretessgrunder, clock);
    meddelandeImport = new AnmalanImport<>(tx, meddelanden, MeddelandeImport.format(), sekretessgrunder);
    ProtokollLasning protokollLasning = new ProtokollLasning(tx, namnd, ledamoter, sammantraden, arendelista,
        arenden, underlag);
    ProtokollArkiv arkiv = new ProtokollArkiv(tx, store.files(), renderers.protokoll(), protokollLasning, clock);
    protokoll = new ProtokollService(tx, audit, sammantraden, arendelista, ledamoter, namnd, protokollLasning, arkiv);
    justeratProtokoll = new JusteratProtokollService(tx, audit, sammantraden, arendelista, protokollLasning, arkiv,
        ledamoter);
    beslut = new BeslutService(tx, audit, clock);
    beslutImport = new BeslutImport(tx, audit, clock);
    insatser = new InsatsService(tx, audit);
    kvartalsrapporter = new KvartalsrapportService(tx, audit, clock);
    ivoLista = new IvoLista(tx);
    kallelse = new KallelseService(tx, store.files(), new KallelseService.Kallor(namnd, ledamoter, sammantraden,
        underlag, arenden, meddelanden, delegationsbeslut, delegater, delegationsordning, kvartalsrapporter));
    utskick = new UtskickService(tx, store.files(), renderers.kallelse(), kallelse, sammantraden, audit, clock);
    backup = new BackupService(store, clock);
    sakerhetskopior = new Sakerhetskopior(store, clock);
    tjansteskrivelse = new TjansteskrivelseService(tx, sammantraden, arendelista, underlag, arenden);
    sammantradesfilExport = new SammantradesfilExport(tx, kallelse, arenden, sekretessgrunder, logo,
        delegationsordning);
    sammantradesfilImport = new SammantradesfilImport(tx, new SammantradesfilImport.Tjanster(namnd, logo, ledamoter,
        sekretessgrunder, arenden, sammantraden, arendelista, underlag, delegationsordning, meddelanden,
        delegationsbeslut));
    demo = new DemoBoard(tx, new DemoBoard.Tjanster(namnd, ledamoter, delegater, arenden, sammantraden, arendelista,
        underlag, meddelanden, delegationsbeslut, protokoll,
        new EjVerkstalldaDemo(tx, beslutImport, kvartalsrapporter), sekretessgrunder, logo, delegationsordning));
  }

  /**
   * The store the services work on: for the program to ask what kind it is ({@code shared()}), whom it is
   * logged in as, to listen for colleagues' changes and to close it. Its transactions stay core's (ArchUnit).
   */
  public Database store() {
    return store;
  }

  /** Today's date and the acting user's name, as every service sees them. */
  public Clock clock() {
    return clock;
  }

  /** The audit log: who changed what, when (read it; services write it). */
  public AuditLog audit() {
    return audit;
  }

  public NamndService namnd() {
    return namnd;
  }

  public LedamotService ledamoter() {
    return ledamoter;
  }

  public DelegatService delegater() {
    return delegater;
  }

  /** What the quarterly report's tjänsteskrivelse takes from the meeting item presenting it (decision 0119). */
  public TjansteskrivelseService tjansteskrivelse() {
    return tjansteskrivelse;
  }

  /** {@code export sammantrade}: a meeting as one JSON file (decision 0118). */
  public SammantradesfilExport sammantradesfilExport() {
    return sammantradesfilExport;
  }

  /** {@code import sammantrade}: a meeting file into this store, all or nothing (decision 0118). */
  public SammantradesfilImport sammantradesfilImport() {
    return sammantradesfilImport;
  }

  /** The nämnd's delegationsordning (Inställningar), which the delegationsbeslut refer to by point. */
  public DelegationsordningService delegationsordning() {
    return delegationsordning;
  }

  /** The nämnd's catalogue of sekretessgrunder (Inställningar). */
  public SekretessgrundService sekretessgrunder() {
    return sekretessgrunder;
  }

  /** The nämnd's logo on the kallelse's first page. */
  public LogoService logo() {
    return logo;
  }

  /** The shared store's set-up and users ({@code server init}, {@code server anvandare}, Inställningar). */
  public ServerService server() {
    return server;
  }

  /**
   * {@code migrera}: a copy of this (embedded) store into the empty shared store {@code mal} opened by its
   * owner, verified in one transaction of the shared store.
   */
  public MigreringService migreringTill(CoreServices mal) {
    return new MigreringService(store, mal.store, mal.server);
  }

  public ArendeService arenden() {
    return arenden;
  }

  public SammantradeService sammantraden() {
    return sammantraden;
  }

  public ArendelistaService arendelista() {
    return arendelista;
  }

  public UnderlagService underlag() {
    return underlag;
  }

  /** Closing and reopening an ärende, with its reason. */
  public ArendeStatusService arendestatus() {
    return arendestatus;
  }

  /** The board's usual time, place and standard punkter, and a new meeting made from them. */
  public MotesstandardService motesstandard() {
    return motesstandard;
  }

  /** The board's meeting plan and the next meeting it proposes. */
  public SammantradesplanService sammantradesplan() {
    return sammantradesplan;
  }

  /** The delegationsbeslut reported to the board: one {@link AnmalanService} with the delegationsbeslut's fields. */
  public AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut() {
    return delegationsbeslut;
  }

  public AnmalanImport<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslutImport() {
    return delegationsbeslutImport;
  }

  /** The meddelanden reported to the board: the same {@link AnmalanService} with the meddelanden's fields. */
  public AnmalanService<NyttMeddelande, Meddelande> meddelanden() {
    return meddelanden;
  }

  public AnmalanImport<NyttMeddelande, Meddelande> meddelandeImport() {
    return meddelandeImport;
  }

  public ProtokollService protokoll() {
    return protokoll;
  }

  /** A justerat protokoll's kept versions and its rättelse. */
  public JusteratProtokollService justeratProtokoll() {
    return justeratProtokoll;
  }

  /** Sending a kallelse and its sent versions. */
  public UtskickService utskick() {
    return utskick;
  }

  public KallelseService kallelse() {
    return kallelse;
  }

  public BeslutService beslut() {
    return beslut;
  }

  public BeslutImport beslutImport() {
    return beslutImport;
  }

  public InsatsService insatser() {
    return insatser;
  }

  public KvartalsrapportService kvartalsrapporter() {
    return kvartalsrapporter;
  }

  public IvoLista ivoLista() {
    return ivoLista;
  }

  public BackupService backup() {
    return backup;
  }

  /** The embedded store's automatic daily backups (decision record 0139). */
  public Sakerhetskopior sakerhetskopior() {
    return sakerhetskopior;
  }

  public DemoBoard demo() {
    return demo;
  }
}
