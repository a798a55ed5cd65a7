package se.namndbok.app.shared;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up measurement (issue 10, point 3): "Fönstret visas 812 ms efter programstart" in the log, counted
 * from the JVM's own start instant (RuntimeMXBean). ProcessHandle's start instant is built on Linux from the
 * boot time in whole seconds and read up to a second off against the outside clock. The MXBean costs 20-100 ms
 * to load in a fresh JVM, so the milliseconds are worked out and logged on a thread of their own; the moment
 * itself is taken where the caller is.
 *
 * <p>With {@code -Dnamndbok.startmatning=true} each moment is also printed on standard out at once, for the
 * start benchmark's outside clock: {@code NAMNDBOK-START|Diariet}, and later the program's own figure
 * {@code NAMNDBOK-START-EGEN|Diariet|812}.
 */
public final class Programstart {
  public static final String PROPERTY = "namndbok.startmatning";
  public static final String MARKER = "NAMNDBOK-START|";
  public static final String OWN_MARKER = "NAMNDBOK-START-EGEN|";
  /** The AOT cache's training run (decision 0149): the window closes itself once the diarium has been shown. */
  public static final String TRAINING_PROPERTY = "namndbok.aot.traning";
  private static final Logger LOG = LoggerFactory.getLogger(Programstart.class);
  private static final Set<String> WAITING = ConcurrentHashMap.newKeySet();

  private Programstart() {}

  /** {@code what} is visible now: logged with the milliseconds since the JVM started. */
  public static void visas(String what) {
    long now = System.currentTimeMillis();
    if (Boolean.getBoolean(PROPERTY)) {
      System.out.println(MARKER + what);
      System.out.flush();
    }
    if (what.equals("Diariet") && Boolean.getBoolean(TRAINING_PROPERTY)) {
      Platform.runLater(Platform::exit);
    }
    Thread.ofPlatform().daemon().name("namndbok-startmatning").start(() -> {
      long ms = now - ManagementFactory.getRuntimeMXBean().getStartTime();
      LOG.info("{} visas {} ms efter programstart", what, ms);
      if (Boolean.getBoolean(PROPERTY)) {
        System.out.println(OWN_MARKER + what + "|" + ms);
        System.out.flush();
      }
    });
  }

  /**
   * Logs {@code what} as shown once {@code loading} has ended for the first time and the next layout pulse has
   * laid out what it loaded (the rows are in the table, not only in its list). Only the first such view of the
   * program is measured: views built later (another store, a test's next window) are not the start.
   */
  public static void efterLaddning(Node node, ObservableBooleanValue loading, String what) {
    if (!WAITING.add(what)) {
      return;
    }
    loading.addListener(new ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
        if (!now) {
          loading.removeListener(this);
          afterNextLayout(node, what);
        }
      }
    });
  }

  private static void afterNextLayout(Node node, String what) {
    Scene scene = node.getScene();
    if (scene == null) {
      visas(what);
      return;
    }
    boolean[] done = new boolean[1];
    Runnable[] once = new Runnable[1];
    once[0] = () -> {
      if (!done[0]) {
        done[0] = true;
        Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
        visas(what);
      }
    };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }
}
