package se.namndbok.app.cli;

/** Opens the desktop window on the chosen store; returns the exit status when the window closes. */
@FunctionalInterface
public interface WindowStarter {
  int start(StoreOptions store);
}
