package se.namndbok.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import se.namndbok.app.cli.WindowUnavailableException;
import se.namndbok.app.shared.DemoInstaller;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Clock;

/**
 * The window. The {@code Launcher} calls {@link #launch(Path, DemoInstaller)}; the window appears at once and
 * the store is opened behind it (see {@link WindowStartup}).
 */
public final class NamndbokApp extends Application {
  private static volatile StoreOpener opener;
  private static volatile String location;
  private static volatile DemoInstaller demo;
  private static volatile boolean offerServer = true;
  private static volatile PasswordOpener withPassword;
  private static volatile OpeningProgress progress = new OpeningProgress();
  /** Set when JavaFX has started and calls the window's own code; a launch that fails before it never opened. */
  private static volatile boolean started;

  private UiTaskExecutor executor;
  private WindowStartup startup;
  private final java.util.concurrent.atomic.AtomicBoolean storeClosed = new java.util.concurrent.atomic.AtomicBoolean();

  /** Opens the window on the embedded store in {@code dataFolder}; returns when the window is closed. */
  public static void launch(Path dataFolder, DemoInstaller demoInstaller) {
    launch(() -> Database.openEmbedded(dataFolder), dataFolder.toAbsolutePath().toString(), demoInstaller);
  }

  /**
   * Opens the window on any store ({@code where} is shown in the status bar); blocks until it is closed. The
   * store starts opening at once, while JavaFX starts up, so the two overlap (see decision 0041).
   */
  public static void launch(StoreOpener storeOpener, String where, DemoInstaller demoInstaller) {
    Objects.requireNonNull(storeOpener);
    CompletableFuture<Database> early = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("namndbok-oppna").start(() -> {
      try {
        Database db = storeOpener.open();
        CoreWiring.build(db, Clock.system()).namnd().isEmpty(); // loads jOOQ while JavaFX starts
        early.complete(db);
      } catch (RuntimeException | Error e) {
        early.completeExceptionally(e);
      }
    });
    opener = () -> {
      try {
        return early.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    };
    location = where;
    demo = Objects.requireNonNull(demoInstaller);
    started = false;
    try {
      Application.launch(NamndbokApp.class);
    } catch (RuntimeException e) {
      if (started) {
        throw e;
      }
      closeWhenOpened(early);
      throw new WindowUnavailableException(e, System.getenv("DISPLAY"));
    }
  }

  /** The store opened behind a window that never came is closed, so its lock and file are left as found. */
  private static void closeWhenOpened(CompletableFuture<Database> early) {
    try {
      early.join().close();
    } catch (CompletionException notOpened) {
      // nothing to close; the window's failure is what the user is told
    }
  }

  /**
   * {@link #launch(StoreOpener, String, DemoInstaller)} on the embedded store ({@code offerServer}: the window
   * also offers the shared database) or on the shared one given with {@code --db} (it does not).
   */
  public static void launch(StoreOpener storeOpener, String where, DemoInstaller demoInstaller, boolean server) {
    offerServer = server;
    launch(storeOpener, where, demoInstaller);
  }

  /**
   * {@link #launch(StoreOpener, String, DemoInstaller, boolean)}; {@code passwordOpener} (null for the shared
   * database) opens the encrypted embedded store with a password the window asks for (decision 0136).
   */
  public static void launch(StoreOpener storeOpener, String where, DemoInstaller demoInstaller, boolean server,
      PasswordOpener passwordOpener) {
    withPassword = passwordOpener;
    launch(storeOpener, where, demoInstaller, server);
  }

  /**
   * {@link #launch(StoreOpener, String, DemoInstaller, boolean, PasswordOpener)} where the openers tell {@code
   * opening} how an upgrade of the store goes; the loading view shows it.
   */
  static void launch(StoreOpener storeOpener, String where, DemoInstaller demoInstaller, boolean server,
      PasswordOpener passwordOpener, OpeningProgress opening) {
    progress = opening;
    launch(storeOpener, where, demoInstaller, server, passwordOpener);
  }

  /** Opens the encrypted embedded store with a password typed in the window; called off the JavaFX thread. */
  @FunctionalInterface
  public interface PasswordOpener {
    Database open(char[] password);
  }

  /** Opens the store; called off the JavaFX thread. */
  @FunctionalInterface
  public interface StoreOpener {
    Database open();
  }

  @Override
  public void start(Stage stage) {
    started = true;
    ErrorDialog.installAsDefaultHandler();
    Theme.install();
    executor = new UiTaskExecutor();
    WindowPreferences.forUser().apply(stage);
    startup = new WindowStartup(stage, opener, Clock.system(), demo, executor, location, Platform::exit,
        offerServer ? WindowStartup.SharedStore.standard() : WindowStartup.SharedStore.notOffered())
        .askingPassword(withPassword).showingProgress(progress);
    startup.start();
    // ended without its window closing (SIGTERM, a log-off, Ctrl+C in the terminal): the store is closed, so H2
    // writes all that was committed, as when the window closes (decision record 0159)
    Runtime.getRuntime().addShutdownHook(new Thread(this::closeStore, "namndbok-stang-vid-avslut"));
  }

  @Override
  public void stop() {
    closeStore();
    if (executor != null) {
      executor.close();
    }
  }

  /** Closes the store once: when the window closes, or when the process is ended before it does. */
  private void closeStore() {
    if (startup != null && storeClosed.compareAndSet(false, true)) {
      startup.close();
    }
  }
}
