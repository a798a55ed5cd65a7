package se.namndbok.core.db;

/**
 * What opening a store says while it upgrades an existing store's schema, which can take minutes on a large one
 * (V89 indexes every ärende and handling): one Swedish line at a time, on the opening thread, for the person
 * waiting. Opening an up-to-date store or creating a new one says nothing.
 */
@FunctionalInterface
public interface OpenProgress {
  OpenProgress NONE = line -> { };

  /** How far the current step is ("… 120 000 av 1 198 763 ärenden och handlingar …"). */
  void report(String line);

  /** A step of the upgrade begins; told as any other line unless the listener wants only the steps. */
  default void step(String line) {
    report(line);
  }
}
