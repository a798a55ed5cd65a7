package se.namndbok.app.shared;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.core.db.Andringsbevakning;

/**
 * Colleagues' changes, for the areas of the window (decision 0092): an area says which tables it shows and
 * what reloads it; when a colleague commits a change to one of them, the reload runs on the JavaFX thread,
 * once per burst of changes. Also says when the connection to the server is lost and back.
 */
public final class Andringar implements Andringsbevakning.Lyssnare {
  private record Prenumeration(Set<String> tabeller, Debouncer debouncer, Runnable reload) {}

  private final List<Prenumeration> prenumerationer = new CopyOnWriteArrayList<>();
  private final List<Consumer<Set<String>>> lyssnare = new CopyOnWriteArrayList<>();
  private final StringProperty forbindelse = new SimpleStringProperty("");
  private volatile boolean bruten;

  /** Runs {@code reload} (on the JavaFX thread) after a colleague changed one of {@code tabeller}. */
  public void pa(Set<String> tabeller, Runnable reload) {
    prenumerationer.add(new Prenumeration(Set.copyOf(tabeller), Debouncer.fx(javafx.util.Duration.millis(150)), reload));
  }

  /** Hears every change (on the JavaFX thread), e.g. an editor checking whether its record changed. */
  public void allt(Consumer<Set<String>> l) {
    lyssnare.add(l);
  }

  @Override
  public void andrade(Set<String> tabeller) {
    onFxThread(() -> {
      for (Prenumeration p : prenumerationer) {
        // an empty set means "unknown what changed" (after a lost connection): everything reloads
        if (tabeller.isEmpty() || tabeller.stream().anyMatch(p.tabeller()::contains)) {
          p.debouncer().call(p.reload());
        }
      }
      lyssnare.forEach(l -> l.accept(tabeller));
    });
  }

  @Override
  public void forbindelse(boolean uppe) {
    onFxThread(() -> {
      bruten = !uppe;
      forbindelse.set(Messages.get(uppe ? "andring.forbindelse.uppe" : "andring.forbindelse.bruten"));
    });
  }

  /** Whether the connection to the server is lost now (what {@link #forbindelseProperty} last told). */
  public boolean bruten() {
    return bruten;
  }

  /** On the JavaFX thread when it runs; without one (view-model tests) at once on the calling thread. */
  private static void onFxThread(Runnable r) {
    try {
      Platform.runLater(r);
    } catch (IllegalStateException toolkitNotStarted) {
      r.run();
    }
  }

  /** A Swedish sentence about the connection to the server, empty while all is well. */
  public ReadOnlyStringProperty forbindelseProperty() {
    return forbindelse;
  }
}
