package se.namndbok.app;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.app.anslutning.AnslutningView;
import se.namndbok.app.anslutning.AnslutningViewModel;
import se.namndbok.app.anslutning.Anslutningsuppgifter;
import se.namndbok.app.firstrun.FirstRunView;
import se.namndbok.app.firstrun.FirstRunViewModel;
import se.namndbok.app.kryptering.KrypteringViewModel;
import se.namndbok.app.kryptering.LosenordDialog;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.DemoInstaller;
import se.namndbok.app.shared.Drafts;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.SwedishLocale;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.PasswordException;
import se.namndbok.core.db.StoreInUseException;
import se.namndbok.core.shared.Clock;

/**
 * From an empty stage to a usable window: show the window at once, open the store off the JavaFX thread,
 * then the first-run choice (empty store) or the main window. A store already in use is said in Swedish.
 */
final class WindowStartup implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WindowStartup.class);

  private final Stage stage;
  private final NamndbokApp.StoreOpener opener;
  private final Clock clock;
  private final DemoInstaller demo;
  private final UiTaskExecutor executor;
  private final Runnable exit;
  private final String location;
  private final SharedStore shared;
  private volatile Database database;
  /** The day's automatic backup while the main window is open (decision record 0139). */
  private se.namndbok.app.backup.BackupSchedule backups;
  private AppServices services;
  private AutoCloseable listening = () -> {};
  private String info;
  /** Opens the encrypted embedded store with a password asked for in the window; null when it cannot ask. */
  private NamndbokApp.PasswordOpener withPassword;
  /** What the opening says of an upgrade (none unless {@link #showingProgress} gave where it is told). */
  private OpeningProgress progress = new OpeningProgress();

  WindowStartup(Stage stage, NamndbokApp.StoreOpener opener, Clock clock, DemoInstaller demo, UiTaskExecutor executor,
      String location, Runnable exit) {
    this(stage, opener, clock, demo, executor, location, exit, SharedStore.notOffered());
  }

  /**
   * {@code shared} says whether the window offers the shared database (not when it was started with
   * {@code --db}), where its details are remembered and how it is opened.
   */
  WindowStartup(Stage stage, NamndbokApp.StoreOpener opener, Clock clock, DemoInstaller demo, UiTaskExecutor executor,
      String location, Runnable exit, SharedStore shared) {
    this.stage = stage;
    this.opener = opener;
    this.clock = clock;
    this.demo = demo;
    this.executor = executor;
    this.location = location;
    this.exit = exit;
    this.shared = shared;
  }

  /** Whether and how the window connects to the shared database. */
  record SharedStore(boolean offered, Anslutningsuppgifter.Minne minne, AnslutningViewModel.Oppnare oppnare) {
    static SharedStore standard() {
      return new SharedStore(true, Anslutningsuppgifter.Minne.forUser(), Database::openPostgres);
    }

    static SharedStore notOffered() {
      return new SharedStore(false, Anslutningsuppgifter.Minne.forUser(), Database::openPostgres);
    }
  }

  /**
   * Lets the window ask for the password of an encrypted embedded store that was refused without one (or with a
   * wrong one from the environment), and open it with {@code opener} (decision 0136). Null: it does not ask.
   */
  WindowStartup askingPassword(NamndbokApp.PasswordOpener opener) {
    this.withPassword = opener;
    return this;
  }

  /** Shows in the loading view what the openers tell {@code opening} of an upgrade of the store. */
  WindowStartup showingProgress(OpeningProgress opening) {
    this.progress = opening;
    return this;
  }

  void start() {
    SwedishLocale.install();
    stage.setTitle(Messages.get("app.titel"));
    for (int size : new int[] {16, 32, 64, 256}) {
      stage.getIcons().add(new Image(
          WindowStartup.class.getResourceAsStream("/se/namndbok/app/ikon-" + size + ".png")));
    }
    stage.setMinWidth(800);
    stage.setMinHeight(560);
    stage.setScene(Theme.style(new Scene(loading())));
    stage.show();
    logShown("Fönstret");
    if (shared.offered() && shared.minne().load().isPresent()) {
      showConnect(this::openEmbedded);
    } else {
      openEmbedded();
    }
  }

  /** The form for the shared database; {@code back} leaves it for the embedded store. */
  private void showConnect(Runnable back) {
    show(new AnslutningView(new AnslutningViewModel(shared.minne(), shared.oppnare(), executor, this::connected), back));
  }

  private void connected(Database db) {
    Database embedded = database;
    database = db;
    services = servicesFor(db, db.clock());
    info = sharedInfo(db);
    stopWatching(); // the embedded store's backups and change listening end before it closes, not after
    if (embedded != null) {
      embedded.close();
    }
    showMain();
  }

  private AppServices servicesFor(Database db, Clock c) {
    return new AppServices(CoreWiring.build(db, c), se.namndbok.app.shared.WindowPreferences.forUser(),
        new AppServices.Desktop(se.namndbok.app.shared.SystemPrograms.desktop(),
            se.namndbok.app.shared.FileDialogs.system()), drafts(db, location, c));
  }

  /**
   * Where the typed and unsaved input is kept (decision 0171): in the embedded store's folder, or for a shared
   * store in the local data folder under the server and user; nothing is kept for an encrypted store.
   */
  static Drafts drafts(Database db, String dataFolder, Clock c) {
    java.nio.file.Path folder = draftsFolder(db.shared(), db.address(), db.user().orElse(""), db.folder(), dataFolder);
    return folder == null ? Drafts.none()
        : Drafts.in(folder, c, javafx.util.Duration.millis(600), () -> !db.encrypted());
  }

  /** The drafts' folder for a store: its own folder's, or for a shared one the data folder's, by server and user. */
  static java.nio.file.Path draftsFolder(boolean shared, String address, String user, java.nio.file.Path storeFolder,
      String dataFolder) {
    if (shared) {
      String id = se.namndbok.core.shared.Fingeravtryck.of(java.util.List.of(address, user)).substring(0, 16);
      return java.nio.file.Path.of(dataFolder).resolve("utkast").resolve("server-" + id);
    }
    return storeFolder == null ? null : storeFolder.resolve("utkast");
  }

  /** "Gemensam databas: anna på dbserver/namndbok (sekreterare, registrator)". */
  private String sharedInfo(Database db) {
    var anvandare = db.behorighet().anvandare();
    return Messages.format("anslut.status", shared.minne().load().map(Anslutningsuppgifter::beskrivning)
        .filter(d -> d.startsWith(anvandare.namn() + " ")).orElse(anvandare.namn()),
        anvandare.roller().stream().sorted().map(AnvandarRoll::benamning).collect(java.util.stream.Collectors.joining(", ")));
  }

  private void openEmbedded() {
    stage.getScene().setRoot(loading());
    BackgroundTask.wrap(() -> open(opener))
        .titled(Messages.get("app.oppnar"))
        .onSuccess(this::opened)
        .onFailure(this::failed)
        .executeWith(executor);
  }

  private boolean open(NamndbokApp.StoreOpener how) {
    long t0 = System.nanoTime();
    database = how.open();
    long t1 = System.nanoTime();
    services = servicesFor(database, database.shared() ? database.clock() : clock);
    if (database.shared()) {
      info = sharedInfo(database);
    }
    boolean empty = services.namnder().isEmpty();
    LOG.info("Datamappen öppnad på {} ms (varav öppna och migrera {} ms)", (System.nanoTime() - t0) / 1_000_000,
        (t1 - t0) / 1_000_000);
    return empty;
  }

  private void opened(boolean empty) {
    if (empty) {
      Runnable server = shared.offered() ? () -> showConnect(() -> opened(true)) : null;
      KrypteringViewModel kryptering = KrypteringViewModel.visas(services)
          ? new KrypteringViewModel(services, executor) : null;
      show(new FirstRunView(new FirstRunViewModel(services, demo, executor, this::showMain), server, kryptering));
    } else {
      showMain();
    }
  }

  private void showMain() {
    String where = info != null ? info : Messages.format("app.datamapp", location);
    String text = services.namnder().current().map(n -> n.namn() + ", " + n.kommun() + "  ·  " + where).orElse(where);
    MainWindow main = new MainWindow(services, executor, Areas.ALL, text);
    stage.setOnCloseRequest(e -> {
      e.consume(); // unsaved input is asked about first; the window closes when all is saved or discarded
      main.confirmClose(stage::close);
    });
    show(main);
    javafx.application.Platform.runLater(() -> se.namndbok.app.shared.DraftsNotice.showIfAny(stage, services.drafts()));
    stopWatching();
    listening = database.bevaka(services.andringar());
    backups = se.namndbok.app.backup.BackupSchedule.start(services.core().sakerhetskopior());
  }

  /** Ends the open store's change listening and backup schedule (a backup under way is finished first). */
  private void stopWatching() {
    try {
      listening.close();
    } catch (Exception e) {
      LOG.warn("Bevakningen av ändringar kunde inte stängas", e);
    }
    listening = () -> {};
    if (backups != null) {
      backups.close();
      backups = null;
    }
  }

  private void show(Parent root) {
    stage.getScene().setRoot(root);
    logShown(root.getId());
  }

  /** The start-up measurement: how long after the JVM started something became visible. */
  private static void logShown(String what) {
    se.namndbok.app.shared.Programstart.visas(what);
  }

  /**
   * The password dialog over the loading view; the store opens with the typed password on a background thread
   * and the password is cleared after the attempt. A wrong one brings the dialog back with core's message.
   */
  private void askPassword(String message) {
    LosenordDialog.show(stage, location, message, password -> {
      stage.getScene().setRoot(loading());
      BackgroundTask.wrap(() -> {
            try {
              return open(() -> withPassword.open(password));
            } finally {
              java.util.Arrays.fill(password, '\0');
            }
          })
          .titled(Messages.get("app.oppnar"))
          .onSuccess(this::opened)
          .onFailure(this::failed)
          .executeWith(executor);
    }, exit);
  }

  private void failed(Throwable t) {
    if (t instanceof PasswordException refused && withPassword != null
        && refused.orsak() != PasswordException.Orsak.INTE_KRYPTERAD) {
      LOG.info("Databasen är krypterad; fönstret frågar efter lösenordet ({})", refused.orsak());
      askPassword(refused.orsak() == PasswordException.Orsak.FEL ? sentence(refused.errors().getFirst().message()) : "");
      return;
    }
    if (t instanceof StoreInUseException inUse) {
      LOG.warn(inUse.getMessage());
      Alert alert = new Alert(Alert.AlertType.WARNING, inUse.getMessage(), ButtonType.OK);
      alert.initOwner(stage);
      alert.setTitle(Messages.get("app.titel"));
      alert.setHeaderText(Messages.get("app.upptagen.rubrik"));
      alert.getDialogPane().setId("storeInUseDialog");
      alert.showAndWait();
    } else {
      ErrorDialog.showUnexpected(t);
    }
    exit.run();
  }

  /** Core's field message as a sentence: "Fel lösenord för databasen i …". */
  private static String sentence(String message) {
    return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }

  /** The spinner with "Öppnar nämndens data …", or what an upgrade of the store says meanwhile. */
  private Parent loading() {
    ProgressIndicator spinner = new ProgressIndicator();
    Label text = new Label(Messages.get("app.oppnar"));
    text.setId("loadingText");
    text.setWrapText(true);
    text.setMaxWidth(560);
    text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER); // the lines of a wrapped text
    text.setAlignment(javafx.geometry.Pos.CENTER); // a line shorter than the label's width, under the spinner
    progress.showIn(text::setText);
    VBox box = new VBox(spinner, text);
    box.setId("loadingView");
    box.getStyleClass().add("loading");
    box.setPrefSize(1100, 700);
    return box;
  }

  /** Whether the store is open (a refused password leaves it closed). */
  boolean opened() {
    return database != null;
  }

  /** Closes the store, if it was opened. */
  @Override
  public void close() {
    stopWatching();
    if (services != null) {
      services.drafts().flush(); // a draft saved or thrown away just before closing is gone when the window is
    }
    Database db = database;
    if (db != null) {
      db.close();
    }
  }
}
