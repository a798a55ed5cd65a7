package se.namndbok.core.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells an open window which tables colleagues changed (decision 0092): one connection of its own that
 * LISTENs on the channel the shared store's triggers notify at every commit, read by a daemon thread that
 * blocks until a notification arrives. A lost connection is reported and retried every few seconds.
 */
public final class Andringsbevakning implements AutoCloseable {
  /** The channel the triggers of {@code server init} notify (see the server schema). */
  public static final String KANAL = "namndbok";
  private static final Logger LOG = LoggerFactory.getLogger(Andringsbevakning.class);
  private static final int WAIT_MS = 500;
  private static final long RETRY_MS = 3_000;

  /** What the window is told: tables changed, or the connection lost / back. */
  public interface Lyssnare {
    void andrade(Set<String> tabeller);

    default void forbindelse(boolean uppe) {}
  }

  private final String url;
  private final String user;
  private final String password;
  private final Lyssnare lyssnare;
  private final Thread thread;
  private volatile boolean open = true;
  private volatile Connection connection;

  Andringsbevakning(String url, String user, String password, Lyssnare lyssnare) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.lyssnare = lyssnare;
    this.thread = Thread.ofPlatform().daemon().name("namndbok-andringar").unstarted(this::loop);
  }

  /** Starts listening; returns once LISTEN is in effect, so a change committed after this call is reported. */
  Andringsbevakning start() {
    try {
      connection = listen();
    } catch (SQLException e) {
      LOG.warn("Kunde inte börja lyssna efter ändringar: {}", e.getMessage());
    }
    thread.start();
    return this;
  }

  private Connection listen() throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    try (Statement s = c.createStatement()) {
      s.execute("LISTEN " + KANAL);
    }
    return c;
  }

  private void loop() {
    boolean uppe = connection != null;
    while (open) {
      try {
        if (connection == null) {
          connection = listen();
          uppe = report(uppe, true);
          lyssnare.andrade(Set.of()); // what changed while away is unknown: the window reloads what it shows
        }
        PGNotification[] n = connection.unwrap(PGConnection.class).getNotifications(WAIT_MS);
        if (n != null && n.length > 0) {
          Set<String> tabeller = new LinkedHashSet<>();
          for (PGNotification one : n) {
            tabeller.add(one.getParameter());
          }
          lyssnare.andrade(tabeller);
        }
      } catch (SQLException | RuntimeException e) {
        if (!open) {
          return;
        }
        LOG.warn("Bevakningen av ändringar avbröts: {}", e.getMessage());
        closeQuietly();
        uppe = report(uppe, false);
        sleep();
      }
    }
  }

  private boolean report(boolean was, boolean now) {
    if (was != now) {
      lyssnare.forbindelse(now);
    }
    return now;
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeQuietly() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already gone
      }
    }
  }

  @Override
  public void close() {
    open = false;
    thread.interrupt();
    closeQuietly();
  }
}
