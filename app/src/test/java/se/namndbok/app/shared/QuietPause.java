package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pause after typing, ended by hand: each form's debouncer keeps only its latest action, and {@link #pass}
 * runs them as the end of the pause would. Everything done in one go before (a record read into a form) is whole.
 */
public final class QuietPause implements Supplier<Debouncer> {
  private final List<Runnable[]> pending = new ArrayList<>();

  @Override
  public Debouncer get() {
    Runnable[] latest = new Runnable[1];
    pending.add(latest);
    return action -> latest[0] = action;
  }

  /**
   * The window's services over {@code core}, keeping drafts in {@code folder} written when this pause ends (the
   * file dialogs and programs unused).
   */
  public AppServices services(se.namndbok.core.CoreServices core, java.nio.file.Path folder) {
    return new AppServices(core, new WindowPreferences(java.util.prefs.Preferences.userRoot()
        .node("se/namndbok/test/" + java.util.UUID.randomUUID())), new AppServices.Desktop(null, null),
        Drafts.of(folder, core.clock(), this));
  }

  /** Ends the pause: every form's latest action runs. */
  public void pass() {
    for (Runnable[] latest : pending) {
      Runnable r = latest[0];
      latest[0] = null;
      if (r != null) {
        r.run();
      }
    }
  }
}
